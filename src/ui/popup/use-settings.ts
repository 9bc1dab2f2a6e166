/**
 * The settings as the popup edits them: shown at once, written to storage (where every content
 * script watches them), and kept in step with changes made elsewhere (the keyboard command).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SettingsStore } from '../../core/ports';
import { parseSettings, type ParsedSettings, type Settings } from '../../core/settings';

export interface SettingsState {
  settings: Settings;
  /** Fields found corrupt when the popup opened, until the user acknowledges the reset. */
  repaired: Array<keyof Settings>;
  update(patch: Partial<Settings>): Promise<void>;
  /** Stores the reset values, so the message does not come back. */
  acknowledgeRepair(): Promise<void>;
}

export function useSettings(store: SettingsStore, initial: ParsedSettings): SettingsState {
  const [settings, setSettings] = useState(initial.settings);
  const [repaired, setRepaired] = useState(initial.repaired);
  // One write at a time: each reads the stored settings first, so overlapping writes would lose one.
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => store.watch((parsed) => setSettings(parsed.settings)), [store]);
  const update = useCallback(
    (patch: Partial<Settings>) => {
      setSettings((current) => parseSettings({ ...current, ...patch }).settings);
      const write = writes.current.then(() => store.update(patch));
      writes.current = write.catch(() => undefined);
      return write.then(() => undefined);
    },
    [store],
  );
  const acknowledgeRepair = useCallback(async () => {
    await update({});
    setRepaired([]);
  }, [update]);
  return { settings, repaired, update, acknowledgeRepair };
}

/** What the popover shows, and its actions: the hover controller's state, rendered by the UI. */
import type { Translator } from '../../core/i18n';
import type { CopyStatus, PlaceCard } from '../../core/place-card';
import type { Settings } from '../../core/settings';

export interface PopoverState {
  cards: PlaceCard[];
  tr: Translator;
  settings: Settings;
  pinned: boolean;
  copy: CopyStatus;
  onCopy(): void;
  onPin(): void;
  onClose(): void;
}

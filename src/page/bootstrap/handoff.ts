/**
 * What the bootstrap content script hands to the real work once it runs in the same frame (and
 * the same isolated world): the settings it has read, its listeners, and a way to say it started.
 * The two scripts are built apart (entrypoints/content and entrypoints/content-main), so the handoff
 * is a property of the isolated world's global, which the page cannot see.
 */
import type { ContentHandlers } from '../../core/messages';
import type { Settings } from '../../core/settings';
import type { WordSet } from '../../core/text/word-list';
import type { Lifetime } from '../lifetime';

export interface MainWork {
  handlers: ContentHandlers;
}

export interface Handoff {
  /** The settings the bootstrap has read (no second storage read). */
  settings(): Promise<Settings>;
  watchSettings(callback: (settings: Settings) => void): () => void;
  /**
   * The bootstrap's lifetime, whose window listeners of the pointer events that made the
   * bootstrap load get those events replayed.
   */
  lifetime: Lifetime;
  /** The bootstrap's Latin word list: the real work's hover gate asks the same one, never a second copy. */
  latinWords: WordSet;
  /** The frame has Chinese text: build the data at idle, so that the first hover need not. */
  preloadData: boolean;
  started(main: MainWork): void;
}

const KEY = '__hketoLensHandoff';
type Holder = { [KEY]?: Handoff };

export function leaveHandoff(handoff: Handoff): void {
  (globalThis as Holder)[KEY] = handoff;
}

export function takeHandoff(): Handoff | undefined {
  const handoff = (globalThis as Holder)[KEY];
  delete (globalThis as Holder)[KEY];
  return handoff;
}

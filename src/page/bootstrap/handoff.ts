/**
 * What the bootstrap content script hands to the real work once it runs in the same frame (and
 * the same isolated world): the settings it has read, its listeners, and a way to say it started.
 * The two scripts are built apart (entrypoints/content and entrypoints/content-main), so the handoff
 * is a property of the isolated world's global, which the page cannot see.
 */
import type { ContentRequest } from '../../core/messages';
import type { Settings } from '../../core/settings';
import type { ContentDeps } from '../content-app';

export interface MainWork {
  onMessage(request: ContentRequest): Promise<unknown>;
}

export interface Handoff {
  /** The settings the bootstrap has read (no second storage read). */
  settings(): Promise<Settings>;
  watchSettings(callback: (settings: Settings) => void): () => void;
  /** Adds a window listener; the pointer event that made the bootstrap load is replayed to it. */
  listen: ContentDeps['listen'];
  onInvalidated(callback: () => void): void;
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

/**
 * The bootstrap content script's logic, in every frame: it reads the settings, keeps the toolbar
 * badge, and watches for text worth a look (Chinese in the frame, a Latin place name under the
 * pointer or, with Underline all on, anywhere in the frame). Only then does it load the real work
 * (the detector, the data, the popover, highlight-all), once, and hand it what it has: the settings
 * and the pointer event that made it load. A frame with nothing of the kind costs one storage read.
 */
import type { ContentHandlers, SiteStateMessage } from '../../core/messages';
import { isActiveOn, type Settings } from '../../core/settings';
import { hasHan } from '../../core/text/chars';
import { worthALook } from '../../core/worth-a-look';
import { markDecision } from '../decisions';
import { textPointAt } from '../hover/caret';
import { worthLookingUp } from '../hover/page-lookup';
import { shouldLookUp } from '../hover/tap-lookup';
import type { Lifetime } from '../lifetime';
import type { Handoff, MainWork } from './handoff';
import { probeText, type IdleDeadlineLike, type Probe } from './text-probe';
import type { WordSet } from '../../core/text/word-list';

export interface BootstrapDeps {
  doc: Document;
  site: string | null;
  topFrame: boolean;
  latinWords: WordSet;
  loadSettings(): Promise<Settings>;
  watchSettings(callback: (settings: Settings) => void): () => void;
  send(message: SiteStateMessage): void;
  /** Runs the real work in this frame (it calls the handoff's `started`); rejects if it cannot. */
  inject(handoff: Handoff): Promise<void>;
  /** Every listener, timer, frame and idle callback of the bootstrap, and of the real work, goes through it. */
  lifetime: Lifetime;
  /** `task` as it is, or timed for the page benchmark: every callback of the bootstrap goes through it. */
  timed<A extends unknown[]>(task: (...args: A) => void): (...args: A) => void;
}

type Replayed = 'pointermove' | 'pointerdown' | 'click';

export function startBootstrap(deps: BootstrapDeps): { handlers: ContentHandlers } {
  const { lifetime } = deps;
  const idle = (task: (deadline: IdleDeadlineLike) => void) =>
    void lifetime.requestIdleCallback(deps.timed(task), { timeout: 500 });
  let settings: Settings | null = null;
  const watchers = new Set<(settings: Settings) => void>();
  let main: MainWork | null = null;
  let loading: Promise<MainWork> | null = null;
  let probe: Probe | null = null;
  let probing = false;
  let observer: MutationObserver | null = null;
  let added: Node[] = [];
  /** The pointer events the real work has not seen: it is given them once it listens. */
  const handOn = handingOn(lifetime);
  let lastMove: PointerEvent | null = null;
  let moveFrame = false;
  let lastDown: PointerEvent | null = null;
  /** Whether the real work was listening when the finger came down. */
  let downSeenByMain = false;

  const active = () => !!settings && isActiveOn(settings, deps.site);
  const settingsRead = deps.loadSettings().then((loaded) => {
    deps.timed(() => {
      lifetime.onInvalidated(deps.watchSettings(deps.timed(apply)));
      apply(loaded);
    })();
    return loaded;
  });

  function apply(next: Settings): void {
    const wasActive = settings ? isActiveOn(settings, deps.site) : true;
    const wasHighlighting = !!settings?.highlightAll;
    settings = next;
    if (deps.topFrame && active() !== wasActive) deps.send({ type: 'siteState', active: active() });
    for (const watcher of watchers) watcher(next);
    if (main) return;
    if (!active()) return stopWatching();
    if (!probing || wasHighlighting !== next.highlightAll || !wasActive)
      watchText([deps.doc.documentElement ?? deps.doc]);
  }

  /** Looks through `roots` at idle, and through whatever the page adds later. */
  function watchText(roots: Node[]): void {
    probe?.cancel();
    const highlighting = !!settings?.highlightAll;
    probing = true;
    probe = probeText(
      roots,
      { test: (text) => (highlighting ? worthALook(text, deps.latinWords) : hasHan(text)), idle },
      () => {
        probing = false;
        void load(true).catch(() => {});
      },
      () => {
        probing = false;
        if (added.length) watchText(added.splice(0));
      },
    );
    if (observer) return;
    observer = new MutationObserver(
      deps.timed((records: MutationRecord[]) => {
        for (const record of records) {
          if (record.type === 'characterData') added.push(record.target);
          else added.push(...record.addedNodes);
        }
        if (!probing && added.length) watchText(added.splice(0));
      }),
    );
    observer.observe(deps.doc, { childList: true, characterData: true, subtree: true });
  }

  function stopWatching(): void {
    probe?.cancel();
    probing = false;
    observer?.disconnect();
    observer = null;
    added = [];
  }

  function load(preloadData = false): Promise<MainWork> {
    loading ??= new Promise<MainWork>((resolve, reject) => {
      const start = performance.now();
      const handoff: Handoff = {
        settings: () => settingsRead.then(() => settings!),
        watchSettings: (callback) => (watchers.add(callback), () => watchers.delete(callback)),
        lifetime: handOn.lifetime,
        latinWords: deps.latinWords,
        preloadData,
        started: (work) => {
          // On the page's timeline, for tests and the page benchmark: when the real work came.
          performance.measure('hketo-lens:main-ready', { start, end: performance.now() });
          main = work;
          handOn.settle();
          stopWatching();
          resolve(work);
        },
      };
      deps.inject(handoff).catch((error: unknown) => {
        // The background could not run it (the extension is being updated, say): try again later.
        loading = null;
        reject(error instanceof Error ? error : new Error(String(error)));
      });
    });
    return loading;
  }

  // A move or tap that comes before the settings are read (a fresh page, a loaded machine) waits
  // for them: it is not dropped.
  const whenRead = (task: () => void) => (settings ? task() : void settingsRead.then(deps.timed(task)));

  const worthAt = (x: number, y: number) => {
    const point = textPointAt(deps.doc, x, y);
    return !!point && worthLookingUp(point, deps.latinWords);
  };

  // A finger's moves are drags and scrolls, never hover: touch looks up by tapping.
  lifetime.addEventListener(
    window,
    'pointermove',
    deps.timed((event: PointerEvent) => {
      if (main || event.pointerType === 'touch') return;
      lastMove = event;
      // The real work is on its way: the latest move is its to judge, whatever is under it.
      if (loading) return handOn.offer('pointermove', event);
      if (moveFrame) return;
      moveFrame = true;
      lifetime.requestAnimationFrame(
        deps.timed(() => {
          moveFrame = false;
          whenRead(judgeMove);
        }),
      );
    }),
    { capture: true, passive: true },
  );

  /** The latest pointer move, once the settings are known: load the real work, or mark 'none'. */
  function judgeMove(): void {
    const move = lastMove!;
    if (!active()) return handOn.forget('pointermove');
    // It came (or was asked for, by the idle probe) since this move: its listeners missed it.
    if (loading) return handOn.offer('pointermove', move);
    if (move.buttons !== 0 || !worthAt(move.clientX, move.clientY)) {
      handOn.forget('pointermove');
      // The same mark the real work leaves (decisions.ts): tests of absence wait for it.
      return markDecision(deps.doc, 'pointer', move.buttons !== 0 ? 'buttons' : 'none', move.clientX, move.clientY);
    }
    handOn.offer('pointermove', move);
    void load().catch(() => {});
  }
  lifetime.addEventListener(
    window,
    'pointerdown',
    (event) => {
      lastDown = event;
      downSeenByMain = !!main;
    },
    { capture: true, passive: true },
  );
  lifetime.addEventListener(
    window,
    'click',
    deps.timed((event: MouseEvent) => {
      const down = lastDown;
      // The real work saw the whole tap, and judges it.
      if (down?.pointerType !== 'touch' || (main && downSeenByMain)) return;
      // What the tap is on can be read only while it is dispatched.
      const tap = {
        pointerType: 'touch',
        path: event.composedPath() as Element[],
        ownPopover: false,
        defaultPrevented: event.defaultPrevented,
      };
      whenRead(() => {
        if (!active()) return;
        // The marks the real work would leave (decisions.ts): a control's tap is the page's, at
        // the point where the finger came down.
        if (!shouldLookUp(tap, true)) return markDecision(deps.doc, 'tap', 'page', down.clientX, down.clientY);
        // It came during the tap (or while the settings were read): its listeners missed part of it.
        if (main) return void (handOn.offer('pointerdown', down), handOn.offer('click', event));
        if (!worthAt(event.clientX, event.clientY))
          return markDecision(deps.doc, 'tap', 'none', event.clientX, event.clientY);
        handOn.offer('pointerdown', down);
        handOn.offer('click', event);
        void load().catch(() => {});
      });
    }),
    { passive: true },
  );
  lifetime.onInvalidated(stopWatching);

  // Only what needs the real work loads it: before it has come, no place is on the page yet.
  const handlers: ContentHandlers = {
    pageSite: () => ({ site: deps.site }),
    pageSummary: async (request) => {
      if (main) return main.handlers.pageSummary(request);
      const current = await settingsRead;
      return { highlighting: isActiveOn(current, deps.site) && current.highlightAll, scanning: probing, places: [] };
    },
    reveal: (request) => (main ? main.handlers.reveal(request) : { revealed: false }),
    lookupSelection: async (request) => (main ?? (await load())).handlers.lookupSelection(request),
  };
  return { handlers };
}

/**
 * Hands the real work the pointer events it did not see. `lifetime` is `base` for the real work:
 * each window listener it adds as it starts is given the latest event of its type offered
 * before; an event offered after it listens is given to it straight away. Either way a
 * timeout later, after the real work has applied the settings it asked for (a hold key, say).
 */
function handingOn(base: Lifetime) {
  const pending = new Map<Replayed, Event>();
  const listeners = new Map<string, Array<(event: Event) => void>>();
  const give = (listener: (event: Event) => void, event: Event) => base.setTimeout(() => listener(event), 0);
  const lifetime = {
    addEventListener(
      target: Window | Document,
      type: string,
      listener: (event: never) => void,
      options?: AddEventListenerOptions,
    ) {
      (
        base.addEventListener as (
          t: EventTarget,
          y: string,
          l: (event: never) => void,
          o?: AddEventListenerOptions,
        ) => void
      )(target, type, listener, options);
      if (target !== window) return;
      const given = listener as (event: Event) => void;
      listeners.set(type, [...(listeners.get(type) ?? []), given]);
      const event = pending.get(type as Replayed);
      if (event) give(given, event);
    },
    setTimeout: (handler, timeout) => base.setTimeout(handler, timeout),
    requestAnimationFrame: (callback) => base.requestAnimationFrame(callback),
    requestIdleCallback: (callback, options) => base.requestIdleCallback(callback, options),
    onInvalidated: (callback) => base.onInvalidated(callback),
    get isValid() {
      return base.isValid;
    },
  } as Lifetime;
  return {
    lifetime,
    offer(type: Replayed, event: Event): void {
      const waiting = listeners.get(type);
      if (!waiting) return void pending.set(type, event);
      for (const listener of waiting) give(listener, event);
    },
    forget: (type: Replayed) => void pending.delete(type),
    /** The real work has started, with its listeners: what was pending has been given. */
    settle: () => pending.clear(),
  };
}

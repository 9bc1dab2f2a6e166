/**
 * Looks through a frame's text for anything worth loading the detector for, in idle slices: a
 * page of megabytes is read a chunk at a time, and the walk stops at the first hit. Text of
 * scripts, styles and templates is not page text and is skipped.
 */

/** Code units tested at once: a 10 MB text node is read in pieces, each a fraction of a millisecond. */
const CHUNK = 32_768;
/** Overlap between chunks, so that a word cut by a chunk's edge is seen whole in the next. */
const OVERLAP = 64;
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

export interface IdleDeadlineLike {
  timeRemaining(): number;
}

export interface ProbeDeps {
  test(text: string): boolean;
  idle(task: (deadline: IdleDeadlineLike) => void): void;
}

export interface Probe {
  cancel(): void;
}

/** Calls `found` once if some text under `roots` passes `test`; `done` when all was read in vain. */
export function probeText(
  roots: readonly Node[],
  deps: ProbeDeps,
  found: () => void,
  done: () => void = () => {},
): Probe {
  let cancelled = false;
  let rootIndex = 0;
  let walker: TreeWalker | null = null;
  let node: Text | null = null;
  let offset = 0;

  const nextNode = (): Text | null => {
    for (;;) {
      if (!walker) {
        const root = roots[rootIndex++];
        if (!root) return null;
        if (root.nodeType === Node.TEXT_NODE) {
          if (!NOT_TEXT.has(root.parentElement?.tagName ?? '')) return root as Text;
          continue;
        }
        walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT, {
          acceptNode: (text) =>
            NOT_TEXT.has(text.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
        });
      }
      const next = walker.nextNode() as Text | null;
      if (next) return next;
      walker = null;
    }
  };

  /** Tests the next chunk; false when there is nothing left. */
  const step = (): boolean | 'found' => {
    if (!node || offset >= node.data.length) {
      node = nextNode();
      offset = 0;
      if (!node) return false;
    }
    const start = Math.max(0, offset - OVERLAP);
    offset += CHUNK;
    return deps.test(node.data.slice(start, offset)) ? 'found' : true;
  };

  const slice = (deadline: IdleDeadlineLike) => {
    if (cancelled) return;
    do {
      const result = step();
      if (result === 'found') return found();
      if (!result) return done();
    } while (deadline.timeRemaining() > 1);
    deps.idle(slice);
  };

  deps.idle(slice);
  return {
    cancel: () => {
      cancelled = true;
    },
  };
}

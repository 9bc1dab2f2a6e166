/**
 * Highlight-all mode: finds every place name on the page and underlines it, one highlight per
 * office colour, without touching the page's DOM. Only places near the viewport are in the
 * highlights at any time (see near-viewport.ts); the summary counts them all.
 *
 * - Work is cut into idle-time tasks of a few milliseconds (never near 50 ms): a task stops
 *   after about 32,000 characters of text, even inside one block or one huge text node. The
 *   blocks under the viewport are scanned before the rest of the page.
 * - New and changed text is followed with a MutationObserver. Changes are batched, and a block
 *   is rescanned at most once a second, so a ticker that updates many times a second costs
 *   little.
 * - Open shadow roots are scanned and observed too; iframes have their own content script.
 */
import type { Detection } from '../../core/detect/detect';
import type { Highlighter } from '../highlight';
import type { Lifetime } from '../lifetime';
import { BlockReader, type Found } from './block-reader';
import { changesOwnText, makeBlockOf, SKIP } from './blocks';
import { NearViewport } from './near-viewport';

export interface ScannerDeps {
  doc: Document;
  detect(text: string): Detection[];
  /** Name of the highlight for a detection (one per office). */
  highlightFor(code: string): string;
  highlighter: Highlighter;
  /** Idle callbacks, timers, and the near-viewport highlights' scroll listener and frames. */
  lifetime: Lifetime;
  /** Our own element, whose changes are not the page's. */
  isOwn(node: Node): boolean;
  now(): number;
  /** Called once, when the first place is highlighted. */
  onFirstHighlight?(): void;
  /** Called when the scan runs out of work (and again after each later batch of changes). */
  onIdle?(): void;
}

/** Time slice per task, far below the 50 ms of a long task. */
const TASK_MS = 8;
/** Work waits for idle time, but no longer than this on a busy page. */
const IDLE_TIMEOUT = { timeout: 200 };
/** A block changed by the page is rescanned at most this often. */
const RESCAN_MS = 1000;

export class PageScanner {
  readonly #deps: ScannerDeps;
  readonly #blockOf = makeBlockOf();
  /** Roots still to walk, visible blocks first. */
  readonly #queue: Node[] = [];
  #walker: TreeWalker | null = null;
  #current: BlockReader | null = null;
  /** Per block: what was found in it, to replace on a rescan. */
  #found = new Map<Element, Found[]>();
  #dirty = new Set<Element>();
  #lastScan = new WeakMap<Element, number>();
  #observer: MutationObserver | null = null;
  #visible: NearViewport | null = null;
  #observed = new WeakSet<Node>();
  #sweepAt = 0;
  #running = false;
  #waiting = false;
  #stopped = true;
  #firstSeen = false;

  constructor(deps: ScannerDeps) {
    this.#deps = deps;
  }

  get scanning(): boolean {
    return this.#running;
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    const { doc } = this.#deps;
    this.#observer = new MutationObserver((records) => this.#onMutations(records));
    this.#visible = new NearViewport(this.#deps.highlighter, doc, this.#deps.lifetime);
    this.#observe(doc);
    this.#queue.push(...this.#visibleBlocks());
    if (doc.body) this.#queue.push(doc.body);
    this.#wake();
  }

  stop(): void {
    this.#stopped = true;
    this.#observer?.disconnect();
    this.#observer = null;
    this.#visible?.disconnect();
    this.#visible = null;
    this.#queue.length = 0;
    this.#walker = null;
    this.#current = null;
    this.#dirty.clear();
    for (const name of new Set([...this.#found.values()].flat().map((f) => f.highlight))) {
      this.#deps.highlighter.reset(name);
    }
    this.#found.clear();
    this.#observed = new WeakSet();
    this.#lastScan = new WeakMap();
  }

  /** Places found so far: code and number of mentions. */
  summary(): Array<{ code: string; count: number }> {
    const counts = new Map<string, number>();
    for (const [block, found] of this.#found) {
      if (block.isConnected) for (const { code } of found) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    return [...counts].map(([code, count]) => ({ code, count }));
  }

  /** The first mention of `code` still on the page, in document order. */
  firstMention(code: string): StaticRange | null {
    let first: StaticRange | null = null;
    for (const [block, found] of this.#found) {
      if (!block.isConnected) continue;
      for (const f of found) {
        const range = f.code === code ? f.ranges[0] : undefined;
        if (!range) continue;
        const precedes =
          first &&
          range.startContainer.compareDocumentPosition(first.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING;
        if (!first || precedes) first = range;
      }
    }
    return first;
  }

  #wake(): void {
    if (this.#running || this.#stopped) return;
    this.#running = true;
    this.#deps.lifetime.requestIdleCallback(() => this.#work(), IDLE_TIMEOUT);
  }

  #work(): void {
    if (this.#stopped) return;
    const deadline = this.#deps.now() + TASK_MS;
    do {
      if (!this.#current) {
        const block = this.#nextBlock();
        if (!block) {
          this.#running = false;
          this.#deps.onIdle?.();
          return;
        }
        this.#begin(block);
      }
      this.#step(this.#current!);
    } while (this.#deps.now() < deadline);
    this.#deps.lifetime.requestIdleCallback(() => this.#work(), IDLE_TIMEOUT);
  }

  /** The next block to scan: changed ones first, then the walk over the queued roots. */
  #nextBlock(): Element | null {
    const now = this.#deps.now();
    if (now >= this.#sweepAt) this.#sweep(now);
    for (const block of this.#dirty) {
      if (now - (this.#lastScan.get(block) ?? -Infinity) < RESCAN_MS) continue;
      this.#dirty.delete(block);
      if (block.isConnected) return block;
    }
    for (;;) {
      if (!this.#walker) {
        const root = this.#queue.shift();
        if (!root) break;
        this.#walker = this.#deps.doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        const block = this.#blockToScan(root);
        if (block) return block;
      }
      for (let node = this.#walker.nextNode(); node; node = this.#walker.nextNode()) {
        const block = this.#blockToScan(node);
        if (block) return block;
      }
      this.#walker = null;
    }
    // Changed blocks scanned too recently get their turn later.
    if (this.#dirty.size && !this.#waiting) {
      this.#waiting = true;
      this.#deps.lifetime.setTimeout(() => {
        this.#waiting = false;
        this.#wake();
      }, RESCAN_MS);
    }
    return null;
  }

  /** The not yet scanned block that `node` starts, if any. Open shadow roots join the queue. */
  #blockToScan(node: Node): Element | null {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const root = (node as Element).shadowRoot;
      if (root && !this.#observed.has(root)) {
        this.#observe(root);
        this.#queue.push(root);
      }
      return null;
    }
    if (node.nodeType !== Node.TEXT_NODE || !/\S/.test((node as Text).data) || this.#deps.isOwn(node)) return null;
    const block = this.#blockOf(node);
    return block && block !== SKIP && !this.#lastScan.has(block) ? block : null;
  }

  #begin(block: Element): void {
    this.#lastScan.set(block, this.#deps.now());
    this.#forget(block);
    this.#current = new BlockReader(block, {
      doc: this.#deps.doc,
      blockOf: this.#blockOf,
      detect: this.#deps.detect,
      highlightFor: this.#deps.highlightFor,
      onFound: () => {
        if (this.#firstSeen) return;
        this.#firstSeen = true;
        this.#deps.onFirstHighlight?.();
      },
    });
  }

  /** Reads about one slice of the current block; at its end, keeps what it found. */
  #step(reader: BlockReader): void {
    const found = reader.step();
    if (!found) return;
    if (found.length) {
      this.#found.set(reader.block, found);
      this.#visible?.set(reader.block, found);
    }
    this.#current = null;
  }

  /** Removes what a block had, before it is rescanned or once it has left the page. */
  #forget(block: Element): void {
    if (!this.#found.delete(block)) return;
    this.#visible?.delete(block);
  }

  /** Drops blocks that left the page; at most once a second, since it visits every block. */
  #sweep(now: number): void {
    this.#sweepAt = now + RESCAN_MS;
    for (const block of this.#found.keys()) if (!block.isConnected) this.#forget(block);
  }

  #observe(root: Node): void {
    this.#observed.add(root);
    this.#observer?.observe(root, { subtree: true, childList: true, characterData: true });
  }

  #onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (this.#deps.isOwn(record.target)) continue;
      // A block added to or removed from a feed leaves the feed's own text as it was: the new
      // block is queued below, and one that left is dropped by the sweep.
      if (changesOwnText(record)) this.#markDirty(record.target);
      for (const added of record.addedNodes) {
        if (added.nodeType === Node.ELEMENT_NODE && !this.#deps.isOwn(added)) this.#queue.push(added);
      }
    }
    this.#wake();
  }

  #markDirty(node: Node): void {
    const block = this.#blockOf(node);
    if (block && block !== SKIP) this.#dirty.add(block);
  }

  /** Blocks under a grid of points over the viewport: what the reader sees is scanned first. */
  #visibleBlocks(): Element[] {
    const { doc } = this.#deps;
    const view = doc.defaultView;
    if (!view) return [];
    const blocks = new Set<Element>();
    for (let row = 1; row < 8; row++) {
      for (let column = 1; column < 5; column++) {
        const element = doc.elementFromPoint((view.innerWidth * column) / 5, (view.innerHeight * row) / 8);
        if (element && !this.#deps.isOwn(element)) blocks.add(element);
      }
    }
    return [...blocks];
  }
}

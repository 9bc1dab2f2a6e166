/**
 * Keeps only the places near the viewport in the highlight registry. Chromium revalidates every
 * range of a highlight when one changes (measured 2026-11 with Chromium 156: 145,000 ranges on a
 * 5 MB page cost 16 s of rendering work and 500 ms tasks), so whole-page highlights do not scale.
 *
 * Blocks that hold places are watched with an IntersectionObserver; their ranges join the
 * highlights when the block comes within a screen of the viewport and leave when it goes, in one
 * batch per frame. A block with very many places (one huge text node) shows only the ranges
 * around the viewport, followed on scroll.
 */
import type { Highlighter } from '../highlight';
import type { Lifetime } from '../lifetime';

export interface BlockRanges {
  highlight: string;
  ranges: readonly StaticRange[];
}

/** A block with more ranges than this is windowed range by range. */
const HUGE = 400;

interface Block {
  found: readonly BlockRanges[];
  /** Huge blocks only: every range in document order, and the window now shown. */
  flat?: Array<{ highlight: string; range: StaticRange }>;
  window?: [number, number];
}

export class NearViewport {
  readonly #highlighter: Highlighter;
  readonly #doc: Document;
  readonly #lifetime: Lifetime;
  readonly #observer: IntersectionObserver;
  readonly #blocks = new Map<Element, Block>();
  readonly #shown = new Set<Element>();
  readonly #pending = new Set<Element>();
  #frame = 0;
  /** Only huge blocks on screen follow the scroll, and few blocks are on screen at a time. */
  #onScroll = () => {
    for (const element of this.#shown) if (this.#blocks.get(element)?.flat) this.#pending.add(element);
    if (this.#pending.size) this.#schedule();
  };

  constructor(highlighter: Highlighter, doc: Document, lifetime: Lifetime) {
    this.#highlighter = highlighter;
    this.#doc = doc;
    this.#lifetime = lifetime;
    this.#observer = new IntersectionObserver((entries) => this.#onIntersect(entries), { rootMargin: '100% 0px' });
    lifetime.addEventListener(doc, 'scroll', this.#onScroll, { capture: true, passive: true });
  }

  set(element: Element, found: readonly BlockRanges[]): void {
    this.delete(element);
    const count = found.reduce((n, f) => n + f.ranges.length, 0);
    const block: Block = { found };
    if (count > HUGE) block.flat = found.flatMap((f) => f.ranges.map((range) => ({ highlight: f.highlight, range })));
    this.#blocks.set(element, block);
    this.#observer.observe(element);
  }

  delete(element: Element): void {
    const block = this.#blocks.get(element);
    if (!block) return;
    this.#blocks.delete(element);
    this.#observer.unobserve(element);
    this.#pending.delete(element);
    if (this.#shown.delete(element)) this.#hide(block);
  }

  disconnect(): void {
    this.#observer.disconnect();
    this.#doc.removeEventListener('scroll', this.#onScroll, { capture: true });
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#blocks.clear();
    this.#shown.clear();
    this.#pending.clear();
  }

  #onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const { target, isIntersecting } of entries) {
      const block = this.#blocks.get(target);
      if (!block) continue;
      if (isIntersecting) {
        this.#shown.add(target);
        this.#pending.add(target);
      } else if (this.#shown.delete(target)) {
        this.#pending.delete(target);
        this.#hide(block);
      }
    }
    this.#schedule();
  }

  #schedule(): void {
    this.#frame ||= this.#lifetime.requestAnimationFrame(() => this.#flush());
  }

  #flush(): void {
    this.#frame = 0;
    for (const element of this.#pending) {
      const block = this.#blocks.get(element);
      if (!block || !this.#shown.has(element)) continue;
      if (block.flat) this.#showWindow(element, block);
      else for (const { highlight, ranges } of block.found) this.#highlighter.add(highlight, ranges);
    }
    this.#pending.clear();
  }

  #hide(block: Block): void {
    if (block.flat) {
      const [from, to] = block.window ?? [0, 0];
      for (const { highlight, range } of block.flat.slice(from, to)) this.#highlighter.remove(highlight, [range]);
      delete block.window;
    } else {
      for (const { highlight, ranges } of block.found) this.#highlighter.remove(highlight, ranges);
    }
  }

  /**
   * Shows the ranges of a huge block from a little above the viewport to a screenful past it,
   * and no others. Ranges run down the page in document order, so a binary search finds the
   * first one on screen, measuring one range per step (17 steps for 65,000 ranges).
   */
  #showWindow(element: Element, block: Block): void {
    const flat = block.flat!;
    const height = this.#doc.defaultView?.innerHeight ?? 800;
    const box = element.getBoundingClientRect();
    let next: [number, number] = [0, 0];
    if (box.bottom > 0 && box.top < height) {
      const probe = this.#doc.createRange();
      let low = 0;
      let high = flat.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        const { range } = flat[middle]!;
        probe.setStart(range.startContainer, range.startOffset);
        probe.setEnd(range.endContainer, range.endOffset);
        if (probe.getBoundingClientRect().bottom < 0) low = middle + 1;
        else high = middle;
      }
      next = [Math.max(0, low - MARGIN), Math.min(flat.length, low + ON_SCREEN)];
    }
    const [from, to] = block.window ?? [0, 0];
    for (let i = from; i < to; i++) {
      if (i < next[0] || i >= next[1]) this.#highlighter.remove(flat[i]!.highlight, [flat[i]!.range]);
    }
    for (let i = next[0]; i < next[1]; i++) {
      if (i < from || i >= to) this.#highlighter.add(flat[i]!.highlight, [flat[i]!.range]);
    }
    block.window = next;
  }
}

/**
 * Ranges shown above the first one on screen, and below it: a screen of dense text holds a few
 * hundred places. More would be slow to paint: Chromium 156 took 98 s to paint 23,000 ranges in
 * one 10 MB text node (2026-11).
 */
const MARGIN = 200;
const ON_SCREEN = 1000;

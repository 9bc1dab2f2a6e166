/**
 * Reads one block's text for highlight-all, a piece at a time: its own text nodes (not those of
 * nested blocks, which are read on their own) are joined into runs and detected, and a very long
 * text node is read slice by slice with some context on both sides. No step reads much more than
 * one slice, so the scanner can stop between steps when its time slice is up.
 */
import type { Detection } from '../../core/detect/detect';
import { rangesOf, type TextPiece } from '../text-pieces';
import type { SKIP } from './blocks';

export interface Found {
  code: string;
  highlight: string;
  ranges: StaticRange[];
}

interface ReaderDeps {
  doc: Document;
  blockOf(node: Node): Element | typeof SKIP | null;
  detect(text: string): Detection[];
  /** Name of the highlight for a detection (one per office). */
  highlightFor(code: string): string;
  /** Called for every place found. */
  onFound(): void;
}

/** Text detected in one go; a longer text node is cut into slices with some context. */
const SLICE = 32_768;
const CONTEXT = 32;
/** Text nodes of nested blocks passed over in one step of a block's scan. */
const SKIPS_PER_STEP = 2000;

export class BlockReader {
  readonly block: Element;
  readonly #deps: ReaderDeps;
  readonly #walker: TreeWalker;
  #pieces: TextPiece[] = [];
  #text = '';
  #found: Found[] = [];
  /** A very long text node being read slice by slice, and where the next slice starts. */
  #long: { node: Text; next: number } | null = null;

  constructor(block: Element, deps: ReaderDeps) {
    this.block = block;
    this.#deps = deps;
    this.#walker = deps.doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  }

  /** Reads up to about one slice of the block's text. At the block's end, returns what it found. */
  step(): Found[] | null {
    if (this.#long) {
      this.#readSlice(this.#long);
      return null;
    }
    let skipped = 0;
    for (let node = this.#walker.nextNode() as Text | null; node; node = this.#walker.nextNode() as Text | null) {
      if (this.#deps.blockOf(node) !== this.block) {
        this.#flush(); // the text of a nested block: scanned on its own
        // A block with a little text of its own and much nested text (a stray text node in a
        // long <body>) still yields now and then: the walker resumes here in the next step.
        if (++skipped === SKIPS_PER_STEP) return null;
        continue;
      }
      if (node.data.length > SLICE) {
        this.#flush();
        this.#long = { node, next: 0 };
        return null;
      }
      this.#pieces.push({ node, nodeStart: 0, textStart: this.#text.length, length: node.data.length });
      this.#text += node.data;
      if (this.#text.length >= SLICE) {
        this.#flush();
        return null;
      }
    }
    this.#flush();
    return this.#found;
  }

  /** One slice of a very long text node, with context on both sides; keeps what starts in it. */
  #readSlice(long: { node: Text; next: number }): void {
    const { node, next } = long;
    const from = Math.max(0, next - CONTEXT);
    const to = Math.min(node.data.length, next + SLICE + CONTEXT);
    const pieces = [{ node, nodeStart: from, textStart: 0, length: to - from }];
    this.#detectIn(node.data.slice(from, to), pieces, next - from, next - from + SLICE);
    long.next += SLICE;
    if (long.next >= node.data.length) this.#long = null;
  }

  #flush(): void {
    if (this.#text) this.#detectIn(this.#text, this.#pieces);
    this.#pieces = [];
    this.#text = '';
  }

  #detectIn(text: string, pieces: TextPiece[], keepFrom = 0, keepTo = Infinity): void {
    for (const d of this.#deps.detect(text)) {
      if (d.start < keepFrom || d.start >= keepTo) continue;
      const code = d.codes[0]!;
      this.#found.push({ code, highlight: this.#deps.highlightFor(code), ranges: rangesOf(pieces, d.start, d.end) });
      this.#deps.onFound();
    }
  }
}

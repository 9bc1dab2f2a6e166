/**
 * Highlights through the CSS Custom Highlight API: the page's DOM and selection are untouched.
 * The ::highlight() rules (highlights.css) reach the document from the manifest; each open
 * shadow root that holds highlighted text adopts a constructed copy, which adds no node to the
 * page. Where the API is missing, nothing is highlighted rather than hijacking the selection.
 */

type Registry = { set(name: string, highlight: Highlight): void; delete(name: string): boolean };

const registry = (): Registry | null =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function'
    ? (CSS as unknown as { highlights: Registry }).highlights
    : null;

export class Highlighter {
  readonly #css: string;
  #sheet: CSSStyleSheet | null = null;
  #growing = new Map<string, Highlight>();

  /** `css`: the highlights' rules, for shadow roots. */
  constructor(css: string) {
    this.#css = css;
  }

  /** Shows `ranges` under `name`, replacing what it showed before. */
  show(name: string, ranges: readonly AbstractRange[]): void {
    const highlights = registry();
    if (!highlights) return;
    for (const range of ranges) this.#adoptIn(range.startContainer.getRootNode());
    highlights.set(name, new Highlight(...ranges));
  }

  clear(name: string): void {
    registry()?.delete(name);
  }

  /** Adds ranges to a named highlight, creating it if needed: for highlights built piece by piece. */
  add(name: string, ranges: readonly AbstractRange[]): void {
    const highlights = registry();
    if (!highlights) return;
    let highlight = this.#growing.get(name);
    if (!highlight) {
      highlight = new Highlight();
      this.#growing.set(name, highlight);
      highlights.set(name, highlight);
    }
    for (const range of ranges) {
      this.#adoptIn(range.startContainer.getRootNode());
      highlight.add(range);
    }
  }

  remove(name: string, ranges: readonly AbstractRange[]): void {
    const highlight = this.#growing.get(name);
    for (const range of ranges) highlight?.delete(range);
  }

  /** Drops a highlight built with `add`. */
  reset(name: string): void {
    this.#growing.delete(name);
    this.clear(name);
  }

  /** A page may replace `adoptedStyleSheets` at any time: the sheet is added back when missing. */
  #adoptIn(root: Node): void {
    if (!(root instanceof ShadowRoot)) return;
    try {
      if (!this.#sheet) {
        this.#sheet = new CSSStyleSheet();
        this.#sheet.replaceSync(this.#css);
      }
      const adopted = [...root.adoptedStyleSheets];
      if (!adopted.includes(this.#sheet)) root.adoptedStyleSheets = [...adopted, this.#sheet];
    } catch {
      // Firefox ESR 140 shows a shadow root's adoptedStyleSheets to a content script as an Xray
      // wrapper that cannot be read or assigned ("Accessing from Xray wrapper is not supported";
      // fixed by 153, 2026-12), and a page can make the assignment throw (a frozen or proxied
      // array): the highlight then shows unstyled there, which is better than failing the lookup.
    }
  }
}

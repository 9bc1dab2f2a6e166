/**
 * Elements whose text is not prose on screen: scripts, styles, templates, ruby annotations, and
 * the text of form fields and menus. Neither the hover's text window nor highlight-all reads it.
 *
 * The one difference, chosen: highlight-all also leaves SVG and MathML alone, whose text is
 * labels and formulas placed by coordinates, not runs of prose, and which a page-wide scan that
 * judges "inline" by tag name cannot follow. The hover, which reads the one spot the reader
 * points at, still reads a label there.
 */
export const NOT_PROSE: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'RT',
  'RP',
  'TEXTAREA',
  'SELECT',
  'OPTION',
]);

/** What highlight-all skips: NOT_PROSE, and SVG and MathML (tag names as HTML and XML documents spell them). */
export const NOT_SCANNED: ReadonlySet<string> = new Set([...NOT_PROSE, 'svg', 'SVG', 'math', 'MATH']);

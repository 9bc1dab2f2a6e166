/**
 * One colour per office, for the map, the popover swatch and highlight-all underlines. The
 * Okabe–Ito palette, chosen so that the five stay apart for colour-blind readers.
 */
import type { OfficeId } from './data/offices-schema';

export const OFFICE_COLORS: Record<OfficeId, string> = {
  bjo: '#D55E00',
  gdeto: '#009E73',
  sheto: '#0072B2',
  cdeto: '#E69F00',
  wheto: '#CC79A7',
};

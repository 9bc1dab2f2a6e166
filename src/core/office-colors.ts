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

/** Black or white, whichever reads better on `hex` (WCAG contrast), for text on office colours. */
export function textColorOn(hex: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}

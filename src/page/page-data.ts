/**
 * The data a page needs, built on first use from the bundled files: parsing them and building the
 * detector happen once per page, only after the pointer has found something worth looking up.
 */
import { makeDetector } from '../core/detect/detect';
import { PageEvidence } from '../core/detect/page-evidence';
import { loadAppData } from '../core/data/load';
import type { OfficeId } from '../core/data/offices-schema';
import type { Detection } from '../core/detect/detect';
import type { Translator } from '../core/i18n';
import { areaCard } from '../core/area-card';
import { cardAsText, placeCard, type PlaceCard } from '../core/place-card';
import type { Settings } from '../core/settings';

/** What hover and highlight-all ask of the data. */
export interface PageData {
  detectAt(text: string, index: number, settings: Settings): Detection | null;
  detect(text: string, settings: Settings): Detection[];
  officeOf(code: string): OfficeId;
  /** The cards of a detection: each division it may name, or the area it names. */
  cards(detection: Detection, tr: Translator): PlaceCard[];
  cardText(card: PlaceCard, tr: Translator): string;
}

export function makePageData(
  divisionsJson: string,
  officesJson: string,
  lexiconJson: string,
  areasJson: string,
): PageData {
  const start = performance.now();
  const app = loadAppData({
    divisions: JSON.parse(divisionsJson),
    offices: JSON.parse(officesJson),
    lexicon: JSON.parse(lexiconJson),
    areasPage: JSON.parse(areasJson),
  });
  const areas = new Map(app.gazetteer.areas!.map((area) => [area.id, area]));
  const detector = makeDetector(app.gazetteer);
  // One for the page (this frame's document): hover and highlight-all add to it and read it.
  const page = new PageEvidence();
  // A mark on the page's performance timeline: tests use it to check when data is (not) loaded.
  performance.measure('hketo-lens:data-ready', { start, end: performance.now() });
  return {
    detectAt: (text, index, settings) =>
      detector.detectAt(text, index, { countyShortNames: settings.countyShortNames, page }),
    detect: (text, settings) => detector.detect(text, { countyShortNames: settings.countyShortNames, page }),
    officeOf: (code) => {
      const division = app.gazetteer.byCode.get(code);
      return division ? app.directory.officeOfProvince(division.provinceCode).id : 'bjo';
    },
    cards: ({ codes, area }, tr) => {
      const named = area === undefined ? undefined : areas.get(area);
      if (named) return [areaCard(app.gazetteer, app.directory, named, tr)];
      return codes.flatMap((code) => {
        const division = app.gazetteer.byCode.get(code);
        return division ? [placeCard(app.gazetteer, app.directory, division, tr)] : [];
      });
    },
    cardText: cardAsText,
  };
}

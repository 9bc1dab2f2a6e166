/**
 * The data a page needs, built on first use from the bundled files: parsing them and building the
 * detector happen once per page, only after the pointer has found something worth looking up.
 */
import { makeDetector, type Detector } from '../core/detect/detect';
import { PageEvidence } from '../core/detect/page-evidence';
import type { DirectoryData } from '../core/offices';
import { loadAppData, type AppData } from '../core/data/load';
import { areaCard } from '../core/area-card';
import { cardAsText, placeCard } from '../core/place-card';
import type { PageData } from './hover-controller';

export function makePageData(
  divisionsJson: string,
  officesJson: string,
  lexiconJson: string,
  areasJson: string,
): PageData & { app: AppData; detector: Detector } {
  const start = performance.now();
  const app = loadAppData(
    JSON.parse(divisionsJson),
    JSON.parse(officesJson) as DirectoryData,
    JSON.parse(lexiconJson),
    JSON.parse(areasJson),
  );
  const areas = new Map(app.gazetteer.areas!.map((area) => [area.id, area]));
  const detector = makeDetector(app.gazetteer);
  // One for the page (this frame's document): hover and highlight-all add to it and read it.
  const page = new PageEvidence();
  // A mark on the page's performance timeline: tests use it to check when data is (not) loaded.
  performance.measure('hketo-lens:data-ready', { start, end: performance.now() });
  return {
    app,
    detector,
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

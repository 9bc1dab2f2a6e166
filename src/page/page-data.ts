/**
 * The data a page needs, built from the bundled files once per page: on first use, or ahead of it
 * at idle in steps (src/page/staged.ts), so that building it is no long task on the page.
 */
import { makeDetector, scannerSteps } from '../core/detect/detect';
import { PageEvidence } from '../core/detect/page-evidence';
import { appDataSteps } from '../core/data/load';
import type { OfficeId } from '../core/data/offices-schema';
import type { Detection } from '../core/detect/detect';
import type { Translator } from '../core/i18n';
import { areaCard } from '../core/area-card';
import { cardAsText, placeCard, type PlaceCard } from '../core/place-card';
import type { Settings } from '../core/settings';
import { runSteps, type Steps } from '../core/steps';

/** What hover and highlight-all ask of the data. */
export interface PageData {
  detectAt(text: string, index: number, settings: Settings): Detection | null;
  detect(text: string, settings: Settings): Detection[];
  officeOf(code: string): OfficeId;
  /** The cards of a detection: each division it may name, or the area it names. */
  cards(detection: Detection, tr: Translator): PlaceCard[];
  cardText(card: PlaceCard, tr: Translator): string;
}

/** The page data as the content script holds it (staged.ts): built at idle, or soon when asked for. */
export interface LazyPageData {
  /** The data, once built. */
  ready(): PageData | undefined;
  /** The data when built: the steps left run in short tasks from now on. */
  whenBuilt(): Promise<PageData>;
}

/**
 * `then`, once `data` is built. Asked again while it waits, it still calls only the first `then`:
 * the pointer's look-up reads the latest position when it runs.
 */
export function afterBuild(data: LazyPageData): (then: () => void) => void {
  let waiting = false;
  return (then) => {
    if (waiting) return;
    waiting = true;
    void data.whenBuilt().then(() => {
      waiting = false;
      then();
    });
  };
}

/** The bundled files, as text. */
export interface PageDataFiles {
  divisions: string;
  offices: string;
  lexicon: string;
  areas: string;
}

export const makePageData = (files: PageDataFiles): PageData => runSteps(pageDataSteps(files));

/** The build in steps of a few ms each (src/core/steps.ts), which the content script runs at idle. */
export function* pageDataSteps(files: PageDataFiles): Steps<PageData> {
  const start = performance.now();
  const parsed = {
    divisions: JSON.parse(files.divisions),
    offices: JSON.parse(files.offices),
    lexicon: JSON.parse(files.lexicon),
    areasPage: JSON.parse(files.areas),
  };
  yield;
  const app = yield* appDataSteps(parsed);
  yield;
  const scanner = yield* scannerSteps(app.gazetteer);
  yield;
  const areas = new Map(app.gazetteer.areas!.map((area) => [area.id, area]));
  const detector = makeDetector(app.gazetteer, scanner);
  // One for the page (this frame's document): hover and highlight-all add to it and read it.
  const page = new PageEvidence();
  // A mark on the page's performance timeline: tests use it to check when data is (not) loaded.
  // Built at idle, it spans the gaps between the steps too.
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

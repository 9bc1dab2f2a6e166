/**
 * The detector as the content script builds it, for the parity test: bundled for a browser page,
 * and imported as is in Node. Each text gives its detections as `start-end:codes` strings, with
 * `@area` for an area's.
 */
import * as v from 'valibot';
import areasPage from '../../../data/generated/areas-page.json';
import divisions from '../../../data/generated/divisions.json';
import { areasPageFileSchema } from '../../../src/core/data/areas-schema';
import lexicon from '../../../data/generated/lexicon.json';
import { divisionsFileSchema } from '../../../src/core/data/divisions-file';
import { makeDetector } from '../../../src/core/detect/detect';
import { loadLexicon } from '../../../src/core/detect/lexicon';
import { loadGazetteer } from '../../../src/core/gazetteer';

const gazetteer = loadGazetteer(v.parse(divisionsFileSchema, divisions));
gazetteer.lexicon = loadLexicon(lexicon);
gazetteer.areas = v.parse(areasPageFileSchema, areasPage).areas;
const detector = makeDetector(gazetteer);

export function detectAll(texts: string[]): string[][] {
  return texts.map((text) =>
    detector.detect(text).map((d) => `${d.start}-${d.end}:${d.codes.join(',')}${d.area ? `@${d.area}` : ''}`),
  );
}

(globalThis as unknown as { hketoLensDetectAll: typeof detectAll }).hketoLensDetectAll = detectAll;

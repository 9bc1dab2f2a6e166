import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../../src/cli/data';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { makePageData } from '../../../src/page/page-data';

const raw = (file: string) => fs.readFileSync(path.join(DATA_DIR, file), 'utf8');

describe('page data', () => {
  it('shares what the page confirmed between highlight-all (detect) and hover (detectAt)', () => {
    const data = makePageData(raw('generated/divisions.json'), raw('offices.json'), raw('generated/lexicon.json'));
    const text = '来宾的糖业很有名';
    expect(data.detectAt(text, 1, DEFAULT_SETTINGS)).toBeNull();
    expect(data.detect('来宾市位于广西中部', DEFAULT_SETTINGS)).toHaveLength(2);
    expect(data.detectAt(text, 1, DEFAULT_SETTINGS)?.codes).toEqual(['451300']);
    expect(data.detect(text, DEFAULT_SETTINGS).map((d) => d.codes[0])).toEqual(['451300']);
  });
});

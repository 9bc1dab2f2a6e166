import fs from 'node:fs';
import { pageDataSteps } from './src/page/page-data';
import { runSteps } from './src/core/steps';
const f = (n: string) => fs.readFileSync(`/work/main/data/generated/${n}`, 'utf8');
const files = { divisions: f('divisions.json'), offices: f('offices-page.json'), lexicon: f('lexicon.json'), areas: f('areas-page.json') };
const t0 = performance.now();
runSteps(pageDataSteps(files));
console.log('cold build', (performance.now() - t0).toFixed(1));

/** `npx tsx test/bench/search-bench-main.ts`: the popup search's figures alone, as JSON. */
import { readAppData } from '../../src/cli/data';
import { benchSearch } from './search-bench';

const { gazetteer, directory } = readAppData();
console.log(JSON.stringify(benchSearch(gazetteer, directory)));

/**
 * Which script a stretch of Chinese is in, by the balance of frequent characters that exist in
 * only one of them: the popover's "script of the page", and detection's "Traditional text", where
 * 中山 may be in Taipei and 馬鞍山 is in Sha Tin.
 */
import { charSet } from './chars';

const TRADITIONAL_ONLY = charSet(
  '們這說國會灣區縣與為來時個後對發開關學現點實經過還長門問間見話機從當請讓車東馬書業華語報體應網號聽義萬處',
);
const SIMPLIFIED_ONLY = charSet(
  '们这说国会湾区县与为来时个后对发开关学现点实经过还长门问间见话机从当请让车东马书业华语报体应网号听义万处',
);

/** Traditional-only characters less Simplified-only ones in `text` from `start` to `end`: > 0 is Traditional. */
export function scriptBalance(text: string, start = 0, end = text.length): number {
  let balance = 0;
  for (let i = Math.max(0, start); i < Math.min(text.length, end); i++) {
    const unit = text.charCodeAt(i);
    if (TRADITIONAL_ONLY(unit)) balance++;
    else if (SIMPLIFIED_ONLY(unit)) balance--;
  }
  return balance;
}

/** Which Chinese script a text is in, from the characters only one script has. */
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './detect/cues';
import type { ConcreteScript } from './i18n';
import type { Script } from './settings';

/** The script of `text`, or null when it has no telling character. */
function scriptOfText(text: string): ConcreteScript | null {
  let balance = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (TRADITIONAL_ONLY(unit)) balance++;
    else if (SIMPLIFIED_ONLY(unit)) balance--;
  }
  return balance > 0 ? 'hant' : balance < 0 ? 'hans' : null;
}

/** The script to show: the setting, or for `page` the script of the text read (Traditional if unknown). */
export function resolveScript(setting: Script, textRead: string): ConcreteScript {
  return setting === 'page' ? (scriptOfText(textRead) ?? 'hant') : setting;
}

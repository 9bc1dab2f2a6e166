/** Which Chinese script a text is in, from the characters only one script has. */
import { scriptBalance } from './text/script-balance';
import type { ConcreteScript } from './i18n';
import type { Script } from './settings';

/** The script of `text`, or null when it has no telling character. */
function scriptOfText(text: string): ConcreteScript | null {
  const balance = scriptBalance(text);
  return balance > 0 ? 'hant' : balance < 0 ? 'hans' : null;
}

/** The script to show: the setting, or for `page` the script of the text read (Traditional if unknown). */
export function resolveScript(setting: Script, textRead: string): ConcreteScript {
  return setting === 'page' ? (scriptOfText(textRead) ?? 'hant') : setting;
}

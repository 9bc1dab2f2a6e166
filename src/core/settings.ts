/**
 * The user's settings: schema, defaults, and a forgiving parser. A stored value that is missing,
 * of an older version or corrupt never throws: each field that does not validate falls back to
 * its default and is reported, and every valid field is kept.
 */
import * as v from 'valibot';

export const SETTINGS_VERSION = 1;

const scriptSchema = v.picklist(['hant', 'hans', 'page']);
const languageSchema = v.picklist(['auto', 'zh', 'en']);
const holdKeySchema = v.picklist(['none', 'Shift', 'Alt', 'Control']);
const themeSchema = v.picklist(['auto', 'light', 'dark']);
const fontSizeSchema = v.picklist(['small', 'normal', 'large']);
const tapToLookUpSchema = v.picklist(['auto', 'on', 'off']);

/** Hostnames are lower-case, without a port: `www.example.com`. */
const hostnameSchema = v.pipe(v.string(), v.toLowerCase(), v.regex(/^[a-z0-9.-]{1,253}$/));

/** Bounds the stored list, which every page reads. */
const MAX_DISABLED_SITES = 1000;

const settingsSchema = v.object({
  /** Master switch. */
  enabled: v.boolean(),
  /** Sites where the extension stays off. */
  disabledSites: v.pipe(v.array(hostnameSchema), v.maxLength(MAX_DISABLED_SITES)),
  /**
   * Script of all Chinese text shown, names and interface alike: Traditional (Hong Kong usage),
   * Simplified, or that of the text being read.
   */
  script: scriptSchema,
  /** Language of the interface: Chinese (in the script above), English, or the browser's. */
  language: languageSchema,
  /** Only show the popover while this key is held. */
  holdKey: holdKeySchema,
  /** Milliseconds the pointer must rest on a name before the popover shows. */
  hoverDelay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000)),
  theme: themeSchema,
  fontSize: fontSizeSchema,
  /** Also detect bare short names of districts and counties (余杭, 鼓楼). */
  countyShortNames: v.boolean(),
  /** Underline every place name on the page. */
  highlightAll: v.boolean(),
  /** Look up text in inputs and editable areas too. */
  editable: v.boolean(),
  /** Tapping a place name looks it up; `auto` only on devices with no hover (phones, tablets). */
  tapToLookUp: tapToLookUpSchema,
});

export type Settings = v.InferOutput<typeof settingsSchema>;
export type Script = Settings['script'];
export type Language = Settings['language'];
export type HoldKey = Settings['holdKey'];
export type Theme = Settings['theme'];
export type FontSize = Settings['fontSize'];
export type TapToLookUp = Settings['tapToLookUp'];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  script: 'hant',
  language: 'auto',
  holdKey: 'none',
  hoverDelay: 50,
  theme: 'auto',
  fontSize: 'normal',
  countyShortNames: false,
  highlightAll: false,
  editable: false,
  tapToLookUp: 'auto',
});

export interface ParsedSettings {
  settings: Settings;
  /** Fields that were present but invalid, and fell back to their defaults. */
  repaired: Array<keyof Settings>;
}

/** Reads any stored value into valid settings, keeping every field that validates. */
export function parseSettings(stored: unknown): ParsedSettings {
  const record =
    stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  const repaired: Array<keyof Settings> = [];
  for (const [key, schema] of Object.entries(settingsSchema.entries)) {
    if (!(key in record)) continue;
    const result = v.safeParse(schema, record[key]);
    if (result.success) settings[key] = result.output;
    else {
      repaired.push(key as keyof Settings);
      // One bad entry must not cost the whole list of disabled sites: keep the good ones, as
      // many as the field allows.
      if (key === 'disabledSites' && Array.isArray(record[key])) {
        const good = (record[key] as unknown[]).flatMap((site) => {
          const parsed = v.safeParse(hostnameSchema, site);
          return parsed.success ? [parsed.output] : [];
        });
        settings[key] = good.slice(0, MAX_DISABLED_SITES);
      }
    }
  }
  return { settings: settings as Settings, repaired };
}

/** Hostname of a page URL for the per-site switch, or null for pages that have none (about:blank). */
export function siteOf(url: string): string | null {
  try {
    const { hostname, protocol } = new URL(url);
    return /^(https?|file):$/.test(protocol) ? hostname.toLowerCase() || (protocol === 'file:' ? 'file' : null) : null;
  } catch {
    return null;
  }
}

export function isActiveOn(settings: Settings, site: string | null): boolean {
  return settings.enabled && (site === null || !settings.disabledSites.includes(site));
}

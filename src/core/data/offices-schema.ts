/**
 * Schema of `data/offices.json`, the curated facts about the offices and liaison units.
 * Every fact is an object with `sources`: keys into the file's `sources` index, each with a URL
 * and a date. A fact that is not known is absent: the schema has no placeholders.
 */
import * as v from 'valibot';

const sourceKeys = v.pipe(v.array(v.pipe(v.string(), v.regex(/^S\d+b?$/))), v.minLength(1));
const sourced = <T extends v.ObjectEntries>(entries: T) => v.object({ ...entries, sources: sourceKeys });
const divisionCode = v.pipe(v.string(), v.regex(/^\d{6}$/));
/** ISO dates, possibly partial: 2014, 2017-04, 2017-04-17. */
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/));
const names = { hant: v.string(), hans: v.string(), en: v.string() };

const officeIdSchema = v.picklist(['bjo', 'gdeto', 'sheto', 'cdeto', 'wheto']);
const liaisonIdSchema = v.picklist([
  'liaoning',
  'tianjin',
  'shenzhen',
  'fujian',
  'guangxi',
  'shandong',
  'zhejiang',
  'chongqing',
  'shaanxi',
  'hunan',
  'henan',
]);
export type OfficeId = v.InferOutput<typeof officeIdSchema>;
export type LiaisonId = v.InferOutput<typeof liaisonIdSchema>;

const hoursSchema = v.object({
  days: v.literal('mon-fri'),
  sessions: v.array(v.pipe(v.string(), v.regex(/^\d\d:\d\d-\d\d:\d\d$/))),
  exceptMainlandHolidays: v.boolean(),
});

const officeSchema = v.object({
  id: officeIdSchema,
  abbr: sourced({ value: v.string() }),
  name: sourced(names),
  shortName: sourced({ hant: v.string(), hans: v.string(), en: v.optional(v.string()) }),
  seat: sourced(names),
  established: sourced({ value: isoDate }),
  serves: sourced({ provinces: v.array(divisionCode), since: v.optional(isoDate) }),
  website: sourced({ value: v.pipe(v.string(), v.url(), v.regex(/^https:\/\//)) }),
  immigrationDivision: sourced({ value: v.boolean(), since: isoDate }),
  immigrationContact: v.optional(
    sourced({
      addressHant: v.optional(v.string()),
      addressHans: v.optional(v.string()),
      tel: v.string(),
      fax: v.optional(v.string()),
      hours: v.optional(hoursSchema),
      asOf: v.optional(isoDate),
    }),
  ),
  address: v.optional(sourced({ en: v.string() })),
});

const liaisonSchema = v.object({
  id: liaisonIdSchema,
  parent: officeIdSchema,
  name: sourced(names),
  shortName: sourced({ hant: v.string(), hans: v.string() }),
  abbr: v.optional(sourced({ value: v.string() })),
  seat: sourced(names),
  covers: sourced({ codes: v.array(divisionCode) }),
  started: v.optional(sourced({ value: isoDate })),
});

/**
 * Where to turn in an emergency, besides the hotline: the mainland's emergency numbers and the
 * Immigration Department's other 1868 channels, as published. A channel with no published
 * address (the WeChat channel's ID) has no `href`.
 */
const emergencySchema = v.object({
  mainland: v.array(sourced({ number: v.pipe(v.string(), v.regex(/^\d{3}$/)), service: v.object(names) })),
  immd: v.array(
    sourced({
      channel: v.picklist(['whatsapp', 'wechat', 'app', 'form']),
      href: v.optional(v.pipe(v.string(), v.url(), v.regex(/^https:\/\//))),
    }),
  ),
});

export const sourceSchema = v.object({
  url: v.pipe(v.string(), v.url()),
  /** Publication date, or "undated …" with what is known of the page's age. */
  date: v.pipe(v.string(), v.regex(/^(\d{4}(-\d{2}(-\d{2})?)?|c\.\d{4}|undated.*|content c\.\d{4})$/)),
  title: v.string(),
});

export const officesFileSchema = v.object({
  /** The JSON Schema emitted from this one (data/offices.schema.json), for editors of the file. */
  $schema: v.optional(v.string()),
  $comment: v.string(),
  asOf: isoDate,
  asOfSources: sourceKeys,
  hotline: sourced({ number: v.string() }),
  emergency: emergencySchema,
  offices: v.array(officeSchema),
  liaisonUnits: v.array(liaisonSchema),
  sources: v.record(v.string(), sourceSchema),
});

/** What the content script ships of offices.json (data/generated/offices-page.json): the facts without their sources index. */
export const officesPageSchema = v.omit(officesFileSchema, ['$schema', '$comment', 'sources']);

export type OfficesFile = v.InferOutput<typeof officesFileSchema>;
export type Office = OfficesFile['offices'][number];
export type LiaisonUnit = OfficesFile['liaisonUnits'][number];
export type OpeningHours = v.InferOutput<typeof hoursSchema>;
export type Source = v.InferOutput<typeof sourceSchema>;
export type Emergency = v.InferOutput<typeof emergencySchema>;

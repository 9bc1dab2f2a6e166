/**
 * Schema of `data/areas.json`: new areas, cooperation zones and regions that are named as places
 * but are not divisions. Each lists the divisions that host it, as precisely as its sources say.
 */
import * as v from 'valibot';
import { sourceSchema } from './offices-schema';

const divisionCode = v.pipe(v.string(), v.regex(/^\d{6}$/));
const sourceKey = v.pipe(v.string(), v.regex(/^A\d+$/));

const areaKindSchema = v.picklist(['newArea', 'cooperationZone', 'region']);
export type AreaKind = v.InferOutput<typeof areaKindSchema>;

const areaSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z]+$/)),
  kind: areaKindSchema,
  name: v.object({ hans: v.string(), hant: v.string(), en: v.string() }),
  /** Other names in use: short forms (雄安, 前海) and the host city in front (成都天府新区). */
  aliases: v.array(v.string()),
  hosts: v.pipe(v.array(divisionCode), v.minLength(1)),
  since: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2})?$/))),
  sources: v.pipe(v.array(sourceKey), v.minLength(1)),
  /**
   * Names that are also plain words or other places (河套, the Hetao plain; 东北, north-east):
   * on pages they name the area only right next to one of `cues` (深港河套, 东北地区), and never
   * when `cues` is empty. The popup's search takes them as they are.
   */
  guarded: v.optional(v.object({ names: v.array(v.string()), cues: v.array(v.string()) })),
});

export const areasFileSchema = v.object({
  $comment: v.string(),
  areas: v.array(areaSchema),
  sources: v.record(sourceKey, sourceSchema),
});

export type AreasFile = v.InferOutput<typeof areasFileSchema>;
export type Area = AreasFile['areas'][number];

/**
 * What pages get of the areas (`data/generated/areas-page.json`, built by `npm run data`): the
 * facts the popover shows, without sources, and every name as pages write it, in both scripts.
 */
export const AREAS_PAGE_FORMAT = 1;

const pageAreaSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z]+$/)),
  kind: areaKindSchema,
  name: v.strictObject({ hans: v.string(), hant: v.string(), en: v.string() }),
  since: v.optional(v.string()),
  hosts: v.pipe(v.array(divisionCode), v.minLength(1)),
  /** Names found anywhere (Simplified and Traditional). */
  names: v.array(v.pipe(v.string(), v.minLength(2))),
  /** Names found only next to a cue. */
  guarded: v.array(v.pipe(v.string(), v.minLength(2))),
  cues: v.array(v.pipe(v.string(), v.minLength(1))),
});

export const areasPageFileSchema = v.strictObject({
  format: v.literal(AREAS_PAGE_FORMAT),
  areas: v.array(pageAreaSchema),
});

export type AreasPageFile = v.InferOutput<typeof areasPageFileSchema>;
export type PageArea = AreasPageFile['areas'][number];

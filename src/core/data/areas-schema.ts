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
});

export const areasFileSchema = v.object({
  $comment: v.string(),
  areas: v.array(areaSchema),
  sources: v.record(sourceKey, sourceSchema),
});

export type AreasFile = v.InferOutput<typeof areasFileSchema>;
export type Area = AreasFile['areas'][number];

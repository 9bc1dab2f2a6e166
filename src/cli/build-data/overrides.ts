/** Reads and checks `data/divisions/overrides.json`, the reviewed corrections to the generated names. */
import fs from 'node:fs';
import * as v from 'valibot';

const stringList = v.array(v.string());
const withAbout = <T extends v.GenericSchema>(schema: T) =>
  v.pipe(
    v.record(v.string(), v.unknown()),
    v.transform((record) => Object.fromEntries(Object.entries(record).filter(([key]) => key !== '_about'))),
    v.record(v.string(), schema),
  );

const overridesSchema = v.object({
  hantReplace: withAbout(stringList),
  hantAdd: withAbout(stringList),
  hantPreferAdded: stringList,
  pinyinRules: withAbout(v.string()),
  pinyinFix: withAbout(v.string()),
  english: withAbout(v.object({ code: v.string(), en: v.string(), alternatives: v.optional(stringList) })),
  shortName: v.object({
    provinceSuffixes: stringList,
    autonomousSuffixes: stringList,
    ethnicNamesStrippedAfterAutonomousSuffix: stringList,
    specialFullNames: v.record(v.string(), v.string()),
    otherSuffixes: stringList,
  }),
});
export type Overrides = v.InferOutput<typeof overridesSchema>;

export function readOverrides(file: string): Overrides {
  return v.parse(overridesSchema, JSON.parse(fs.readFileSync(file, 'utf8')));
}

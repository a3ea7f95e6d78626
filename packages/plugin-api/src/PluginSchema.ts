/**
 * The Effect Schema of a plugin: the runtime twin of the types in `Plugin.ts`, which the loader decodes every
 * plugin with (a test keeps the two in step). It checks shape only; `Validation` checks what needs the other
 * plugins too (namespaces, duplicate ids, references, patterns).
 */
import { Observation } from "@valuelens/core"
import { Schema } from "effect"

const Text = Schema.String
const Id = Schema.NonEmptyString

export const Weighted = Schema.Union([
  Schema.String,
  Schema.Struct({ text: Schema.String, weight: Schema.Finite }),
])

export const NearRule = Schema.Struct({
  a: Schema.String,
  b: Schema.String,
  n: Schema.Int.check(Schema.isGreaterThan(0, { message: "expected a whole number of words above 0" })),
  weight: Schema.optional(Schema.Finite),
})

export const LexiconEntry = Schema.Struct({
  id: Schema.optional(Id),
  code: Id,
  terms: Schema.optional(Schema.Array(Weighted)),
  phrases: Schema.optional(Schema.Array(Weighted)),
  patterns: Schema.optional(Schema.Array(Weighted)),
  near: Schema.optional(Schema.Array(NearRule)),
  exclude: Schema.optional(Schema.Array(Schema.String)),
  scope: Schema.optional(Schema.Literals(["sentence", "turn"])),
  minScore: Schema.optional(Schema.Finite),
})

const Language = Schema.String.check(
  Schema.isPattern(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    message: "expected a BCP 47 language tag such as en or ms",
  }),
)

export const Lexicon = Schema.Struct({
  language: Language,
  entries: Schema.Array(LexiconEntry),
})

export const Exemplar = Schema.Struct({
  text: Schema.String,
  language: Language,
  codes: Schema.Array(Id),
  not: Schema.optional(Schema.Array(Id)),
})

export const PluginMeta = Schema.Struct({
  name: Schema.NonEmptyString,
  version: Schema.NonEmptyString,
  namespace: Schema.String,
  description: Schema.optional(Schema.String),
  languages: Schema.optional(Schema.Array(Language)),
})

export const ValueDefinition = Schema.Struct({
  id: Id,
  name: Schema.NonEmptyString,
  definition: Text,
  deficit: Schema.optional(Text),
  area: Schema.optional(Id),
  pillars: Schema.optional(Schema.Array(Schema.String)),
  colour: Schema.optional(Schema.String),
})

export const FactorDefinition = Schema.Struct({
  id: Id,
  name: Schema.NonEmptyString,
  definition: Text,
  drives: Schema.Array(Id),
  colour: Schema.optional(Schema.String),
})

export const AreaDefinition = Schema.Struct({
  id: Id,
  name: Schema.NonEmptyString,
  definition: Text,
  pillar: Schema.String,
})

export const CodeDefinition = Schema.Struct({
  id: Id,
  name: Schema.NonEmptyString,
  definition: Schema.optional(Text),
  parent: Schema.optional(Id),
  colour: Schema.optional(Schema.String),
})

export const Institution = Schema.Struct({
  kind: Schema.Literals([
    "law",
    "coordinating-body",
    "action-plan",
    "specialised-court",
    "agency",
    "shelter-system",
    "other",
  ]),
  name: Schema.String,
  year: Schema.optional(Schema.Int),
  detail: Schema.optional(Schema.String),
  source: Schema.String,
  confidence: Schema.optional(Schema.String),
})

export const CountryDefinition = Schema.Struct({
  iso3: Schema.String.check(Schema.isPattern(/^[A-Z]{3}$/, { message: "expected an ISO3 code such as MYS" })),
  name: Schema.String,
  region: Schema.String,
  institutions: Schema.optional(Schema.Array(Institution)),
})

export const IndicatorDefinition = Schema.Struct({
  key: Schema.NonEmptyString,
  label: Schema.String,
  unit: Schema.optional(Schema.String),
  higherIsBetter: Schema.optional(Schema.Boolean),
  levels: Schema.optional(Schema.Array(Schema.String)),
})

export const IndicatorRule = Schema.Struct({
  id: Id,
  theme: Id,
  description: Schema.String,
  measure: Schema.Union([
    Schema.Struct({ indicator: Schema.NonEmptyString }),
    Schema.Struct({ numerator: Schema.NonEmptyString, denominator: Schema.NonEmptyString }),
  ]),
  direction: Schema.Literals(["higher-is-better", "lower-is-better"]),
  deficitWhen: Schema.Struct({
    below: Schema.optional(Schema.Finite),
    above: Schema.optional(Schema.Finite),
    trend: Schema.optional(Schema.Literal("worsening")),
    levels: Schema.optional(Schema.Array(Schema.String)),
  }),
})

export const ReportSection = Schema.Struct({
  id: Id,
  title: Schema.String,
  markdown: Schema.String,
  after: Schema.optional(Schema.String),
})

export const PluginDefinition = Schema.Struct({
  apiVersion: Schema.Number,
  meta: PluginMeta,
  values: Schema.optional(Schema.Array(ValueDefinition)),
  factors: Schema.optional(Schema.Array(FactorDefinition)),
  areas: Schema.optional(Schema.Array(AreaDefinition)),
  codes: Schema.optional(Schema.Array(CodeDefinition)),
  lexicons: Schema.optional(Schema.Array(Lexicon)),
  exemplars: Schema.optional(Schema.Array(Exemplar)),
  countries: Schema.optional(Schema.Array(CountryDefinition)),
  indicators: Schema.optional(Schema.Array(IndicatorDefinition)),
  observations: Schema.optional(Schema.Array(Observation)),
  indicatorRules: Schema.optional(Schema.Array(IndicatorRule)),
  reportSections: Schema.optional(Schema.Array(ReportSection)),
})

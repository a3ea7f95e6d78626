/**
 * Malaysia for ValueLens: the TIP tiers of the reports of 2001-2025, the enforcement figures the reports quote,
 * the legal and institutional framework (ATIPSOM Act 670 and its amendments, MAPO, NAPTIP, the special
 * trafficking court, Wang Kelian), indicator rules that let triangulation read those statistics against the
 * value-deficit framework, and a Malay lexicon. Every value carries the source keys and confidence of the data
 * it comes from (`data/`, listed in the report section this plugin adds); empty cells stay missing.
 */
import { definePlugin } from "@valuelens/plugin-api/define"
import {
  bibliography,
  type FactLabel,
  factRows,
  institutions,
  sourceRows,
  tierObservations,
  tierRows,
} from "@valuelens/plugin-asean/data"
import * as Enforcement from "./Enforcement.js"
import { malayExemplars } from "./Exemplars.js"
import { malay } from "./Malay.js"

export { malay } from "./Malay.js"

export const NAMESPACE = "mys"

/** How each Malaysian fact of `framework_facts.csv` appears among the institutional features. */
export const factLabels: Readonly<Record<string, FactLabel>> = {
  "MY-LAW-1": { kind: "law", name: "ATIPSOM Act 2007 (Act 670)", year: 2007 },
  "MY-LAW-2": { kind: "law", name: "ATIPSOM amendment 2010 (Act A1385)", year: 2010 },
  "MY-LAW-3": { kind: "law", name: "ATIPSOM amendment 2015 (Act A1500)", year: 2015 },
  "MY-LAW-4": { kind: "law", name: "ATIPSOM (Amendment) Act 2022", year: 2022 },
  "MY-LAW-5": { kind: "law", name: "ATIPSOM penalties" },
  "MY-LAW-6": { kind: "law", name: "ATIPSOM trial court: the Sessions Court" },
  "MY-INT-1": { kind: "law", name: "UN Trafficking in Persons (Palermo) Protocol ratified", year: 2009 },
  "MY-INST-1": {
    kind: "coordinating-body",
    name: "MAPO (Council for Anti-Trafficking in Persons and Anti-Smuggling of Migrants)",
  },
  "MY-POL-1": { kind: "action-plan", name: "NAPTIP 3.0, National Action Plan 2021-2025", year: 2021 },
  "MY-POL-2": { kind: "action-plan", name: "NAPTIP 4.0, 2026-2030 (being drafted)" },
  "MY-COURT-1": { kind: "specialised-court", name: "Special ATIP court, Klang (Selangor)", year: 2018 },
  "MY-WK-1": { kind: "other", name: "Wang Kelian camps and graves", year: 2015 },
  "MY-WK-2": { kind: "other", name: "Wang Kelian Royal Commission of Inquiry", year: 2019 },
}

const tiers = tierObservations(tierRows(), ["MYS"])
const enforcement = Enforcement.observations(Enforcement.rows())
const facts = factRows()
const courtFact = facts.find((f) => f.fact_id === "MY-COURT-1")!

/**
 * The one count of specialised courts the facts support: as of September 2019 the Klang court was the only one
 * (calendar year 2019); later years are not verified, so they stay missing.
 */
const courts = [
  {
    country: "MYS",
    year: 2019,
    indicator: "courts.specialised",
    value: 1,
    unit: "courts",
    source: courtFact.source_ids,
    confidence: courtFact.confidence,
    note: `${courtFact.fact} [MY-COURT-1; calendar year 2019, not a report year]`,
  },
]

const observations = [...tiers, ...enforcement, ...courts]

export const malaysia = definePlugin({
  apiVersion: 1,
  meta: {
    name: "@valuelens/plugin-country-malaysia",
    version: "0.1.0",
    namespace: NAMESPACE,
    description: "Malaysia: TIP tiers, enforcement figures, ATIPSOM, MAPO, NAPTIP, and a Malay lexicon",
  },
  countries: [
    {
      iso3: "MYS",
      name: "Malaysia",
      region: "South-East Asia",
      institutions: institutions(facts, factLabels),
    },
  ],
  observations,
  indicatorRules: [
    {
      id: "mys/justice-conviction-ratio-trend",
      theme: "vd/justice",
      description:
        "Malaysia's conviction-to-prosecution ratio in the figures the TIP reports quote falls across the years compared: fewer of the persons charged end up convicted.",
      measure: { numerator: "enforcement.convictions", denominator: "enforcement.prosecutions" },
      direction: "higher-is-better",
      deficitWhen: { trend: "worsening" },
    },
    {
      id: "mys/integrity-tier-levels",
      theme: "vd/integrity",
      description:
        "Malaysia is on the Tier 2 Watch List or Tier 3. The reports tie these placements partly to complicit officials going unpunished (2018: no prosecutions over the 2015 Wang Kelian camps; 2021: complicit officials investigated but not prosecuted).",
      measure: { indicator: "tip.tier" },
      direction: "lower-is-better",
      deficitWhen: { levels: ["Tier 2 Watch List", "Tier 3"] },
    },
    {
      id: "mys/empathy-victims-identified-trend",
      theme: "vd/empathy",
      description:
        "The number of confirmed trafficking victims Malaysia identifies falls across the years compared, while the reports count far more potential victims.",
      measure: { indicator: "victims.identified" },
      direction: "higher-is-better",
      deficitWhen: { trend: "worsening" },
    },
  ],
  lexicons: [malay],
  exemplars: malayExemplars,
  reportSections: [
    {
      id: "mys/sources",
      title: "Sources of the Malaysian data",
      markdown: bibliography(sourceRows(), [
        ...observations.map((o) => o.source),
        ...facts.filter((f) => f.fact_id in factLabels).map((f) => f.source_ids),
      ]),
    },
  ],
})

export default malaysia

/**
 * The Philippines for ValueLens: the TIP tiers of the reports of 2001-2025 and the legal and institutional
 * framework the comparison with Malaysia needs (RA 9208, RA 10364, the later amendment, IACAT), each with the
 * source keys and confidence of the data it comes from (`data/`). Empty cells stay missing: the data holds no
 * enforcement figures, action plan or specialised court for the Philippines, so the comparison shows "no data".
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

export const NAMESPACE = "phl"

/** How each Philippine fact of `framework_facts.csv` appears among the institutional features. */
export const factLabels: Readonly<Record<string, FactLabel>> = {
  "PH-LAW-1": { kind: "law", name: "RA 9208, Anti-Trafficking in Persons Act of 2003", year: 2003 },
  "PH-LAW-2": { kind: "law", name: "RA 10364, Expanded Anti-Trafficking in Persons Act of 2012", year: 2012 },
  "PH-LAW-3": { kind: "law", name: "Anti-trafficking law amended (2022 period)", year: 2022 },
  "PH-INST-1": { kind: "coordinating-body", name: "IACAT (Inter-Agency Council Against Trafficking)" },
}

const facts = factRows()
const observations = tierObservations(tierRows(), ["PHL"])

export const philippines = definePlugin({
  apiVersion: 1,
  meta: {
    name: "@valuelens/plugin-country-philippines",
    version: "0.1.0",
    namespace: NAMESPACE,
    description: "The Philippines: TIP tiers, RA 9208 / RA 10364 and IACAT",
  },
  countries: [
    {
      iso3: "PHL",
      name: "Philippines",
      region: "South-East Asia",
      institutions: institutions(facts, factLabels),
    },
  ],
  observations,
  reportSections: [
    {
      id: "phl/sources",
      title: "Sources of the Philippine data",
      markdown: bibliography(sourceRows(), [
        ...observations.map((o) => o.source),
        ...facts.filter((f) => f.fact_id in factLabels).map((f) => f.source_ids),
      ]),
    },
  ],
})

export default philippines

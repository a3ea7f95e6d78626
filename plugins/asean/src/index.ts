/**
 * The ten ASEAN member states with their US Trafficking in Persons (TIP) Report tiers for the reports of
 * 2001-2025, each with its confidence (`confirmed`: two independent publishers; `single-source`) and source keys.
 * Years whose tier could not be sourced are left out, never guessed. No lexicons: pair it with a country
 * plugin (country-malaysia, country-philippines) for a study's language and institutions.
 */
import { definePlugin } from "@valuelens/plugin-api/define"
import { bibliography, sourceRows, tierObservations, tierRows } from "./Data.js"

export const NAMESPACE = "asean"

const tiers = tierRows()

/** The member states in the order of the data (ISO3 with the name the sources use). */
export const members: ReadonlyArray<{ readonly iso3: string; readonly name: string }> = [
  ...new Map(tiers.map((r) => [r.country_iso3, { iso3: r.country_iso3, name: r.country }])).values(),
]

const observations = tierObservations(tiers)

export const asean = definePlugin({
  apiVersion: 1,
  meta: {
    name: "@valuelens/plugin-asean",
    version: "0.1.0",
    namespace: NAMESPACE,
    description: "US TIP Report tier histories 2001-2025 for the ten ASEAN member states, with sources",
  },
  countries: members.map((m) => ({ iso3: m.iso3, name: m.name, region: "South-East Asia" })),
  observations,
  reportSections: [
    {
      id: "asean/sources",
      title: "Sources of the ASEAN tier histories",
      markdown: bibliography(
        sourceRows(),
        observations.map((o) => o.source),
      ),
    },
  ],
})

export default asean

import { Box, Text } from "ink"
import { fit } from "../components/Line.js"
import { countryRows, normaliseTier, TIERS } from "../state/countries.js"
import { visible } from "../state/list.js"
import type { State } from "../state/types.js"

/** Tier timeline: one row per tier, one column per year, `●` where the country stood that year. */
export const Countries = ({ state }: { state: State }) => {
  const r = state.countries.result
  if (!r) return <Text>comparing…</Text>
  const c = r.comparison
  const unknown =
    r.unknown.length > 0 ? `No plugin of this project defines ${r.unknown.join(", ")}.` : undefined
  if (!c)
    return (
      <Box flexDirection="column">
        <Text wrap="truncate-end">{fit(unknown ?? "The project names no country.", state.width)}</Text>
        <Text wrap="truncate-end">
          {fit("Countries come from plugins: country-malaysia, country-philippines or asean.", state.width)}
        </Text>
      </Box>
    )
  const label = 14
  const fits = Math.max(1, Math.floor((state.width - label) / 5))
  const years = Array.from({ length: c.to - c.from + 1 }, (_, i) => c.from + i).slice(-fits)
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        {fit(
          `US TIP Report tier by year (● the country's tier; · another tier; – not ranked; blank no data)${unknown ? ` ${unknown}` : ""}`,
          state.width,
        )}
      </Text>
      <Text bold wrap="truncate-end">
        {fit("", label)}
        {years.map((y) => fit(String(y), 5, "right")).join("")}
      </Text>
      {visible(c.countries, state.countries.list, countryRows(state)).map((x) => {
        const tiers = new Map(
          x.tiers.map((t) => [t.year, t.tier === null ? undefined : normaliseTier(t.tier)]),
        )
        return (
          <Box key={x.country} flexDirection="column">
            {TIERS.map((tier, i) => (
              <Text key={tier} wrap="truncate-end">
                {fit(i === 0 ? x.country : "", 5)}
                {fit(`Tier ${tier}`, label - 5)}
                {years
                  .map((y) => {
                    const at = tiers.get(y)
                    const mark = at === undefined ? "" : at === tier ? "●" : TIERS.includes(at) ? "·" : "–"
                    return fit(mark, 5, "right")
                  })
                  .join("")}
              </Text>
            ))}
            <Text> </Text>
          </Box>
        )
      })}
    </Box>
  )
}

import { Box, Text } from "ink"
import { fit } from "../components/Line.js"
import { countryRows, TIERS, timeline } from "../state/countries.js"
import { visible } from "../state/list.js"
import type { State } from "../state/types.js"

/** Tier timeline: one row per tier, one column per year, `●` where the country stood that year. */
export const Countries = ({ state }: { state: State }) => {
  const p = state.data
  if (!p) return <Text>loading…</Text>
  const t = timeline(p)
  if (t.countries.length === 0)
    return <Text>No TIP tiers stored yet: import statistics with the indicator tip.tier.</Text>
  const label = 14
  const fits = Math.max(1, Math.floor((state.width - label) / 5))
  const years = t.years.slice(-fits)
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        {fit(
          "US TIP Report tier by year (● = the country's tier; · = another tier; blank = no data)",
          state.width,
        )}
      </Text>
      <Text bold wrap="truncate-end">
        {fit("", label)}
        {years.map((y) => fit(String(y), 5, "right")).join("")}
      </Text>
      {visible(t.countries, state.countries, countryRows(state)).map((c) => (
        <Box key={c.country} flexDirection="column">
          {TIERS.map((tier, i) => (
            <Text key={tier} wrap="truncate-end">
              {fit(i === 0 ? c.country : "", 5)}
              {fit(`Tier ${tier}`, label - 5)}
              {years
                .map((y) => {
                  const at = c.tiers.get(y)
                  return fit(at === undefined ? "" : at === tier ? "●" : "·", 5, "right")
                })
                .join("")}
            </Text>
          ))}
          <Text> </Text>
        </Box>
      ))}
    </Box>
  )
}

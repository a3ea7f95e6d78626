/**
 * How numbers and labels read in a rendering. Renderers format; they never compute: every number shown comes
 * from the findings model.
 */

/** A number for reading: integers as they are, fractions to `digits` decimals; `null` as an em dash. */
export const number = (x: number | null | undefined, digits = 2): string => {
  if (x === null || x === undefined || Number.isNaN(x)) return "—"
  if (Number.isInteger(x)) return String(x)
  return x.toFixed(digits)
}

/** A proportion (0.05) as a percentage (5 %). */
export const percent = (x: number | null | undefined): string =>
  x === null || x === undefined ? "—" : `${Math.round(x * 1000) / 10} %`

export const cell = (x: string | number | null | undefined, digits = 2): string =>
  typeof x === "number" ? number(x, digits) : (x ?? "—")

const groupLabels: Record<string, string> = {
  government: "Government",
  enforcement: "Enforcement",
  academic: "Academic",
  ngo: "NGO",
  "international-organisation": "International organisation",
  shelter: "Shelter",
  survivor: "Survivor",
  other: "Other",
}

/** A participant group as a reader would write it (`ngo` → NGO). */
export const group = (g: string): string => groupLabels[g] ?? g

const kindLabels: Record<string, string> = {
  value: "value",
  factor: "factor",
  area: "area",
  free: "code",
}
export const kind = (k: string): string => kindLabels[k] ?? k

/** A heading for the kinds of theme when no research questions group them. */
export const kindHeading: Record<string, string> = {
  value: "Value deficits",
  factor: "Organisational and structural factors",
  area: "Implementation areas",
  free: "Other codes",
}

/** Joins a list for running text: `a, b and c`. */
export const list = (xs: ReadonlyArray<string>): string =>
  xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`

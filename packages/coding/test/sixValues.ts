/**
 * A six-value framework (nothing in the learned engine may assume the reference framework's five) and passages
 * for it from a fixed vocabulary: four per value, each with the factor that drives it, and ten with no deficit.
 */
export const values = ["a", "b", "c", "d", "e", "f"]

export const framework = {
  values: values.map((v) => ({ id: `x/${v}`, name: `value ${v}` })),
  factors: values.map((v) => ({ id: `x/${v}-factor`, name: `factor ${v}`, drives: [`x/${v}`] })),
}

const topics: Record<string, ReadonlyArray<string>> = {
  a: ["bribes", "payroll", "kickbacks", "envelopes"],
  b: ["verdict", "hearing", "prosecutor", "adjourned"],
  c: ["shelter", "counsellor", "interpreter", "clinic"],
  d: ["campaign", "leaflets", "radio", "posters"],
  e: ["meetings", "minutes", "partners", "sharing"],
  f: ["ledger", "disclosure", "published", "accounts"],
}
const fillers = ["we", "saw", "that", "again", "last", "year", "in", "the", "district", "office"]

export const passages: ReadonlyArray<{ readonly text: string; readonly codes: ReadonlyArray<string> }> = [
  ...Object.entries(topics).flatMap(([v, words]) =>
    words.map((w, i) => ({
      text: `${fillers[i]} ${w} ${words[(i + 1) % words.length]} ${fillers[(i + 3) % fillers.length]} ${w}.`,
      codes: [`x/${v}`, `x/${v}-factor`],
    })),
  ),
  ...fillers.map((w, i) => ({
    text: `${w} ${fillers[(i + 1) % fillers.length]} weather ${fillers[(i + 2) % fillers.length]} lunch.`,
    codes: [],
  })),
]

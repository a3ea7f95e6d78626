/**
 * The framework's factor → value links as the rule auto-coder applies them (DESIGN §3: each organisational factor
 * drives a value deficit). Evidence the lexicons find for a factor supports the value it drives, and evidence for
 * a value supports the factors that drive it: a passage the rules give one code of a linked pair also gets its
 * partner, on the same words (the explanation's matches), with the link named in its note ("Empathy, through
 * the link Organisational and logistical barriers → Empathy"). The learned engine joins its two heads through the same links
 * (`Model.read`). Nothing here assumes how many values or factors there are.
 */
import type { Framework } from "./Model.js"

/** A code's partner across a link. */
export interface Partner {
  readonly code: string
  /** The share of the code's score the partner gets: one over the number of partners on that side of the link. */
  readonly share: number
  /**
   * The note of a suggestion this partner's evidence made, naming the link ("Integrity, through the link Weak
   * monitoring → Integrity"): one string per link, however many suggestions carry it.
   */
  readonly note: string
}

/** Each linked code's partners. */
export type Links = ReadonlyMap<string, ReadonlyArray<Partner>>

export const fromFramework = (framework: Framework): Links => {
  const names = new Map([...framework.values, ...framework.factors].map((c) => [c.id, c.name] as const))
  const out = new Map<string, Partner[]>()
  const add = (code: string, partner: Partner) => {
    const list = out.get(code)
    if (list) list.push(partner)
    else out.set(code, [partner])
  }
  for (const factor of framework.factors) {
    const drives = factor.drives.filter((v) => names.has(v))
    for (const value of drives) {
      const drivers = framework.factors.filter((f) => f.drives.includes(value)).length
      const link = `through the link ${factor.name} → ${names.get(value)}`
      add(factor.id, { code: value, share: 1 / drives.length, note: `${names.get(value)}, ${link}` })
      add(value, { code: factor.id, share: 1 / drivers, note: `${factor.name}, ${link}` })
    }
  }
  return out
}

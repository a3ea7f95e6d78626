/**
 * Handles: short names a researcher types in place of ids (`agc-1` for a source imported from `AGC 1.txt`).
 * A source's handle is the slug of its file name (without folder or extension), or of its title when it came
 * from no file; when two sources share a slug, the later one in import order gets `-2`, `-3`, …, so handles
 * already in use never change as sources are added.
 */

/** Lower case ASCII letters and digits joined by `-`: `Interview AGC 1.txt` → `interview-agc-1-txt`. */
export const slug = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")

/** The first free name of `base`, `base-2`, `base-3`, … */
export const unique = (base: string, taken: ReadonlySet<string>): string => {
  let name = base
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`
  return name
}

export interface Named {
  readonly id: string
  readonly title: string
  readonly fileName?: string | undefined
  readonly position: number
}

const stem = (fileName: string): string => {
  const base = fileName.split(/[\\/]/).at(-1) ?? fileName
  const dot = base.lastIndexOf(".")
  return dot > 0 ? base.slice(0, dot) : base
}

/** Each source's handle, by id. */
export const forSources = (sources: ReadonlyArray<Named>): ReadonlyMap<string, string> => {
  const taken = new Set<string>()
  const out = new Map<string, string>()
  for (const s of [...sources].sort((a, b) => a.position - b.position)) {
    const handle = unique(slug(s.fileName ? stem(s.fileName) : s.title) || "source", taken)
    taken.add(handle)
    out.set(s.id, handle)
  }
  return out
}

export interface Entry {
  readonly id: string
  readonly handle: string
}

export type Resolved =
  | { readonly _tag: "Found"; readonly id: string }
  | { readonly _tag: "Ambiguous"; readonly candidates: ReadonlyArray<Entry> }
  | { readonly _tag: "Missing" }

/**
 * What a name typed by a person refers to: an exact id, an exact handle (in any case, or its slug: `AGC 1`
 * finds `agc-1`), else the one id or handle it is the beginning of, else the one handle with a word that
 * begins with it.
 */
export const resolve = (query: string, entries: ReadonlyArray<Entry>): Resolved => {
  const q = query.trim()
  const exact = entries.find((e) => e.id === q) ?? entries.find((e) => e.handle === slug(q))
  if (exact) return { _tag: "Found", id: exact.id }
  const lower = q.toLowerCase()
  const s = slug(q)
  const prefixed = entries.filter(
    (e) =>
      (lower.length > 0 && e.id.toLowerCase().startsWith(lower)) || (s.length > 0 && e.handle.startsWith(s)),
  )
  if (prefixed.length === 1) return { _tag: "Found", id: prefixed[0]!.id }
  if (prefixed.length > 1) return { _tag: "Ambiguous", candidates: prefixed }
  // then the words it starts with anywhere in a handle: `agc-1` finds `05-agc-1`
  const inside = s.length > 0 ? entries.filter((e) => `-${e.handle}`.includes(`-${s}`)) : []
  if (inside.length === 1) return { _tag: "Found", id: inside[0]!.id }
  return inside.length > 1 ? { _tag: "Ambiguous", candidates: inside } : { _tag: "Missing" }
}

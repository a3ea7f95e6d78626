/** Identifiers. Random ids for things a person creates; stable ids for things derived from content. */
import { createHash, randomBytes, randomUUID } from "node:crypto"

/** A new random id with a readable prefix: `seg_3f9a…`. */
export const make = (prefix: string): string => `${prefix}_${randomUUID().replaceAll("-", "")}`

/**
 * A generator of new ids for a batch: `cod_<time><random><counter>`, every id unique like `make`'s but in
 * ascending order within the batch (and after any batch begun in an earlier millisecond). Databases insert ascending keys at the end of
 * their indexes instead of at random places, which makes writing hundreds of thousands of rows several times
 * faster.
 */
export const sequence = (prefix: string): (() => string) => {
  const stem = `${prefix}_${Date.now().toString(36).padStart(9, "0")}${randomBytes(6).toString("hex")}`
  let n = 0
  return () => `${stem}${(n++).toString(36).padStart(7, "0")}`
}

/** SHA-256 of a string, hex. */
export const sha256 = (text: string | Uint8Array): string => createHash("sha256").update(text).digest("hex")

/** A deterministic id from its parts, so the same content always gets the same id. */
export const stable = (prefix: string, ...parts: ReadonlyArray<string | number>): string =>
  `${prefix}_${sha256(parts.join("\u0000")).slice(0, 24)}`

/**
 * A deterministic RFC 4122 version-5-style GUID (SHA-1 based) from a name, so a project exports the same
 * GUIDs every time (REFI-QDA wants GUIDs; ATLAS.ti regenerates them on every export, which breaks merges).
 */
export const guid = (name: string): string => {
  const h = createHash("sha1").update("valuelens:").update(name).digest()
  h[6] = (h[6]! & 0x0f) | 0x50
  h[8] = (h[8]! & 0x3f) | 0x80
  const x = h.subarray(0, 16).toString("hex")
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`
}

/** Plugin-contributed ids are namespaced: `vd/integrity`, `mys/...`. */
export const isNamespaced = (id: string): boolean => /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-/]*$/.test(id)

export const namespaceOf = (id: string): string | undefined =>
  isNamespaced(id) ? id.split("/")[0] : undefined

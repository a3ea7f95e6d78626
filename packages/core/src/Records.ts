/**
 * Records keyed by names read from files (front matter keys, roster columns, case variables, XML attributes).
 * Such a name may be `__proto__`, `constructor` or `toString`; on a plain `{}` these reach into
 * `Object.prototype`, so they are kept in records without a prototype and read only as own keys.
 */

/** An empty record with no prototype: every key, whatever its name, is plain data. */
export const empty = <V>(): Record<string, V> => Object.create(null) as Record<string, V>

/** A prototype-free record of the entries (a later entry with the same key wins). */
export const fromEntries = <V>(entries: Iterable<readonly [string, V]>): Record<string, V> => {
  const out = empty<V>()
  for (const [k, v] of entries) out[k] = v
  return out
}

/** The value under `key` when the record itself holds it (never one inherited from `Object.prototype`). */
export const get = <V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined

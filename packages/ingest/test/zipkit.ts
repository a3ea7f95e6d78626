/**
 * A tiny zip writer for tests that need archives no honest tool would write: names that climb out of the
 * archive, headers that lie about sizes, bombs.
 */
import { crc32 } from "node:zlib"
import { deflateSync } from "fflate"

export interface RawEntry {
  readonly name: string
  readonly data: Uint8Array
  readonly method?: 0 | 8
  /** What the headers claim the uncompressed size is (default: the truth). */
  readonly declaredSize?: number
}

const le16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff]
const le32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]

export const makeZip = (entries: ReadonlyArray<RawEntry>): Uint8Array => {
  const enc = new TextEncoder()
  const local: number[] = []
  const central: number[] = []
  for (const e of entries) {
    const method = e.method ?? 8
    const body = method === 8 ? deflateSync(e.data) : e.data
    const name = enc.encode(e.name)
    const crc = crc32(e.data) >>> 0
    const size = e.declaredSize ?? e.data.length
    const offset = local.length
    const common = [
      ...le16(20),
      ...le16(0x0800),
      ...le16(method),
      ...le16(0),
      ...le16(0x21),
      ...le32(crc),
      ...le32(body.length),
      ...le32(size),
      ...le16(name.length),
      ...le16(0),
    ]
    local.push(...le32(0x04034b50), ...common, ...name, ...body)
    central.push(
      ...le32(0x02014b50),
      ...le16(20),
      ...common,
      ...le16(0),
      ...le16(0),
      ...le16(0),
      ...le32(0),
      ...le32(offset),
      ...name,
    )
  }
  const end = [
    ...le32(0x06054b50),
    ...le16(0),
    ...le16(0),
    ...le16(entries.length),
    ...le16(entries.length),
    ...le32(central.length),
    ...le32(local.length),
    ...le16(0),
  ]
  return new Uint8Array([...local, ...central, ...end])
}

export const utf8 = (s: string) => new TextEncoder().encode(s)

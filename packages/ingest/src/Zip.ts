/**
 * Reading and writing zip archives (`.qdpx`, `.docx`) safely. The reader trusts nothing in the file: it reads
 * the central directory first and refuses path traversal, encrypted or unknown entries, and archives over the
 * limits (entries, unpacked bytes, compression ratio) before inflating a single byte; while inflating it stops
 * at the size the directory declared, so a header that lies about its size cannot blow up memory either.
 */
import { crc32 } from "node:zlib"
import { BadInput, Limits } from "@valuelens/core"
import { Effect } from "effect"
import { Inflate, zipSync } from "fflate"
import type { IngestReason } from "./Reasons.js"

// A small, very repetitive file (an XML manifest) is harmless whatever its ratio.
const RATIO_FLOOR_BYTES = 1024 * 1024

export interface Entry {
  readonly name: string
  readonly method: number
  readonly compressedSize: number
  readonly size: number
  readonly crc: number
  readonly localHeaderOffset: number
}

export interface Archive {
  readonly file: string
  readonly entries: ReadonlyArray<Entry>
  /** The entry's bytes, inflated within its declared size and checked against its CRC-32. */
  readonly read: (entry: Entry) => Effect.Effect<Uint8Array, BadInput>
  /** Inflates the entry within its declared size, keeping nothing. */
  readonly count: (entry: Entry) => Effect.Effect<void, BadInput>
}

const bad = (file: string, reason: IngestReason, message: string, field?: string) =>
  new BadInput({ reason, file, message: `${file}: ${message}`, ...(field ? { field } : {}) })

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8)
const u32 = (b: Uint8Array, o: number) =>
  (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0

const utf8 = new TextDecoder("utf-8")

/**
 * Why an entry name is unsafe, or undefined when it is a plain relative path. Backslashes count as separators
 * because Windows tools write them and Windows extractors honour them.
 */
export const unsafeName = (name: string): string | undefined => {
  if (name.length === 0) return "an empty name"
  if (name.includes("\u0000")) return "a NUL character"
  const path = name.replaceAll("\\", "/")
  if (path.startsWith("/")) return "an absolute path"
  if (/^[A-Za-z]:/.test(path)) return "a drive letter"
  if (path.split("/").some((part) => part === "..")) return "a '..' step out of the archive"
  return undefined
}

/** Opens an archive from its bytes, checking every entry before anything is inflated. */
export const open = (
  bytes: Uint8Array,
  file: string,
  limits: Limits.Limits = Limits.defaults,
): Effect.Effect<Archive, BadInput> =>
  Effect.suspend(() => {
    const fail = (reason: IngestReason, message: string, field?: string) =>
      Effect.fail(bad(file, reason, message, field))
    // End of central directory: 22 bytes plus a comment of up to 65,535 bytes, at the very end.
    let eocd = -1
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--)
      if (u32(bytes, i) === 0x06054b50) {
        eocd = i
        break
      }
    if (eocd < 0)
      return fail("not-a-zip", "not a zip archive (no end of central directory); expected a .qdpx file")
    const disk = u16(bytes, eocd + 4)
    const cdDisk = u16(bytes, eocd + 6)
    const count = u16(bytes, eocd + 10)
    const cdSize = u32(bytes, eocd + 12)
    const cdOffset = u32(bytes, eocd + 16)
    if (disk !== 0 || cdDisk !== 0)
      return fail("unsupported-zip", "multi-volume zip archives are not supported")
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
      return fail(
        "unsupported-zip",
        "ZIP64 archives are not supported (a .qdpx this large exceeds the limits)",
      )
    if (count > limits.zipEntries)
      return Effect.fail(Limits.exceeded(file, "zipEntries", limits, `${count} entries`))
    if (cdOffset + cdSize > eocd) return fail("corrupt-zip", "the central directory lies outside the file")
    const entries: Entry[] = []
    const seen = new Set<string>()
    let total = 0
    let p = cdOffset
    for (let k = 0; k < count; k++) {
      if (p + 46 > eocd || u32(bytes, p) !== 0x02014b50)
        return fail("corrupt-zip", `central directory entry ${k + 1} is damaged`)
      const flags = u16(bytes, p + 8)
      const method = u16(bytes, p + 10)
      const crc = u32(bytes, p + 16)
      const compressedSize = u32(bytes, p + 20)
      const size = u32(bytes, p + 24)
      const nameLength = u16(bytes, p + 28)
      const extraLength = u16(bytes, p + 30)
      const commentLength = u16(bytes, p + 32)
      const localHeaderOffset = u32(bytes, p + 42)
      const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength))
      p += 46 + nameLength + extraLength + commentLength
      const unsafe = unsafeName(name)
      if (unsafe)
        return fail(
          "path-traversal",
          `entry "${name}" has ${unsafe}; refusing an archive that writes outside itself`,
          name,
        )
      if (seen.has(name)) return fail("corrupt-zip", `entry "${name}" appears twice`, name)
      seen.add(name)
      if (name.endsWith("/")) continue
      if (flags & 1) return fail("unsupported-zip", `entry "${name}" is encrypted`, name)
      if (method !== 0 && method !== 8)
        return fail(
          "unsupported-zip",
          `entry "${name}" uses compression method ${method}; expected stored or deflate`,
          name,
        )
      if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff)
        return fail("unsupported-zip", `entry "${name}" needs ZIP64, which is not supported`, name)
      if (size > limits.unpackedBytes)
        return Effect.fail(
          Limits.exceeded(file, "unpackedBytes", limits, `entry "${name}" unpacking to ${size} bytes`),
        )
      if (size > RATIO_FLOOR_BYTES && size / Math.max(compressedSize, 1) > limits.compressionRatio)
        return Effect.fail(
          Limits.exceeded(
            file,
            "compressionRatio",
            limits,
            `entry "${name}" expanding ${Math.round(size / Math.max(compressedSize, 1))}:1`,
          ),
        )
      if (method === 0 && size !== compressedSize)
        return fail("corrupt-zip", `stored entry "${name}" declares different sizes`, name)
      total += size
      if (total > limits.unpackedBytes)
        return Effect.fail(
          Limits.exceeded(file, "unpackedBytes", limits, `the archive unpacking to more than ${total} bytes`),
        )
      entries.push({ name, method, compressedSize, size, crc, localHeaderOffset })
    }
    const unpack = (entry: Entry, keep: boolean): Effect.Effect<Uint8Array | undefined, BadInput> =>
      Effect.suspend(() => {
        const h = entry.localHeaderOffset
        if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50)
          return fail("corrupt-zip", `entry "${entry.name}" has no local header`, entry.name)
        const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28)
        const data = bytes.subarray(start, start + entry.compressedSize)
        if (data.length !== entry.compressedSize)
          return fail("corrupt-zip", `entry "${entry.name}" is truncated`, entry.name)
        const inflated =
          entry.method === 0
            ? { out: data, length: data.length, crc: crc32(data) >>> 0 }
            : inflateBounded(data, entry.size, keep)
        if (inflated === undefined)
          return fail(
            "zip-bomb",
            `entry "${entry.name}" unpacks to more than the ${entry.size} bytes its header declares`,
            entry.name,
          )
        if (inflated instanceof Error)
          return fail(
            "corrupt-zip",
            `entry "${entry.name}" is not valid deflate data (${inflated.message})`,
            entry.name,
          )
        if (inflated.length !== entry.size)
          return fail(
            "corrupt-zip",
            `entry "${entry.name}" unpacks to ${inflated.length} bytes, not ${entry.size}`,
            entry.name,
          )
        if (inflated.crc !== entry.crc)
          return fail("corrupt-zip", `entry "${entry.name}" fails its CRC-32 check`, entry.name)
        return Effect.succeed(inflated.out)
      })
    return Effect.succeed({
      file,
      entries,
      read: (entry) => Effect.map(unpack(entry, true), (out) => out ?? new Uint8Array(0)),
      count: (entry) => Effect.asVoid(unpack(entry, false)),
    })
  })

/**
 * Inflates every entry of an archive without keeping the output, counting bytes as they come, and refuses it as
 * soon as the count passes what its headers declared (which `open` has held to the limits). For archives that
 * another library will unpack again (`.docx` through mammoth): a bomb is stopped here, in little memory.
 */
export const check = (
  bytes: Uint8Array,
  file: string,
  limits: Limits.Limits = Limits.defaults,
): Effect.Effect<void, BadInput> =>
  Effect.flatMap(open(bytes, file, limits), (archive) =>
    Effect.forEach(archive.entries, (entry) => archive.count(entry), { discard: true }),
  )

// Deflate expands at most ~1032:1, so feeding 16 KiB at a time bounds each step's output to about 16 MiB.
const STEP = 16 * 1024

/**
 * Inflates raw deflate data, giving up (undefined) as soon as the output exceeds `limit` bytes; the output is
 * kept only when asked, the CRC-32 is computed as it comes.
 */
const inflateBounded = (
  data: Uint8Array,
  limit: number,
  keep: boolean,
): { out: Uint8Array | undefined; length: number; crc: number } | undefined | Error => {
  const out = keep ? new Uint8Array(limit) : undefined
  let length = 0
  let crc = 0
  let over = false
  const inflater = new Inflate((chunk) => {
    if (over) return
    if (length + chunk.length > limit) {
      over = true
      return
    }
    out?.set(chunk, length)
    crc = crc32(chunk, crc)
    length += chunk.length
  })
  try {
    for (let i = 0; i < data.length && !over; i += STEP) {
      const end = Math.min(i + STEP, data.length)
      inflater.push(data.subarray(i, end), end === data.length)
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true)
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e))
  }
  return over ? undefined : { out: out?.subarray(0, length), length, crc: crc >>> 0 }
}

/** Zip entry times are local DOS times; a fixed one keeps the same project's export byte-identical. */
const FIXED_TIME = new Date(2000, 0, 1, 0, 0, 0)

/** Builds an archive from named files (deflated), in the order given. */
export const write = (files: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array =>
  zipSync(Object.fromEntries(files.map(([name, data]) => [name, [data, { mtime: FIXED_TIME }]])), {
    level: 6,
  })

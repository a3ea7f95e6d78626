import { type BadInput, Limits } from "@valuelens/core"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { Zip } from "../src/index.js"
import { makeZip, utf8 } from "./zipkit.js"

const run = <A, E>(e: Effect.Effect<A, E>) => Effect.runPromise(e as Effect.Effect<A>)
const failure = <A>(e: Effect.Effect<A, BadInput>) => Effect.runPromise(Effect.flip(e))

const small: Limits.Limits = { ...Limits.defaults, unpackedBytes: 6_000_000 }

describe("Zip", () => {
  it("reads back what it writes, byte for byte, and writes the same bytes twice", async () => {
    const files = [
      ["project.qde", utf8("<Project/>")],
      ["sources/a.txt", utf8("Saya tidak tahu 😔\n".repeat(100))],
    ] as const
    const bytes = Zip.write(files)
    expect(Zip.write(files)).toEqual(bytes)
    const archive = await run(Zip.open(bytes, "x.qdpx"))
    expect(archive.entries.map((e) => e.name)).toEqual(["project.qde", "sources/a.txt"])
    expect(new TextDecoder().decode(await run(archive.read(archive.entries[1]!)))).toBe(
      "Saya tidak tahu 😔\n".repeat(100),
    )
  })

  it.each([
    ["../evil.txt", "a '..' step"],
    ["sources/../../evil.txt", "a '..' step"],
    ["..\\..\\evil.txt", "a '..' step"],
    ["/etc/passwd", "an absolute path"],
    ["C:/Windows/evil.dll", "a drive letter"],
  ])("refuses the entry name %s", async (name, why) => {
    const bytes = makeZip([
      { name: "project.qde", data: utf8("<Project/>") },
      { name, data: utf8("x") },
    ])
    const e = await failure(Zip.open(bytes, "evil.qdpx"))
    expect(e.reason).toBe("path-traversal")
    expect(e.message).toContain(why)
  })

  it("refuses a bomb by its compression ratio before inflating it", async () => {
    const bytes = makeZip([{ name: "sources/zeros.txt", data: new Uint8Array(3_000_000) }])
    const e = await failure(Zip.open(bytes, "bomb.qdpx", small))
    expect(e.reason).toBe("limit-exceeded")
    expect(e.field).toBe("limits.compressionRatio")
    expect(e.message).toMatch(
      /^bomb\.qdpx: entry "sources\/zeros\.txt" expanding \d+:1 is more than the limit compressionRatio = 200; .*"limits": \{ "compressionRatio": 800 \}/,
    )
  })

  it("refuses an entry, or a total, larger than allowed", async () => {
    const random = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 2654435761) >>> 24)
    const big = makeZip([{ name: "a.txt", data: random(10), declaredSize: 7_000_000 }])
    expect((await failure(Zip.open(big, "big.qdpx", small))).message).toContain(
      'big.qdpx: entry "a.txt" unpacking to 7000000 bytes is more than the limit unpackedBytes = 6000000',
    )
    const many = makeZip([
      { name: "a.txt", data: random(10), declaredSize: 3_500_000, method: 8 },
      { name: "b.txt", data: random(10), declaredSize: 3_500_000, method: 8 },
    ])
    const e = await failure(Zip.open(many, "many.qdpx", { ...small, compressionRatio: 1e9 }))
    expect(e.message).toContain(
      "the archive unpacking to more than 7000000 bytes is more than the limit unpackedBytes",
    )
  })

  it("stops inflating where a lying header said the entry ends", async () => {
    // declares 1,000 bytes but inflates to 3 MB: the directory check passes, inflation must not
    const bytes = makeZip([{ name: "liar.txt", data: new Uint8Array(3_000_000), declaredSize: 1_000 }])
    const archive = await run(Zip.open(bytes, "liar.qdpx", small))
    const e = await failure(archive.read(archive.entries[0]!))
    expect(e.reason).toBe("zip-bomb")
    expect(e.message).toContain("more than the 1000 bytes its header declares")
  })

  it("counts a lying entry while inflating it, keeping nothing", async () => {
    const bytes = makeZip([
      { name: "word/document.xml", data: utf8("<w:document/>") },
      { name: "word/liar.xml", data: new Uint8Array(3_000_000), declaredSize: 2_000 },
    ])
    const e = await failure(Zip.check(bytes, "bomb.docx", small))
    expect(e.reason).toBe("zip-bomb")
    expect(e.message).toBe(
      'bomb.docx: entry "word/liar.xml" unpacks to more than the 2000 bytes its header declares',
    )
    await run(Zip.check(makeZip([{ name: "a.xml", data: utf8("<a/>") }]), "ok.docx"))
  })

  it("refuses more entries than the limit", async () => {
    const bytes = makeZip([1, 2, 3].map((n) => ({ name: `${n}.txt`, data: utf8("x") })))
    const e = await failure(Zip.open(bytes, "many.qdpx", { ...Limits.defaults, zipEntries: 2 }))
    expect(e.message).toMatch(/^many\.qdpx: 3 entries is more than the limit zipEntries = 2; /)
  })

  it("answers a file that is not a zip", async () => {
    const e = await failure(Zip.open(utf8("not a zip at all"), "plain.qdpx"))
    expect(e.reason).toBe("not-a-zip")
  })

  it("detects a damaged entry by its CRC-32", async () => {
    const bytes = makeZip([{ name: "a.txt", data: utf8("hello world"), method: 0 }])
    bytes[30 + "a.txt".length] = "j".charCodeAt(0)
    const archive = await run(Zip.open(bytes, "crc.qdpx"))
    expect((await failure(archive.read(archive.entries[0]!))).message).toContain("CRC-32")
  })
})

/** A small project for exchange tests: one text, one coded segment, and the codes and memos a test names. */
import type { Code, Memo } from "@valuelens/core"
import { Ids } from "@valuelens/core"
import type { Store } from "@valuelens/store"
import { Effect } from "effect"

export const at = "2026-03-01T09:00:00.000Z"
export const text = "AGC 2: Mahkamah khas terlalu sedikit, kes lambat.\nPeranan NGO perlu jelas."

/** Codes, a coder `alice`, source `s1`, segment `g1` coded with `codedWith`, and the memos (by alice). */
export const seed = (
  store: Store,
  codes: ReadonlyArray<Code>,
  codedWith: string,
  memos: ReadonlyArray<Omit<Memo, "author" | "createdAt">>,
) =>
  Effect.gen(function* () {
    yield* store.codes.insert(codes)
    yield* store.coders.ensure({ id: "alice", name: "Alice", engine: false })
    yield* store.sources.insert([
      {
        id: "s1",
        kind: "document",
        title: "AGC 2",
        text,
        hash: Ids.sha256(text),
        metadata: {},
        position: 0,
        importedAt: at,
      },
    ])
    yield* store.segments.insert([{ id: "g1", sourceId: "s1", start: 7, end: 36, text: text.slice(7, 36) }])
    yield* store.codings.insert([
      {
        id: "c1",
        segmentId: "g1",
        codeId: codedWith,
        coderId: "alice",
        status: "accepted",
        origin: "manual",
        createdAt: at,
        updatedAt: at,
      },
    ])
    for (const m of memos) yield* store.memos.insert({ ...m, author: "alice", createdAt: at })
  })

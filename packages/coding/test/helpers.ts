import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type Code, Ids, type Participant, type Source, Text, type Turn } from "@valuelens/core"
import { Project, type Store } from "@valuelens/store"
import { Effect, Exit } from "effect"

export const tempDir = (prefix = "vl-coding-") => mkdtempSync(join(tmpdir(), prefix))

/** Runs `f` against a fresh project's store and closes it after. */
export const withStore = async <A>(f: (s: Store) => Effect.Effect<A, unknown>): Promise<A> => {
  const p = await Effect.runPromise(Project.create(join(tempDir(), "p"), { name: "t", plugins: [] }))
  try {
    return await Effect.runPromise(f(p.store) as Effect.Effect<A>)
  } finally {
    await Effect.runPromise(p.store.close())
  }
}

/** Runs an effect expected to fail and returns its typed error. */
export const failureOf = <A, E>(effect: Effect.Effect<A, E>): Effect.Effect<E> =>
  Effect.map(Effect.exit(effect), (exit) => {
    if (Exit.isSuccess(exit)) throw new Error(`expected a failure, got ${JSON.stringify(exit.value)}`)
    const found = exit.cause.reasons.find((r) => r._tag === "Fail")
    if (found?._tag !== "Fail") throw new Error(`expected a typed failure, got ${String(exit.cause)}`)
    return found.error
  })

export const code = (id: string, kind: Code["kind"] = "value"): Code => ({ id, name: id, kind })

/**
 * An interview from `Speaker: text` lines; turns are recorded with their offsets (code points), the speaker
 * label included, as an importer records them.
 */
export const interview = (
  id: string,
  participant: Participant,
  lines: ReadonlyArray<readonly [speaker: string, text: string]>,
  extra: Partial<Source> = {},
): { source: Source; turns: Turn[] } => {
  let text = ""
  const turns: Turn[] = []
  lines.forEach(([speaker, body], index) => {
    const start = Text.codePointLength(text)
    text += `${speaker}: ${body}`
    const end = Text.codePointLength(text)
    text += "\n"
    turns.push({ sourceId: id, index, speaker, start, end, interviewer: speaker === "Interviewer" })
  })
  return {
    source: {
      id,
      kind: "interview",
      title: id,
      text,
      hash: Ids.sha256(text),
      participantId: participant.id,
      language: "en",
      metadata: {},
      position: 0,
      importedAt: "2026-01-01T00:00:00Z",
      ...extra,
    },
    turns,
  }
}

export const document = (id: string, text: string, extra: Partial<Source> = {}): Source => ({
  id,
  kind: "document",
  title: id,
  text,
  hash: Ids.sha256(text),
  language: "en",
  metadata: {},
  position: 0,
  importedAt: "2026-01-01T00:00:00Z",
  ...extra,
})

export const agc1: Participant = { id: "AGC 1", group: "government", attributes: {} }

/** A question and AGC 1's answer: 44 code points of question, then 76 of answer (120 in all). */
export const agcInterview = () =>
  interview("iv1", agc1, [
    ["Interviewer", "How do agencies work together?"],
    ["AGC 1", "The role of NGOs has to be defined clearly. Otherwise nothing moves."],
  ])

/** Inserts participants, interviews (with turns), documents and codes. */
export const seed = (
  s: Store,
  data: {
    participants?: ReadonlyArray<Participant>
    interviews?: ReadonlyArray<{ source: Source; turns: Turn[] }>
    documents?: ReadonlyArray<Source>
    codes?: ReadonlyArray<Code>
  },
) =>
  Effect.gen(function* () {
    yield* s.participants.insert(data.participants ?? [])
    yield* s.sources.insert([...(data.interviews ?? []).map((i) => i.source), ...(data.documents ?? [])])
    yield* s.turns.insert((data.interviews ?? []).flatMap((i) => i.turns))
    yield* s.codes.insert(data.codes ?? [])
  })

/** A project in the terms REFI-QDA carries, for comparing two projects field by field. */
import type { Store } from "@valuelens/store"
import { Effect } from "effect"
import { Export } from "../src/index.js"

/** The project in terms that survive REFI-QDA: codes by path, sources by title, segments by span. */
export const snapshot = (store: Store) =>
  Effect.gen(function* () {
    const codeList = yield* store.codes.list()
    const byId = new Map(codeList.map((c) => [c.id, c]))
    const path = (id: string): string => {
      const c = byId.get(id)!
      return c.parentId ? `${path(c.parentId)}/${c.name}` : c.name
    }
    const notCodable = ((yield* store.settings.get(Export.NOT_CODABLE_SETTING)) as string[] | undefined) ?? []
    const srcs = yield* store.sources.listWithText()
    const title = new Map(srcs.map((s) => [s.id, s.title]))
    const segs = yield* store.segments.all()
    const where = new Map(segs.map((s) => [s.id, `${title.get(s.sourceId)} ${s.start}-${s.end}`]))
    const sort = <A>(xs: A[]) => xs.map((x) => JSON.stringify(x)).sort()
    return {
      codes: sort(
        codeList.map((c) => ({
          path: path(c.id),
          description: c.description,
          colour: c.colour,
          kind: c.kind,
          codable: !notCodable.includes(c.id),
        })),
      ),
      sources: sort(
        srcs.map(({ title, kind, text, participantId, language, country, year, documentType }) => ({
          title,
          kind,
          text,
          participantId,
          language,
          country,
          year,
          documentType,
        })),
      ),
      segments: sort(segs.map((s) => ({ at: where.get(s.id), text: s.text }))),
      codings: sort(
        (yield* store.codings.list()).map((c) => ({
          at: where.get(c.segmentId),
          code: path(c.codeId),
          coder: c.coderId,
        })),
      ),
      participants: yield* store.participants.list(),
      memos: sort(
        (yield* store.memos.list()).map((m) => ({
          on:
            m.target === "code"
              ? path(m.targetId!)
              : m.target === "source"
                ? title.get(m.targetId!)
                : m.target === "segment"
                  ? where.get(m.targetId!)
                  : "project",
          title: m.title,
          text: m.text,
          author: m.author,
        })),
      ),
    }
  })

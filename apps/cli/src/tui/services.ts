/**
 * Services: every effect the terminal UI performs, behind one small interface, and its implementation over a
 * project and its plugins. This is the only module of the UI that touches I/O. Every write goes through the
 * coding engine (`Review`, `Manual`), so it lands in the same undo log as `valuelens code …` and `valuelens
 * review`: an action done here is undone by `valuelens code undo`, and the other way round. Triangulation,
 * the country comparison and the report come from their packages.
 */
import { join } from "node:path"
import { type Agreement, Codebook, Manual, Review } from "@valuelens/coding"
import type { MemoTarget } from "@valuelens/core"
import { type PluginRegistry, Registry } from "@valuelens/plugin-api"
import type { Project as StoreProject } from "@valuelens/store"
import { Comparison, Project as Triangulation } from "@valuelens/triangulation"
import { Effect } from "effect"
import { writeReport } from "../Reporting.js"
import type {
  CodingInfo,
  CountryComparison,
  ReportFormat,
  Snapshot,
  SourceText,
  StoredAgreement,
} from "./state/data.js"
import type { DefinitionPart } from "./state/types.js"

export interface Services {
  readonly load: () => Promise<Snapshot>
  readonly sourceText: (sourceId: string) => Promise<SourceText>
  /** Each write resolves to a sentence saying what it did. */
  readonly decide: (ids: ReadonlyArray<string>, status: "accepted" | "rejected") => Promise<string>
  readonly edit: (codingId: string, start: number, end: number, codeId: string) => Promise<string>
  readonly code: (sourceId: string, start: number, end: number, codeId: string) => Promise<string>
  readonly uncode: (codingId: string) => Promise<string>
  readonly createCode: (name: string) => Promise<string>
  readonly renameCode: (codeId: string, name: string) => Promise<string>
  readonly mergeCodes: (fromId: string, intoId: string) => Promise<string>
  /** Sets one part of a code's definition (an empty text clears it), or adds an example. */
  readonly describeCode: (codeId: string, part: DefinitionPart, text: string) => Promise<string>
  /** Moves a code under another, or to the top of the tree (undefined). */
  readonly moveCode: (codeId: string, parentId: string | undefined) => Promise<string>
  readonly splitCode: (codeId: string, name: string, codingIds: ReadonlyArray<string>) => Promise<string>
  readonly deleteCode: (codeId: string) => Promise<string>
  readonly addMemo: (target: MemoTarget, targetId: string | undefined, text: string) => Promise<string>
  readonly undo: () => Promise<string>
  readonly redo: () => Promise<string>
  /** The convergence matrix of the project's themes (Farmer et al. 2006). */
  readonly triangulate: () => Promise<Triangulation.Triangulation>
  readonly compare: () => Promise<CountryComparison>
  /** Writes the report into the project's `reports/` folder and resolves to its path, calling `progress`. */
  readonly exportReport: (
    format: ReportFormat,
    progress: (done: number, total: number, step: string) => void,
  ) => Promise<string>
}

/** The figures `valuelens agreement` keeps under `agreement.last`, when they are there. */
const storedAgreement = (value: unknown): StoredAgreement | undefined => {
  const r = value as Partial<Agreement.AgreementReport> | undefined
  return r?.coders && r.overall && r.perCode
    ? {
        coders: r.coders,
        unit: r.unit ?? "turn",
        units: r.units ?? 0,
        overall: r.overall,
        perCode: r.perCode,
      }
    : undefined
}

export interface Workspace {
  readonly project: StoreProject.Project
  readonly registry: PluginRegistry
}

export interface Options {
  /** The person coding (a coder id): manual codings and memos carry it. */
  readonly coder: string
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

export const fromWorkspace = ({ project, registry }: Workspace, options: Options): Services => {
  const store = project.store
  const run = <A, E>(effect: Effect.Effect<A, E>): Promise<A> => Effect.runPromise(effect as Effect.Effect<A>)
  const codeName = (id: string) => store.codes.get(id).pipe(Effect.map((c) => c?.name ?? id))
  /** The code, when a change to it would not be undone by the plugins' next sync (see `Codebook.checkEditable`). */
  const editable = (codeId: string, change: string) =>
    Effect.tap(Manual.getCode(store, codeId), (code) => Codebook.checkEditable(registry, code, change))

  const load = (): Promise<Snapshot> =>
    run(
      Effect.gen(function* () {
        const participants = yield* store.participants.list()
        const groups = new Map(participants.map((p) => [p.id, p.group]))
        const sources = yield* store.sources.list()
        const rows = yield* store.codings.rows()
        const explained = yield* Review.explanations(store)
        const counts = yield* store.counts()
        const lastDone = yield* store.operations.lastDone()
        const firstUndone = yield* store.operations.firstUndone()
        const codings = rows.map(
          (r): CodingInfo => ({
            id: r.codingId,
            segmentId: r.segmentId,
            sourceId: r.sourceId,
            sourceTitle: r.sourceTitle,
            sourceKind: r.sourceKind,
            participantId: r.participantId,
            group: r.group,
            start: r.start,
            end: r.end,
            text: r.text,
            codeId: r.codeId,
            coderId: r.coderId,
            status: r.status,
            origin: r.origin,
            score: r.score,
            matches: explained.get(r.codingId)?.matches ?? [],
            note: explained.get(r.codingId)?.note,
          }),
        )
        return {
          project: project.config.name,
          sources: sources.map((x) => ({
            id: x.id,
            title: x.title,
            kind: x.kind,
            participantId: x.participantId,
            group: x.participantId === undefined ? undefined : groups.get(x.participantId),
            country: x.country,
            position: x.position,
            length: x.length,
          })),
          participants: participants.map((p) => ({ id: p.id, group: p.group })),
          codes: yield* store.codes.list(),
          codings,
          memos: counts.memos,
          guidance: yield* store.guidance.list(),
          memoList: [...(yield* store.memos.list())].sort((a, b) =>
            a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
          ),
          model: Registry.model(registry),
          agreement: storedAgreement(yield* store.settings.get("agreement.last")),
          undo: lastDone?.label,
          redo: firstUndone?.label,
        }
      }),
    )

  return {
    load,
    sourceText: (sourceId) =>
      run(
        Effect.gen(function* () {
          const source = yield* Manual.getSource(store, sourceId)
          return { sourceId, text: source.text, turns: yield* store.turns.forSource(sourceId) }
        }),
      ),

    decide: (ids, status) =>
      run(
        Effect.gen(function* () {
          const n = yield* (status === "accepted" ? Review.accept : Review.reject)(store, ids)
          const what =
            ids.length === 1 ? yield* codeName((yield* Manual.getCoding(store, ids[0]!)).codeId) : ""
          const verb = status === "accepted" ? "accepted" : "rejected"
          return ids.length === 1 ? `${verb} ${what}` : `${verb} ${plural(n, "suggestion")}`
        }),
      ),

    edit: (codingId, start, end, codeId) =>
      run(
        Effect.gen(function* () {
          const coding = yield* Manual.getCoding(store, codingId)
          const segment = yield* store.segments.get(coding.segmentId)
          const sameRange = segment?.start === start && segment.end === end
          if (sameRange && codeId === coding.codeId) yield* Review.accept(store, [codingId])
          else if (sameRange) yield* Review.changeCode(store, codingId, codeId)
          else yield* Review.editRange(store, codingId, start, end, { codeId })
          return `edited and accepted ${yield* codeName(codeId)}`
        }),
      ),

    code: (sourceId, start, end, codeId) =>
      run(
        Effect.gen(function* () {
          const coded = yield* Manual.codeRange(store, {
            sourceId,
            start,
            end,
            codeId,
            coderId: options.coder,
          })
          return coded.warnings[0] ?? `coded ${yield* codeName(codeId)}`
        }),
      ),

    uncode: (codingId) =>
      run(
        Effect.flatMap(Manual.uncode(store, codingId), (c) => codeName(c.codeId)).pipe(
          Effect.map((n) => `uncoded ${n}`),
        ),
      ),

    createCode: (name) =>
      run(Effect.map(Manual.createCode(store, { name }), (c) => `created code ${c.name} (${c.id})`)),

    renameCode: (codeId, name) =>
      run(
        Effect.andThen(editable(codeId, "rename"), Manual.renameCode(store, codeId, name)).pipe(
          Effect.map((c) => `renamed ${c.id} to ${c.name}`),
        ),
      ),

    describeCode: (codeId, part, text) =>
      run(
        Effect.gen(function* () {
          if (part === "description") yield* editable(codeId, "change the definition of")
          const was = yield* Manual.definitionOf(store, codeId)
          yield* Manual.describeCode(
            store,
            codeId,
            part === "example"
              ? { examples: [...was.examples, text] }
              : { [part === "description" ? "description" : part]: text },
          )
          const what = {
            description: "definition",
            inclusion: "inclusion criteria",
            exclusion: "exclusion criteria",
            example: "example",
          }[part]
          return `${part === "example" ? "added an example to" : text ? `set the ${what} of` : `cleared the ${what} of`} ${was.code.name}`
        }),
      ),

    moveCode: (codeId, parentId) =>
      run(
        Effect.gen(function* () {
          yield* editable(codeId, "move")
          const moved = yield* Manual.moveCode(store, codeId, parentId)
          return `moved ${moved.name} ${parentId ? `under ${yield* codeName(parentId)}` : "to the top"}`
        }),
      ),

    splitCode: (codeId, name, codingIds) =>
      run(
        Effect.gen(function* () {
          const id = Manual.freeCodeId(name, new Set((yield* store.codes.list()).map((c) => c.id)))
          const made = yield* Manual.splitCode(store, codeId, { id, name }, codingIds)
          return `split ${plural(codingIds.length, "coding")} into ${made.name} (${made.id})`
        }),
      ),

    deleteCode: (codeId) =>
      run(
        Effect.gen(function* () {
          const code = yield* editable(codeId, "delete")
          const { codings } = yield* Manual.deleteCode(store, codeId)
          return `deleted ${code.name} and its ${plural(codings, "coding")}`
        }),
      ),

    mergeCodes: (fromId, intoId) =>
      run(
        Effect.gen(function* () {
          yield* editable(fromId, "merge away")
          const [from, into] = [yield* codeName(fromId), yield* codeName(intoId)]
          const { moved, collapsed } = yield* Manual.mergeCodes(store, fromId, intoId)
          return `merged ${from} into ${into}: ${plural(moved, "coding")} moved, ${collapsed} collapsed`
        }),
      ),

    addMemo: (target, targetId, text) =>
      run(
        Effect.map(
          Manual.addMemo(store, { target, targetId, text, author: options.coder }),
          () => `added a memo on the ${target}`,
        ),
      ),

    undo: () =>
      run(Effect.map(Manual.undo(store), (label) => (label ? `undone: ${label}` : "nothing to undo"))),
    redo: () =>
      run(Effect.map(Manual.redo(store), (label) => (label ? `redone: ${label}` : "nothing to redo"))),

    triangulate: () => run(Triangulation.run(store, registry)),

    compare: () =>
      run(
        Effect.gen(function* () {
          const known = new Set(Comparison.countries(registry).map((c) => c.iso3))
          const participants = yield* store.participants.list()
          const sources = yield* store.sources.list()
          const own = [...new Set([...sources.map((s) => s.country), ...participants.map((p) => p.country)])]
            .filter((c): c is string => c !== undefined)
            .sort()
          // a project that names no country compares every country its plugins define
          const countries = own.length > 0 ? own : [...known]
          const comparable = countries.filter((c) => known.has(c))
          return {
            countries,
            unknown: countries.filter((c) => !known.has(c)),
            comparison:
              comparable.length === 0
                ? undefined
                : yield* Triangulation.compare(store, registry, { countries: comparable }),
          }
        }),
      ),

    exportReport: (format, progress) =>
      run(
        writeReport({ project, registry }, format, join(project.dir, "reports", `report.${format}`), {
          onProgress: progress,
        }).pipe(Effect.map((r) => r.files[0]!)),
      ),
  }
}

/**
 * Agreement between a project's coders, human or engine. The project's codings become reliability data over a
 * shared unitisation (speaker turns, paragraphs or sentences): a coding counts for a unit when its segment
 * overlaps the unit. For each code, the data are binary (is the code present in the unit?); overall, the value
 * of a unit is the set of codes a coder gave it ("none" when it has none), a nominal variable. A coder who
 * coded nothing in a source is missing (`null`) for that source's units rather than counted as "absent", so a
 * coder who coded half the sources is compared on that half. See docs/reliability.md.
 */
import { BadInput, type CodingStatus, Text, type Turn } from "@valuelens/core"
import type { Store, StoreError } from "@valuelens/store"
import { Effect } from "effect"
import * as Reliability from "./Reliability.js"
import * as Units from "./Units.js"

export type UnitKind = Units.UnitKind
export const unitKinds = Units.unitKinds

export type AgreementMeasure = "alpha" | "kappa" | "percent"
export const agreementMeasures: ReadonlyArray<AgreementMeasure> = ["alpha", "kappa", "percent"]

/** A unit of the shared unitisation: a span of one source, in code points. */
export interface Unit {
  readonly sourceId: string
  readonly sourceTitle: string
  /** 1-based position of the unit within its source. */
  readonly index: number
  readonly start: number
  readonly end: number
  readonly text: string
}

export interface SourceText {
  readonly id: string
  readonly title: string
  readonly text: string
}

/** A coding reduced to what agreement needs. */
export interface CodedSpan {
  readonly sourceId: string
  readonly start: number
  readonly end: number
  readonly codeId: string
  readonly coderId: string
}

/** The coefficients asked for; κ is Cohen's for two coders and Fleiss' for more. */
export interface Coefficients {
  readonly alpha?: Reliability.Result
  readonly kappa?: Reliability.Result
  readonly percent?: Reliability.Result
}

export interface CodeAgreement extends Coefficients {
  readonly codeId: string
  readonly codeName: string
}

export interface Disagreement {
  readonly sourceId: string
  readonly sourceTitle: string
  readonly unit: number
  readonly start: number
  readonly end: number
  readonly text: string
  /** Each coder's codes for the unit; `null` when the coder did not code the source. */
  readonly codes: Readonly<Record<string, ReadonlyArray<string> | null>>
}

export interface AgreementReport {
  readonly coders: ReadonlyArray<string>
  readonly unit: UnitKind
  /** Units in the unitisation (before any coder's missing data). */
  readonly units: number
  readonly codes: ReadonlyArray<string>
  readonly overall: Coefficients
  readonly perCode: ReadonlyArray<CodeAgreement>
  readonly disagreements: ReadonlyArray<Disagreement>
}

// ── unitisation ────────────────────────────────────────────────────────────────────────────────────

/**
 * Cuts the sources into units. Turn units are an interview's non-interviewer speaker turns (interviewer
 * questions are not evidence); a source without turns (a document) falls back to paragraphs.
 */
export const unitise = (
  sources: ReadonlyArray<SourceText>,
  turns: ReadonlyArray<Turn>,
  kind: UnitKind,
): Unit[] => {
  const turnsBySource = new Map<string, Turn[]>()
  for (const t of turns) {
    const list = turnsBySource.get(t.sourceId) ?? []
    list.push(t)
    turnsBySource.set(t.sourceId, list)
  }
  return sources.flatMap((s) => {
    const offsets = new Text.OffsetMap(s.text)
    const spans = Units.of(kind, s.text, turnsBySource.get(s.id) ?? [])
    return spans.map(({ start, end }, i) => ({
      sourceId: s.id,
      sourceTitle: s.title,
      index: i + 1,
      start,
      end,
      text: offsets.slice(start, end),
    }))
  })
}

// ── reliability data ───────────────────────────────────────────────────────────────────────────────

const NONE = "none"

export interface ReliabilityData {
  readonly units: ReadonlyArray<Unit>
  /** codesByCoder[r][u]: coder r's codes in unit u, sorted; null when coder r did not code that source. */
  readonly codesByCoder: ReadonlyArray<ReadonlyArray<ReadonlyArray<string> | null>>
}

/** Which codes each coder gave each unit (overlap of segment and unit, restricted to `codes` when given). */
export const reliabilityData = (
  units: ReadonlyArray<Unit>,
  codings: ReadonlyArray<CodedSpan>,
  coders: ReadonlyArray<string>,
  codes?: ReadonlyArray<string>,
): ReliabilityData => {
  const wanted = codes ? new Set(codes) : undefined
  const unitsBySource = new Map<string, number[]>()
  units.forEach((u, i) => {
    const list = unitsBySource.get(u.sourceId) ?? []
    list.push(i)
    unitsBySource.set(u.sourceId, list)
  })
  const codesByCoder = coders.map((coder) => {
    const mine = codings.filter((c) => c.coderId === coder)
    const codedSources = new Set(mine.map((c) => c.sourceId))
    const sets = units.map((u) => (codedSources.has(u.sourceId) ? new Set<string>() : null))
    for (const c of mine) {
      if (wanted && !wanted.has(c.codeId)) continue
      for (const i of unitsBySource.get(c.sourceId) ?? []) {
        const u = units[i]!
        if (c.start < u.end && u.start < c.end) sets[i]!.add(c.codeId)
      }
    }
    return sets.map((s) => (s === null ? null : [...s].sort()))
  })
  return { units, codesByCoder }
}

const coefficients = (
  matrix: Reliability.Matrix,
  measures: ReadonlyArray<AgreementMeasure>,
): Coefficients => ({
  ...(measures.includes("alpha")
    ? { alpha: Reliability.krippendorffAlpha(matrix, { level: "nominal" }) }
    : {}),
  ...(measures.includes("kappa")
    ? { kappa: matrix.length === 2 ? Reliability.cohenKappa(matrix) : Reliability.fleissKappa(matrix) }
    : {}),
  ...(measures.includes("percent") ? { percent: Reliability.percentAgreement(matrix) } : {}),
})

export interface AgreementOptions {
  readonly coders: ReadonlyArray<string>
  readonly unit?: UnitKind
  /** Codes to report; default: every code the coders used. */
  readonly codes?: ReadonlyArray<string>
  readonly measures?: ReadonlyArray<AgreementMeasure>
}

/**
 * The agreement report from sources, turns and codings (pure): per code, α/κ/percent agreement over binary
 * presence; overall, the same over the set of codes per unit; and every unit on which the coders differ.
 */
export const report = (
  input: {
    readonly sources: ReadonlyArray<SourceText>
    readonly turns: ReadonlyArray<Turn>
    readonly codings: ReadonlyArray<CodedSpan>
    readonly codeNames?: ReadonlyMap<string, string>
  },
  options: AgreementOptions,
): AgreementReport => {
  const unit = options.unit ?? "turn"
  const measures = options.measures ?? agreementMeasures
  const coders = options.coders
  if (coders.length < 2) throw new RangeError("agreement needs at least two coders")
  const units = unitise(input.sources, input.turns, unit)
  const codes =
    options.codes ??
    [...new Set(input.codings.filter((c) => coders.includes(c.coderId)).map((c) => c.codeId))].sort()
  const data = reliabilityData(units, input.codings, coders, codes)
  const width = Math.max(units.length, 1)
  // a unitisation with no units still yields a one-column matrix of missing values, so α says "no pairable values"
  const column = <A>(f: (u: number) => A | null) =>
    Array.from({ length: width }, (_, u) => (u < units.length ? f(u) : null))
  const overallMatrix = data.codesByCoder.map((row) =>
    column((u) => {
      const set = row[u]
      return set === null || set === undefined ? null : set.length === 0 ? NONE : set.join(" + ")
    }),
  )
  const perCode = codes.map(
    (codeId): CodeAgreement => ({
      codeId,
      codeName: input.codeNames?.get(codeId) ?? codeId,
      ...coefficients(
        data.codesByCoder.map((row) =>
          column((u) => {
            const set = row[u]
            return set === null || set === undefined ? null : set.includes(codeId) ? 1 : 0
          }),
        ),
        measures,
      ),
    }),
  )
  const disagreements: Disagreement[] = []
  units.forEach((u, i) => {
    const given = data.codesByCoder.map((row) => row[i] ?? null)
    const present = given.filter((g): g is ReadonlyArray<string> => g !== null).map((g) => g.join("\u0000"))
    if (present.length >= 2 && new Set(present).size > 1)
      disagreements.push({
        sourceId: u.sourceId,
        sourceTitle: u.sourceTitle,
        unit: u.index,
        start: u.start,
        end: u.end,
        text: u.text,
        codes: Object.fromEntries(coders.map((c, r) => [c, given[r]!])),
      })
  })
  return {
    coders,
    unit,
    units: units.length,
    codes,
    overall: coefficients(overallMatrix, measures),
    perCode,
    disagreements,
  }
}

/** The settings key under which the last agreement figures are kept for the dashboard. */
export const LAST_KEY = "agreement.last"

/** The figures of an agreement report as they are kept (the last check, a recorded run): disagreements counted. */
export const figures = ({ disagreements, ...rest }: AgreementReport) => ({
  ...rest,
  disagreements: disagreements.length,
})

/**
 * Computes the report from a project's store and keeps its figures (without the disagreements) under
 * `agreement.last`. Coders are named by id or by name. Rejected codings do not count; accepted and suggested
 * ones do, so an engine's suggestions can be measured against a human before anyone reviews them.
 */
export const compute = (
  store: Store,
  options: AgreementOptions & { readonly statuses?: ReadonlyArray<CodingStatus>; readonly now?: () => Date },
): Effect.Effect<AgreementReport, BadInput | StoreError> =>
  Effect.gen(function* () {
    const known = yield* store.coders.list()
    const coders: string[] = []
    for (const wanted of options.coders) {
      const coder = known.find((c) => c.id === wanted) ?? known.find((c) => c.name === wanted)
      if (!coder)
        return yield* new BadInput({
          reason: "unknown-coder",
          field: "coders",
          message: `coder "${wanted}" is not in this project; its coders are ${known.map((c) => c.id).join(", ") || "none yet"}`,
        })
      if (!coders.includes(coder.id)) coders.push(coder.id)
    }
    if (coders.length < 2)
      return yield* new BadInput({
        reason: "too-few-coders",
        field: "coders",
        message: `agreement needs at least two different coders, got ${coders.join(", ") || "none"} (--coders A,B)`,
      })
    const allCodes = yield* store.codes.list()
    for (const code of options.codes ?? [])
      if (!allCodes.some((c) => c.id === code))
        return yield* new BadInput({
          reason: "unknown-code",
          field: "codes",
          message: `code "${code}" is not in this project's codebook`,
        })
    const rows = yield* store.codings.rows({
      coderIds: coders,
      status: options.statuses ?? ["accepted", "suggested"],
    })
    // a statistics file is data, not text anyone codes: it is no unit of agreement
    const sources = (yield* store.sources.listWithText()).filter((s) => s.kind !== "statistics")
    const turns = yield* store.turns.all()
    const result = report(
      {
        sources,
        turns,
        codings: rows,
        codeNames: new Map(allCodes.map((c) => [c.id, c.name])),
      },
      { ...options, coders },
    )
    yield* store.settings.set(LAST_KEY, {
      at: (options.now ?? (() => new Date()))().toISOString(),
      ...figures(result),
    })
    return result
  })

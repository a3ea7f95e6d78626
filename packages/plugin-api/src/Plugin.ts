/**
 * The shape of a ValueLens plugin (DESIGN §7). A plugin is a plain object, the default export of an npm package
 * or a local module, made with `definePlugin` so its author gets completion and compile errors. Every id a plugin
 * contributes is namespaced with its `meta.namespace` (`vd/integrity`, `mys/rasuah`).
 */
import type { Observation } from "@valuelens/core"

/** The plugin API version this build of ValueLens speaks. */
export const API_VERSION = 1

export interface PluginMeta {
  /** The npm package name (or a local name for a path plugin). */
  readonly name: string
  readonly version: string
  /** Prefix of every id the plugin contributes: `vd`, `mys`, `acme`. */
  readonly namespace: string
  readonly description?: string
  /**
   * The languages (BCP 47) the plugin's text is written in, for its exemplars. When absent, the languages of
   * its lexicons.
   */
  readonly languages?: ReadonlyArray<string>
}

/** The four pillars of an anti-trafficking action plan (prosecution, protection, prevention, partnership). */
export type Pillar = string

/** A value whose deficit weakens implementation (integrity, justice, empathy, …). Becomes a code of kind `value`. */
export interface ValueDefinition {
  readonly id: string
  readonly name: string
  readonly definition: string
  /** What a deficit in this value looks like, for researchers coding by hand. */
  readonly deficit?: string
  /** The implementation area where the deficit shows (an `areas` id). */
  readonly area?: string
  readonly pillars?: ReadonlyArray<Pillar>
  readonly colour?: string
}

/** An organisational or structural factor that drives value deficits. Becomes a code of kind `factor`. */
export interface FactorDefinition {
  readonly id: string
  readonly name: string
  readonly definition: string
  /** The value ids this factor drives (the factor → value deficit model). */
  readonly drives: ReadonlyArray<string>
  readonly colour?: string
}

/** A mechanism area (law enforcement, prosecution, victim protection, …). Becomes a code of kind `area`. */
export interface AreaDefinition {
  readonly id: string
  readonly name: string
  readonly definition: string
  readonly pillar: Pillar
}

/** A free code (kind `free`), optionally under a parent code. */
export interface CodeDefinition {
  readonly id: string
  readonly name: string
  readonly definition?: string
  readonly parent?: string
  readonly colour?: string
}

/** A term, phrase or pattern with an optional weight (default 1). */
export type Weighted = string | { readonly text: string; readonly weight: number }

/** `A NEAR/n B`: both terms within `n` words of each other in the same scope. */
export interface NearRule {
  readonly a: string
  readonly b: string
  readonly n: number
  readonly weight?: number
}

/** How one code is recognised in one language. */
export interface LexiconEntry {
  /** Rule id, used in codings' origin `rule:<id>`; defaults to `<code>@<language>`. */
  readonly id?: string
  /** The code this entry suggests (a namespaced id). */
  readonly code: string
  /** Single words, matched on their stems, word-bounded and case-insensitive (`corrupt` meets `corruption`). */
  readonly terms?: ReadonlyArray<Weighted>
  /** Multi-word phrases, matched word by word on stems, across line breaks. */
  readonly phrases?: ReadonlyArray<Weighted>
  /** Regular expressions (JavaScript syntax, case-insensitive); checked for catastrophic backtracking at load. */
  readonly patterns?: ReadonlyArray<Weighted>
  readonly near?: ReadonlyArray<NearRule>
  /** Terms or phrases whose presence in the scope vetoes the code. */
  readonly exclude?: ReadonlyArray<string>
  /** Matching scope: a sentence (default) or a whole turn. */
  readonly scope?: "sentence" | "turn"
  /** Minimum summed weight for a suggestion (default 1). */
  readonly minScore?: number
}

export interface Lexicon {
  /** BCP 47 language: `en`, `ms`. */
  readonly language: string
  readonly entries: ReadonlyArray<LexiconEntry>
}

/**
 * A passage that shows what a code looks like in speech, for training the learned engine `model`. `codes` are
 * the value and factor ids the passage exemplifies, or none for a passage that shows no deficit; `not` are codes
 * whose words it uses in a neutral or positive sense (a counter-example: "our interpreters have been with us for years").
 */
export interface Exemplar {
  readonly text: string
  /** BCP 47; one of the plugin's declared languages. */
  readonly language: string
  readonly codes: ReadonlyArray<string>
  readonly not?: ReadonlyArray<string>
}

export type InstitutionKind =
  | "law"
  | "coordinating-body"
  | "action-plan"
  | "specialised-court"
  | "agency"
  | "shelter-system"
  | "other"

/** An institutional feature for the country comparison, with its source. */
export interface Institution {
  readonly kind: InstitutionKind
  readonly name: string
  readonly year?: number
  readonly detail?: string
  readonly source: string
  readonly confidence?: string
}

export interface CountryDefinition {
  /** ISO 3166-1 alpha-3. */
  readonly iso3: string
  readonly name: string
  readonly region: string
  readonly institutions?: ReadonlyArray<Institution>
}

export interface IndicatorDefinition {
  /** `tip.tier`, `enforcement.prosecutions`, `victims.identified`, … */
  readonly key: string
  readonly label: string
  readonly unit?: string
  /** For numbers: is more better? Absent for categories. */
  readonly higherIsBetter?: boolean
  /**
   * For categories (such as TIP tiers): the levels in order. A rule scores a level by its position (the first
   * level is 1), and its `direction` says whether a lower position is better.
   */
  readonly levels?: ReadonlyArray<string>
}

/**
 * Which way a measure gets better. For a category with ordered levels the measure is the level's position, so
 * for TIP tiers (Tier 1 first) a lower tier is better: `lower-is-better`.
 */
export type Direction = "higher-is-better" | "lower-is-better"

/**
 * How a statistic bears on a theme, for triangulation: the measure (an indicator, or a ratio of two), and what
 * in it signals a deficit (below or above a threshold, a worsening trend, or one of some levels).
 */
export interface IndicatorRule {
  readonly id: string
  /** The value or factor code id this rule speaks to. */
  readonly theme: string
  readonly description: string
  readonly measure:
    | { readonly indicator: string }
    | { readonly numerator: string; readonly denominator: string }
  /**
   * Which way the measure gets better, declared rather than guessed, so a change reads as improving or
   * worsening (Tier 3 → Tier 2 is improving).
   */
  readonly direction: Direction
  readonly deficitWhen: {
    readonly below?: number
    readonly above?: number
    /** A deficit when the measure worsens across the years compared, in the rule's `direction`. */
    readonly trend?: "worsening"
    readonly levels?: ReadonlyArray<string>
  }
}

/** A section a plugin adds to reports (Markdown text, placed after a built-in section or at the end). */
export interface ReportSection {
  readonly id: string
  readonly title: string
  readonly markdown: string
  readonly after?: string
}

export interface PluginDefinition {
  readonly apiVersion: number
  readonly meta: PluginMeta
  readonly values?: ReadonlyArray<ValueDefinition>
  readonly factors?: ReadonlyArray<FactorDefinition>
  readonly areas?: ReadonlyArray<AreaDefinition>
  readonly codes?: ReadonlyArray<CodeDefinition>
  readonly lexicons?: ReadonlyArray<Lexicon>
  readonly exemplars?: ReadonlyArray<Exemplar>
  readonly countries?: ReadonlyArray<CountryDefinition>
  readonly indicators?: ReadonlyArray<IndicatorDefinition>
  readonly observations?: ReadonlyArray<Observation>
  readonly indicatorRules?: ReadonlyArray<IndicatorRule>
  readonly reportSections?: ReadonlyArray<ReportSection>
}

/** Declares a plugin. Returns it unchanged: the loader validates it when a project loads it. */
export const definePlugin = <const P extends PluginDefinition>(plugin: P): P => plugin

import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import { API_VERSION, Loader } from "../src/index.js"

const dir = () => mkdtempSync(join(tmpdir(), "vl-plugin-"))

/** Writes a plugin module whose default export is `definition`. */
const write = (d: string, file: string, definition: unknown) => {
  writeFileSync(join(d, file), `export default ${JSON.stringify(definition, null, 2)}\n`)
  return `./${file}`
}

/** The message of the BadInput a load fails with. */
const failure = async (specifiers: string[], d: string) => {
  const exit = await Effect.runPromiseExit(Loader.load(specifiers, d))
  if (Exit.isSuccess(exit)) throw new Error("expected the load to fail")
  const reason = exit.cause.reasons.find((r) => r._tag === "Fail")
  if (reason?._tag !== "Fail") throw new Error(`expected a typed failure: ${String(exit.cause)}`)
  return reason.error
}
const messageOf = async (specifiers: string[], d: string) => (await failure(specifiers, d)).message

const acme = (extra: Record<string, unknown> = {}) => ({
  apiVersion: API_VERSION,
  meta: { name: "@acme/values-transparency", version: "1.0.0", namespace: "acme" },
  values: [{ id: "acme/transparency", name: "Transparency", definition: "Open about decisions." }],
  factors: [
    { id: "acme/secrecy", name: "Secrecy", definition: "Closed meetings.", drives: ["acme/transparency"] },
  ],
  ...extra,
})

describe("Loader", () => {
  it("loads a path plugin into a frozen registry", async () => {
    const d = dir()
    const reg = await Effect.runPromise(Loader.load([write(d, "p.mjs", acme())], d))
    expect(reg.values.map((v) => v.id)).toEqual(["acme/transparency"])
    expect(reg.plugins[0]?.meta.namespace).toBe("acme")
    expect(Object.isFrozen(reg.values[0])).toBe(true)
    expect(Object.isFrozen(reg.plugins[0]?.definition.factors?.[0]?.drives)).toBe(true)
  })

  it("loads a plugin folder through its package.json entry point", async () => {
    const d = dir()
    mkdirSync(join(d, "my-plugin", "lib"), { recursive: true })
    writeFileSync(
      join(d, "my-plugin", "package.json"),
      JSON.stringify({ name: "my-plugin", type: "module", exports: { ".": { default: "./lib/main.js" } } }),
    )
    write(join(d, "my-plugin", "lib"), "main.js", acme())
    const reg = await Loader.loadPromise(["./my-plugin"], d)
    expect(reg.factors.map((f) => f.id)).toEqual(["acme/secrecy"])
  })

  it("names a path that does not exist", async () => {
    const d = dir()
    expect(await messageOf(["./missing.mjs"], d)).toBe(
      `plugin "./missing.mjs" was not found (looked for ${join(d, "missing.mjs")}); install it or fix the name in valuelens.json`,
    )
    expect(await messageOf(["no-such-thing"], d)).toBe(
      'plugin "no-such-thing" was not found (looked for @valuelens/plugin-no-such-thing); install it or fix the name in valuelens.json',
    )
    expect((await failure(["./missing.mjs"], d)).reason).toBe("plugin-not-found")
  })

  it("reports a module that throws while loading as that plugin's error", async () => {
    const d = dir()
    writeFileSync(join(d, "boom.mjs"), "throw new Error('the data file is missing')\n")
    const error = await failure(["./boom.mjs"], d)
    expect(error.message).toBe('plugin "./boom.mjs": failed while loading: the data file is missing')
    expect(error.reason).toBe("invalid-plugin")
    expect(error.file).toBe("./boom.mjs")
  })

  it("refuses another apiVersion", async () => {
    const d = dir()
    expect(await messageOf([write(d, "p.mjs", acme({ apiVersion: 2 }))], d)).toBe(
      'plugin "@acme/values-transparency": apiVersion 2 is not supported; this ValueLens speaks apiVersion 1: use a release of the plugin written for apiVersion 1, or upgrade ValueLens',
    )
  })

  it("names a missing field and what to put there", async () => {
    const d = dir()
    const p = write(d, "p.mjs", acme({ values: [{ id: "acme/transparency", name: "Transparency" }] }))
    const error = await failure([p], d)
    expect(error.message).toBe(
      'plugin "@acme/values-transparency": values[0].definition is missing; add it (a string)',
    )
    expect(error.field).toBe("values[0].definition")
    const noVersion = { ...acme() } as Record<string, unknown>
    delete noVersion.apiVersion
    expect(await messageOf([write(d, "q.mjs", noVersion)], d)).toBe(
      'plugin "@acme/values-transparency": apiVersion is missing; add apiVersion: 1',
    )
  })

  it("names a field of the wrong type, with the value found", async () => {
    const d = dir()
    const p = write(
      d,
      "p.mjs",
      acme({ values: [{ id: "acme/transparency", name: 3, definition: "Open." }], factors: "secrecy" }),
    )
    expect(await messageOf([p], d)).toBe(
      [
        "2 problems with the project's plugins; nothing was loaded:",
        '  - plugin "@acme/values-transparency": values[0].name must be a string, not 3',
        '  - plugin "@acme/values-transparency": factors must be a list, not "secrecy"',
      ].join("\n"),
    )
  })

  it("suggests the field a misspelt one was meant to be", async () => {
    const d = dir()
    const p = write(
      d,
      "p.mjs",
      acme({ values: [{ id: "acme/transparency", name: "Transparency", defintion: "Open." }] }),
    )
    expect(await messageOf([p], d)).toBe(
      [
        "2 problems with the project's plugins; nothing was loaded:",
        '  - plugin "@acme/values-transparency": values[0].defintion is not a plugin field; did you mean "definition"?',
        '  - plugin "@acme/values-transparency": values[0].definition is missing; add it (a string)',
      ].join("\n"),
    )
  })

  it("asks for namespaced ids", async () => {
    const d = dir()
    const p = write(
      d,
      "p.mjs",
      acme({
        values: [{ id: "transparency", name: "Transparency", definition: "Open." }],
        factors: [{ id: "acme/secrecy", name: "Secrecy", definition: "Closed.", drives: ["transparency"] }],
      }),
    )
    expect(await messageOf([p], d)).toBe(
      'plugin "@acme/values-transparency": values[0].id "transparency" must be namespaced like "acme/transparency"',
    )
  })

  it("refuses a duplicate namespace and a duplicate id across two plugins", async () => {
    const d = dir()
    const a = write(d, "a.mjs", acme())
    const b = write(d, "b.mjs", {
      apiVersion: 1,
      meta: { name: "@acme/values-openness", version: "0.2.0", namespace: "acme" },
      values: [{ id: "acme/transparency", name: "Openness", definition: "Open." }],
    })
    expect(await messageOf([a, b], d)).toBe(
      [
        "2 problems with the project's plugins; nothing was loaded:",
        '  - plugin "@acme/values-openness": meta.namespace "acme" is already used by plugin "@acme/values-transparency"; choose another namespace (and prefix every id with it)',
        '  - plugin "@acme/values-openness": values[0].id "acme/transparency" is already used by plugin "@acme/values-transparency" (values[0].id); give it another id',
      ].join("\n"),
    )
  })

  it("refuses a factor that drives an unknown value, suggesting the nearest", async () => {
    const d = dir()
    const p = write(
      d,
      "p.mjs",
      acme({
        factors: [
          { id: "acme/secrecy", name: "Secrecy", definition: "Closed.", drives: ["acme/transparancy"] },
          { id: "acme/spin", name: "Spin", definition: "Framing.", drives: ["acme/honesty"] },
        ],
      }),
    )
    expect(await messageOf([p], d)).toBe(
      [
        "2 problems with the project's plugins; nothing was loaded:",
        '  - plugin "@acme/values-transparency": factors[0].drives[0] "acme/transparancy" is not a value of any loaded plugin; did you mean "acme/transparency"?',
        '  - plugin "@acme/values-transparency": factors[1].drives[0] "acme/honesty" is not a value of any loaded plugin; known values: acme/transparency',
      ].join("\n"),
    )
  })

  it("refuses lexicon entries for unknown codes and unsafe or invalid patterns, naming plugin and entry", async () => {
    const d = dir()
    const p = write(
      d,
      "p.mjs",
      acme({
        lexicons: [
          {
            language: "en",
            entries: [
              {
                code: "acme/transparency",
                terms: ["open"],
                patterns: ["(a+)+b", { text: "disclos(e", weight: 2 }],
              },
              { code: "acme/secrecy", patterns: ["(?:closed|hidden)\\s+door", "(\\w+\\s?)*$"] },
              { code: "acme/secrets", terms: ["secret"] },
            ],
          },
        ],
      }),
    )
    expect(await messageOf([p], d)).toBe(
      [
        "4 problems with the project's plugins; nothing was loaded:",
        '  - plugin "@acme/values-transparency": lexicons[0].entries[0].patterns[0] "(a+)+b" (acme/transparency) repeats a group that itself repeats ((a+)+), which can backtrack catastrophically; use one quantifier, e.g. "(a+)+" → "a+"',
        '  - plugin "@acme/values-transparency": lexicons[0].entries[0].patterns[1].text "disclos(e" (acme/transparency) is not a valid regular expression (Invalid regular expression: /disclos(e/iu: Unterminated group); fix its syntax (JavaScript, flags iu)',
        '  - plugin "@acme/values-transparency": lexicons[0].entries[1].patterns[1] "(\\\\w+\\\\s?)*$" (acme/secrecy) repeats a group that itself repeats ((\\w+\\s?)*), which can backtrack catastrophically; use one quantifier, e.g. "(a+)+" → "a+"',
        '  - plugin "@acme/values-transparency": lexicons[0].entries[2].code "acme/secrets" is not a code of any loaded plugin; did you mean "acme/secrecy"?',
      ].join("\n"),
    )
  })

  it("collects every problem across plugins before failing", async () => {
    const d = dir()
    writeFileSync(join(d, "boom.mjs"), "throw new TypeError('x is not a function')\n")
    writeFileSync(join(d, "named.mjs"), "export const plugin = {}\n")
    const good = write(d, "good.mjs", acme())
    const bad = write(d, "bad.mjs", {
      apiVersion: 1,
      meta: { name: "@beta/plugin", version: "1.0.0", namespace: "Beta Team" },
      areas: [{ id: "beta/courts", name: "Courts", definition: "Where trials are.", pillar: "prosecution" }],
      values: [{ id: "beta/fairness", name: "Fairness", definition: "Fair trials.", area: "beta/court" }],
    })
    expect(await messageOf(["./nowhere.mjs", "./boom.mjs", "./named.mjs", good, bad], d)).toBe(
      [
        "5 problems with the project's plugins; nothing was loaded:",
        `  - plugin "./nowhere.mjs" was not found (looked for ${join(d, "nowhere.mjs")}); install it or fix the name in valuelens.json`,
        '  - plugin "./boom.mjs": failed while loading: x is not a function',
        '  - plugin "./named.mjs": the module has no default export; export default definePlugin({ … })',
        '  - plugin "@beta/plugin": meta.namespace "Beta Team" must be lower-case letters, digits and hyphens, like "beta-team"',
        '  - plugin "@beta/plugin": values[0].area "beta/court" is not an area of any loaded plugin; did you mean "beta/courts"?',
      ].join("\n"),
    )
  })

  it("lets a plugin refer to another plugin's ids", async () => {
    const d = dir()
    const base = write(d, "base.mjs", acme())
    const extension = write(d, "ext.mjs", {
      apiVersion: 1,
      meta: { name: "@beta/extension", version: "1.0.0", namespace: "beta" },
      factors: [{ id: "beta/leaks", name: "Leaks", definition: "Leaks.", drives: ["acme/transparency"] }],
      codes: [{ id: "beta/minutes", name: "Minutes", parent: "acme/transparency" }],
      lexicons: [{ language: "ms", entries: [{ code: "acme/transparency", terms: ["telus"] }] }],
    })
    const reg = await Loader.loadPromise([base, extension], d)
    expect(reg.factors.map((f) => f.id)).toEqual(["acme/secrecy", "beta/leaks"])
    expect(reg.lexicons.map((l) => l.language)).toEqual(["ms"])
  })

  it("refuses exemplars for unknown codes, empty exemplars and undeclared languages, naming plugin and field", async () => {
    const d = dir()
    const p = write(
      d,
      "p.mjs",
      acme({
        lexicons: [{ language: "en", entries: [{ code: "acme/transparency", terms: ["open"] }] }],
        exemplars: [
          {
            text: "Minutes of the board are never published.",
            language: "en",
            codes: ["acme/transparency", "acme/secrecy"],
          },
          { text: "  ", language: "en", codes: [] },
          { text: "Mesyuarat diadakan secara tertutup.", language: "ms", codes: ["acme/secrecy"] },
          { text: "The meeting was open.", language: "en-GB", codes: [], not: ["acme/secrets"] },
        ],
      }),
    )
    expect(await messageOf([p], d)).toBe(
      [
        "3 problems with the project's plugins; nothing was loaded:",
        '  - plugin "@acme/values-transparency": exemplars[1].text is empty; write the passage, or remove the exemplar',
        '  - plugin "@acme/values-transparency": exemplars[2].language "ms" is not among the plugin\'s languages (en); declare it in meta.languages, add a lexicon for it, or fix the exemplar\'s language',
        '  - plugin "@acme/values-transparency": exemplars[3].not[0] "acme/secrets" is not a code of any loaded plugin; did you mean "acme/secrecy"?',
      ].join("\n"),
    )
  })

  it("takes a plugin's languages from meta.languages when it has no lexicon", async () => {
    const d = dir()
    const exemplars = [
      { text: "Mesyuarat diadakan secara tertutup.", language: "ms", codes: ["acme/secrecy"] },
    ]
    expect(await messageOf([write(d, "a.mjs", acme({ exemplars }))], d)).toContain(
      'exemplars[0].language "ms" is not among the plugin\'s languages (none declared)',
    )
    const declared = acme({ exemplars, meta: { ...acme().meta, languages: ["ms"] } })
    const reg = await Loader.loadPromise([write(d, "b.mjs", declared)], d)
    expect(reg.plugins[0]!.definition.exemplars).toEqual(exemplars)
  })

  it("asks every indicator rule for the direction its measure gets better, naming plugin and field", async () => {
    const d = dir()
    const tierRule = {
      id: "acme/tier",
      theme: "acme/transparency",
      description: "The tier worsens.",
      measure: { indicator: "tip.tier" },
      deficitWhen: { trend: "worsening" },
    }
    const p = write(
      d,
      "p.mjs",
      acme({ indicatorRules: [tierRule, { ...tierRule, id: "acme/tier-2", direction: "down" }] }),
    )
    expect(await messageOf([p], d)).toBe(
      [
        "2 problems with the project's plugins; nothing was loaded:",
        '  - plugin "@acme/values-transparency": indicatorRules[0].direction is missing; add it (one of "higher-is-better", "lower-is-better")',
        '  - plugin "@acme/values-transparency": indicatorRules[1].direction must be one of "higher-is-better", "lower-is-better", not "down"',
      ].join("\n"),
    )
    const declared = acme({ indicatorRules: [{ ...tierRule, direction: "lower-is-better" }] })
    const reg = await Loader.loadPromise([write(d, "q.mjs", declared)], d)
    expect(reg.indicatorRules.map((r) => r.direction)).toEqual(["lower-is-better"])
  })
})

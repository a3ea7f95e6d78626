/**
 * The generated corpus the benchmarks share: interviews like the contract checks' corpus (interviewer
 * questions and participant turns of 3–8 sentences over a fixed vocabulary), the same for every run.
 */
import { Ids } from "@valuelens/core"
import { Project } from "@valuelens/store"
import { Effect } from "effect"

export const WORDS_PER_INTERVIEW = 6000

// a deterministic generator (mulberry32), so every run codes the same corpus
export const random = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

// the vocabulary of the contract checks' corpus, lexicon terms included
export const WORDS =
  `the of and to in that we is for they it not have are with victims officers court evidence syndicate shelter
budget campaign public awareness agency NGO cooperation policy enforcement border prosecution witness trauma
interpreter medical database corruption bribe allowance integrity justice empathy trust responsibility funding
television community report hearing delay charge convict testify fear family threat language`.split(/\s+/)

export const lexicon = {
  language: "en",
  entries: [
    {
      code: "vd/integrity",
      terms: [
        "corruption",
        "bribe",
        "bribery",
        "collusion",
        "syndicate",
        "kickback",
        "allowance",
        "abuse",
        "misconduct",
        "complicit",
        "integrity",
        "extortion",
      ],
      phrases: ["paid off", "look the other way", "conflict of interest"],
      exclude: ["anti-corruption"],
    },
    {
      code: "vd/justice",
      terms: [
        "prosecution",
        "conviction",
        "convict",
        "court",
        "hearing",
        "testify",
        "witness",
        "evidence",
        "charge",
        "justice",
        "acquittal",
        "judge",
      ],
      phrases: ["afraid to testify", "burden of proof", "specialised court"],
      near: [{ a: "court", b: "delay", n: 5 }],
    },
    {
      code: "vd/empathy",
      terms: [
        "shelter",
        "trauma",
        "medical",
        "interpreter",
        "counselling",
        "empathy",
        "care",
        "welfare",
        "detention",
        "language",
      ],
      phrases: ["victim centred", "treated as offenders"],
      patterns: ["\\bno (doctor|nurse|counsellor)s?\\b"],
    },
    {
      code: "vd/civic-responsibility",
      terms: [
        "awareness",
        "campaign",
        "public",
        "community",
        "television",
        "responsibility",
        "education",
        "outreach",
        "radio",
      ],
      phrases: ["not aware", "do not know"],
    },
    {
      code: "vd/trust",
      terms: [
        "trust",
        "cooperation",
        "partnership",
        "coordination",
        "mistrust",
        "suspicion",
        "collaboration",
      ],
      phrases: ["information sharing", "no say"],
      near: [{ a: "NGO", b: "government", n: 6 }],
    },
    {
      code: "vd/divergent-approaches",
      terms: ["security", "compliance", "priority", "mandate", "approach"],
      phrases: ["different priorities", "victim welfare"],
    },
    {
      code: "vd/weak-monitoring",
      terms: ["monitoring", "oversight", "accountability", "audit", "supervision", "report"],
      phrases: ["no follow up"],
    },
    {
      code: "vd/resource-constraints",
      terms: ["personnel", "staff", "capacity", "backlog", "delay", "understaffed", "workload"],
      phrases: ["not enough officers"],
    },
    {
      code: "vd/logistical-barriers",
      terms: ["database", "logistics", "transport", "facility", "equipment", "border"],
      phrases: ["no database"],
    },
    {
      code: "vd/financial-constraints",
      terms: ["budget", "funding", "cost", "money", "allocation", "airtime", "grant"],
      phrases: ["not enough money"],
      patterns: ["\\bRM\\s?\\d+(,\\d{3})*\\b"],
    },
  ],
}
export const codes = lexicon.entries.map((e) => ({
  id: e.code,
  name: e.code,
  kind: /integrity|justice|empathy|civic|trust/.test(e.code) ? "value" : "factor",
  plugin: "vd",
}))

/** One interview like the checks' corpus: interviewer questions and participant turns of 3–8 sentences. */
export const generate = (i, rnd, wordsPerInterview = WORDS_PER_INTERVIEW) => {
  const pid = `P ${i + 1}`
  const pick = () => WORDS[Math.floor(rnd() * WORDS.length)]
  let text = ""
  const turns = []
  let words = 0
  let index = 0
  const add = (speaker, body, interviewer) => {
    const start = text.length
    text += `${speaker}: ${body}`
    turns.push({ sourceId: `iv${i}`, index: index++, speaker, start, end: text.length, interviewer })
    text += "\n"
  }
  while (words < wordsPerInterview) {
    add("Interviewer", `${Array.from({ length: 12 }, pick).join(" ")}?`, true)
    const sentences = []
    for (let k = 3 + Math.floor(rnd() * 6); k > 0; k--) {
      const n = 8 + Math.floor(rnd() * 15)
      words += n
      const s = Array.from({ length: n }, pick).join(" ")
      sentences.push(`${s[0].toUpperCase()}${s.slice(1)}.`)
    }
    add(pid, sentences.join(" "), false)
  }
  return {
    participant: { id: pid, group: ["government", "academic", "ngo"][i % 3], attributes: {} },
    source: {
      id: `iv${i}`,
      kind: "interview",
      title: pid,
      text,
      hash: Ids.sha256(text),
      participantId: pid,
      language: "en",
      country: "MYS",
      metadata: {},
      position: i,
      importedAt: "2026-01-01T00:00:00Z",
    },
    turns,
  }
}

/** Writes a project in `dir` holding the interviews and codes, and whatever `more(tx)` adds, in one transaction. */
export const writeProject = (dir, interviews, codes, more = () => Effect.void) =>
  Effect.runPromise(
    Effect.gen(function* () {
      const p = yield* Project.create(dir, { name: "bench", plugins: [] })
      yield* p.store.transaction((tx) =>
        Effect.gen(function* () {
          yield* tx.participants.insert(interviews.map((iv) => iv.participant))
          yield* tx.sources.insert(interviews.map((iv) => iv.source))
          yield* tx.turns.insert(interviews.flatMap((iv) => iv.turns))
          yield* tx.codes.insert(codes)
          yield* more(tx)
        }),
      )
      yield* p.store.close()
    }),
  )

/**
 * Light stemmers, so that a lexicon term meets the inflected forms of its word (`corrupt`, `corruption`,
 * `corrupted`). Lexicon terms and source text go through the same stemmer, so what matters is that one word's
 * forms land on one stem, not that the stem is a dictionary word.
 *
 * English: the Porter (1980) suffix-stripping algorithm ("An algorithm for suffix stripping", Program 14(3),
 * 130–137). Malay: affix stripping in the spirit of Nazief & Adriani (1996) without a dictionary — particles
 * (-lah, -kah, -nya), then suffixes (-kan, -an, -i with a prefix), then up to two prefixes (me-, ber-, di-, ter-,
 * pe-, per-, …) with the usual sound changes (menyeludup → seludup, memukul → pukul, menangkap → tangkap).
 */

/** Maps a lower-case word to its stem. */
export type Stem = (word: string) => string

const isVowelAt = (w: string, i: number): boolean => {
  const c = w.charCodeAt(i)
  // a e i o u
  if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) return true
  // y is a vowel when it follows a consonant (Porter's definition)
  return c === 121 && i > 0 && !isVowelAt(w, i - 1)
}

/** Porter's m: the number of VC sequences in the stem `w[0, end)`. */
const measure = (w: string, end: number): number => {
  let m = 0
  let i = 0
  while (i < end && !isVowelAt(w, i)) i++
  while (i < end) {
    while (i < end && isVowelAt(w, i)) i++
    if (i >= end) break
    m++
    while (i < end && !isVowelAt(w, i)) i++
  }
  return m
}

const hasVowel = (w: string, end: number): boolean => {
  for (let i = 0; i < end; i++) if (isVowelAt(w, i)) return true
  return false
}

const endsDoubleConsonant = (w: string, end: number): boolean =>
  end >= 2 && w[end - 1] === w[end - 2] && !isVowelAt(w, end - 1)

/** *o: the stem ends consonant-vowel-consonant, the last not w, x or y. */
const endsCvc = (w: string, end: number): boolean => {
  if (end < 3) return false
  if (isVowelAt(w, end - 1) || !isVowelAt(w, end - 2) || isVowelAt(w, end - 3)) return false
  const c = w[end - 1]
  return c !== "w" && c !== "x" && c !== "y"
}

const step2: ReadonlyArray<readonly [string, string]> = [
  ["ational", "ate"],
  ["tional", "tion"],
  ["enci", "ence"],
  ["anci", "ance"],
  ["izer", "ize"],
  ["bli", "ble"],
  ["alli", "al"],
  ["entli", "ent"],
  ["eli", "e"],
  ["ousli", "ous"],
  ["ization", "ize"],
  ["ation", "ate"],
  ["ator", "ate"],
  ["alism", "al"],
  ["iveness", "ive"],
  ["fulness", "ful"],
  ["ousness", "ous"],
  ["aliti", "al"],
  ["iviti", "ive"],
  ["biliti", "ble"],
  ["logi", "log"],
]
const step3: ReadonlyArray<readonly [string, string]> = [
  ["icate", "ic"],
  ["ative", ""],
  ["alize", "al"],
  ["iciti", "ic"],
  ["ical", "ic"],
  ["ful", ""],
  ["ness", ""],
]
const step4 = [
  "al",
  "ance",
  "ence",
  "er",
  "ic",
  "able",
  "ible",
  "ant",
  "ement",
  "ment",
  "ent",
  "ion",
  "ou",
  "ism",
  "ate",
  "iti",
  "ous",
  "ive",
  "ize",
]

/** Replaces the first listed suffix `w` ends with, when the remaining stem has m > `minM`. */
const replaceSuffix = (w: string, rules: ReadonlyArray<readonly [string, string]>, minM: number): string => {
  for (const [suffix, repl] of rules)
    if (w.endsWith(suffix)) {
      const stem = w.length - suffix.length
      return measure(w, stem) > minM ? w.slice(0, stem) + repl : w
    }
  return w
}

/** The Porter stemmer (1980), steps 1a–5b. Words of one or two letters are left alone. */
export const porter: Stem = (input) => {
  let w = input
  if (w.length <= 2) return w
  const initialY = w[0] === "y"
  if (initialY) w = `Y${w.slice(1)}`

  // step 1a
  if (w.endsWith("sses")) w = w.slice(0, -2)
  else if (w.endsWith("ies")) w = w.slice(0, -2)
  else if (w.endsWith("ss")) {
    // unchanged
  } else if (w.endsWith("s")) w = w.slice(0, -1)

  // step 1b
  let extra = false
  if (w.endsWith("eed")) {
    if (measure(w, w.length - 3) > 0) w = w.slice(0, -1)
  } else if (w.endsWith("ed") && hasVowel(w, w.length - 2)) {
    w = w.slice(0, -2)
    extra = true
  } else if (w.endsWith("ing") && hasVowel(w, w.length - 3)) {
    w = w.slice(0, -3)
    extra = true
  }
  if (extra) {
    if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz")) w += "e"
    else if (endsDoubleConsonant(w, w.length) && !/[lsz]$/.test(w)) w = w.slice(0, -1)
    else if (measure(w, w.length) === 1 && endsCvc(w, w.length)) w += "e"
  }

  // step 1c
  if (w.endsWith("y") && hasVowel(w, w.length - 1)) w = `${w.slice(0, -1)}i`

  w = replaceSuffix(w, step2, 0)
  w = replaceSuffix(w, step3, 0)

  // step 4
  for (const suffix of step4)
    if (w.endsWith(suffix)) {
      const stem = w.length - suffix.length
      if (measure(w, stem) > 1 && (suffix !== "ion" || /[st]$/.test(w.slice(0, stem)))) w = w.slice(0, stem)
      break
    }

  // step 5a
  if (w.endsWith("e")) {
    const m = measure(w, w.length - 1)
    if (m > 1 || (m === 1 && !endsCvc(w, w.length - 1))) w = w.slice(0, -1)
  }
  // step 5b
  if (measure(w, w.length) > 1 && endsDoubleConsonant(w, w.length) && w.endsWith("l")) w = w.slice(0, -1)

  return initialY ? `y${w.slice(1)}` : w
}

const MALAY_VOWEL = /^[aeiou]/

/** Strips one Malay prefix, undoing the nasal sound change where it applies; undefined when none fits. */
const malayPrefix = (w: string): string | undefined => {
  const keep = (rest: string) => (rest.length >= 4 ? rest : undefined)
  // meny-/peny- + vowel: the s of the root became ny (menyeludup → seludup)
  for (const p of ["meny", "peny"])
    if (w.startsWith(p) && MALAY_VOWEL.test(w.slice(4))) return keep(`s${w.slice(4)}`)
  for (const p of ["meng", "peng"]) if (w.startsWith(p)) return keep(w.slice(4))
  // mem-/pem- + vowel: the p of the root became m (memukul → pukul)
  for (const p of ["mem", "pem"])
    if (w.startsWith(p)) return keep(MALAY_VOWEL.test(w.slice(3)) ? `p${w.slice(3)}` : w.slice(3))
  // men-/pen- + vowel: the t of the root became n (menangkap → tangkap)
  for (const p of ["men", "pen"])
    if (w.startsWith(p)) return keep(MALAY_VOWEL.test(w.slice(3)) ? `t${w.slice(3)}` : w.slice(3))
  for (const p of ["ber", "ter", "per", "me", "be", "di", "pe"])
    if (w.startsWith(p)) return keep(w.slice(p.length))
  return undefined
}

/** Malay (and Indonesian) affix stripping without a dictionary; see the module comment. */
export const malay: Stem = (input) => {
  let w = input
  for (const particle of ["lah", "kah", "tah", "nya"])
    if (w.endsWith(particle) && w.length - particle.length >= 4) {
      w = w.slice(0, -particle.length)
      break
    }
  let suffixed = false
  if (w.endsWith("kan") && w.length - 3 >= 4) {
    w = w.slice(0, -3)
    suffixed = true
  } else if (w.endsWith("an") && w.length - 2 >= 3) {
    w = w.slice(0, -2)
    suffixed = true
  }
  const once = malayPrefix(w)
  if (once === undefined) return w
  // -i is a suffix only together with a prefix (mengatasi); alone it is too often part of the root (polisi, bukti)
  let stem = once
  if (!suffixed && stem.endsWith("i") && stem.length - 1 >= 4) stem = stem.slice(0, -1)
  return malayPrefix(stem) ?? stem
}

export const identity: Stem = (word) => word

/** Stemmers by BCP 47 primary language subtag. */
export const builtIn: Readonly<Record<string, Stem>> = { en: porter, ms: malay, id: malay }

/** The stemmer for a language (`en`, `ms`, `en-GB`), falling back to no stemming for languages without one. */
export const forLanguage = (language: string, extra: Readonly<Record<string, Stem>> = {}): Stem => {
  const primary = language.toLowerCase().split("-")[0] ?? ""
  return extra[language] ?? extra[primary] ?? builtIn[primary] ?? identity
}

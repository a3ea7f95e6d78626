import { describe, expect, it } from "vitest"
import { Stemmer } from "../src/index.js"

describe("Stemmer.porter", () => {
  // pairs from Porter (1980), the worked examples of steps 1–5
  it.each([
    ["caresses", "caress"],
    ["ponies", "poni"],
    ["ties", "ti"],
    ["caress", "caress"],
    ["cats", "cat"],
    ["feed", "feed"],
    ["agreed", "agre"],
    ["plastered", "plaster"],
    ["bled", "bled"],
    ["motoring", "motor"],
    ["sing", "sing"],
    ["conflated", "conflat"],
    ["troubled", "troubl"],
    ["sized", "size"],
    ["hopping", "hop"],
    ["tanned", "tan"],
    ["falling", "fall"],
    ["hissing", "hiss"],
    ["fizzed", "fizz"],
    ["failing", "fail"],
    ["filing", "file"],
    ["happy", "happi"],
    ["sky", "sky"],
    ["relational", "relat"],
    ["conditional", "condit"],
    ["rational", "ration"],
    ["valenci", "valenc"],
    ["digitizer", "digit"],
    ["triplicate", "triplic"],
    ["formative", "form"],
    ["formalize", "formal"],
    ["electrical", "electr"],
    ["hopeful", "hope"],
    ["goodness", "good"],
    ["revival", "reviv"],
    ["allowance", "allow"],
    ["inference", "infer"],
    ["airliner", "airlin"],
    ["adjustable", "adjust"],
    ["defensible", "defens"],
    ["irritant", "irrit"],
    ["replacement", "replac"],
    ["adjustment", "adjust"],
    ["dependent", "depend"],
    ["adoption", "adopt"],
    ["communism", "commun"],
    ["activate", "activ"],
    ["homologous", "homolog"],
    ["effective", "effect"],
    ["bowdlerize", "bowdler"],
    ["probate", "probat"],
    ["rate", "rate"],
    ["cease", "ceas"],
    ["controll", "control"],
    ["roll", "roll"],
  ])("%s → %s", (word, stem) => {
    expect(Stemmer.porter(word)).toBe(stem)
  })

  it("brings a term's inflected forms to one stem", () => {
    for (const group of [
      ["corrupt", "corruption", "corrupted", "corrupts"],
      ["prosecute", "prosecuted", "prosecutes", "prosecution"],
      ["trafficking", "trafficked", "trafficks"],
      ["bribe", "bribes", "bribed"],
    ])
      expect(new Set(group.map(Stemmer.porter)).size).toBe(1)
  })
})

describe("Stemmer.malay", () => {
  it.each([
    ["menyeludup", "seludup"],
    ["penyeludupan", "seludup"],
    ["pemerdagangan", "dagang"],
    ["perdagangan", "dagang"],
    ["diperdagangkan", "dagang"],
    ["menangkap", "tangkap"],
    ["penangkapan", "tangkap"],
    ["memukul", "pukul"],
    ["mendakwa", "dakwa"],
    ["pendakwaan", "dakwa"],
    ["diterima", "terima"],
    ["menerima", "terima"],
    ["mengatasi", "atas"],
    ["rasuah", "rasuah"],
    ["merasuah", "rasuah"],
    ["mangsa", "mangsa"],
    ["polisi", "polisi"],
    ["bukti", "bukti"],
    ["bekerja", "kerja"],
    ["bertugas", "tugas"],
  ])("%s → %s", (word, stem) => {
    expect(Stemmer.malay(word)).toBe(stem)
  })

  it("chooses by language, and leaves unknown languages unstemmed", () => {
    expect(Stemmer.forLanguage("en-GB")("corruption")).toBe("corrupt")
    expect(Stemmer.forLanguage("ms")("perdagangan")).toBe("dagang")
    expect(Stemmer.forLanguage("th")("corruption")).toBe("corruption")
    expect(Stemmer.forLanguage("th", { th: (w) => w.slice(0, 3) })("corruption")).toBe("cor")
  })
})

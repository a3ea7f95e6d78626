import { Command } from "effect/cli"
import { analyzeCooccurrence } from "./analyze-cooccurrence.js"
import { analyzeFrequencies } from "./analyze-frequencies.js"
import { analyzeLinks } from "./analyze-links.js"
import { analyzeMatrix } from "./analyze-matrix.js"
import { analyzeSaturation } from "./analyze-saturation.js"
import { analyzeWords } from "./analyze-words.js"

export const analyze = Command.make("analyze").pipe(
  Command.withDescription(
    "analyses of accepted codings: frequencies, matrix, cooccurrence, saturation, links; and word frequencies",
  ),
  Command.withSubcommands([
    analyzeFrequencies,
    analyzeMatrix,
    analyzeCooccurrence,
    analyzeSaturation,
    analyzeLinks,
    analyzeWords,
  ]),
)

/**
 * What makes two sources the same source: their normalised text, and nothing else. A file imported twice, a
 * transcript exported to REFI-QDA and imported back, or a document whose sidecar metadata changed all name the
 * same text, so the project keeps one source. Every reader and importer takes a source's hash from here.
 */
import * as Ids from "./Ids.js"
import * as Text from "./Text.js"

/** SHA-256 (hex) of the source's text after `Text.normalise`: the `hash` every stored source carries. */
export const hash = (text: string): string => Ids.sha256(Text.normalise(text))

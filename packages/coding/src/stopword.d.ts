/** The word lists of the `stopword` package (it ships no types): one array of stop words per ISO 639-3 code. */
declare module "stopword" {
  export const eng: ReadonlyArray<string>
  export const msa: ReadonlyArray<string>
}

/** JSON: the findings model itself, encoded with its Schema, so a later run can decode and re-render it. */
import { Effect, Schema } from "effect"
import { Findings } from "../Findings.js"
import { type Renderer, ReportError } from "../Renderer.js"

export const render = (f: Findings): string => `${JSON.stringify(Schema.encodeSync(Findings)(f), null, 2)}\n`

export const renderer: Renderer = {
  format: "json",
  description: "the findings model as JSON (all sections, whatever --sections says)",
  layout: "file",
  extension: ".json",
  render: (f) =>
    Effect.try({
      try: () => [{ path: "", content: render(f) }],
      catch: (cause) =>
        new ReportError({ message: `the findings do not match the model: ${String(cause)}`, cause }),
    }),
}

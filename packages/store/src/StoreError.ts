import { Schema } from "effect"

/** A storage failure the user cannot fix by changing input (disk, driver, constraint the code should have checked). */
export class StoreError extends Schema.TaggedError<StoreError>()("StoreError", {
  message: Schema.String,
  cause: Schema.optional(Schema.Defect()),
}) {}

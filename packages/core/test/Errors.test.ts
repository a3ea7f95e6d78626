import { describe, expect, it } from "vitest"
import { BadInput, type BadInputReason } from "../src/index.js"

describe("BadInput", () => {
  it("carries one of the declared reasons, and the type checker refuses any other", () => {
    const reason: BadInputReason = "invalid-utf8"
    const e = new BadInput({ reason, file: "a.md", byte: 3, message: "a.md: invalid UTF-8 at byte 3" })
    expect(e).toMatchObject({ _tag: "BadInput", reason: "invalid-utf8", file: "a.md", byte: 3 })
    // `pnpm typecheck` fails if a free string is accepted as a reason again
    // @ts-expect-error "invalid-utf-8" is not a declared reason
    const misspelt: BadInputReason = "invalid-utf-8"
    expect(misspelt).toBe("invalid-utf-8")
  })
})

import { userInfo } from "node:os"
import { Option } from "effect"
import { afterEach, describe, expect, it } from "vitest"
import * as Coder from "../src/Coder.js"

describe("the current coder", () => {
  const saved = process.env.VALUELENS_CODER
  afterEach(() => {
    if (saved === undefined) delete process.env.VALUELENS_CODER
    else process.env.VALUELENS_CODER = saved
  })
  it("is the flag, else $VALUELENS_CODER, else the login name, for every command and the terminal UI", () => {
    process.env.VALUELENS_CODER = "siti"
    expect(Coder.current(Option.some("alice"))).toBe("alice")
    expect(Coder.current()).toBe("siti")
    delete process.env.VALUELENS_CODER
    expect(Coder.current()).toBe(userInfo().username)
  })
})

/** What a command says when another holds the project's write lock past the wait, or the disk is full. */
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import BetterSqlite3 from "better-sqlite3"
import { describe, expect, it } from "vitest"
import { StoreError } from "../src/StoreError.js"

describe("StoreError.fromCause", () => {
  it("says the project is busy when SQLite's write lock stays taken", () => {
    const file = join(mkdtempSync(join(tmpdir(), "vl-busy-")), "db.sqlite")
    const holder = new BetterSqlite3(file)
    holder.pragma("journal_mode = WAL")
    holder.exec("create table t (x)")
    holder.exec("begin immediate")
    const waiter = new BetterSqlite3(file)
    waiter.pragma("busy_timeout = 0")
    let cause: unknown
    try {
      waiter.exec("begin immediate")
    } catch (e) {
      cause = e
    }
    holder.exec("rollback")
    holder.close()
    waiter.close()
    expect(StoreError.fromCause(cause, "importing").message).toBe(
      "importing: the project is busy: another valuelens command has been writing to it for longer than the 30 s this one waits; nothing was changed, run it again when the other has finished",
    )
  })

  it("keeps any other cause's own message", () => {
    expect(StoreError.fromCause(new Error("no such table: t"), "listing").message).toBe(
      "listing: no such table: t",
    )
  })
})

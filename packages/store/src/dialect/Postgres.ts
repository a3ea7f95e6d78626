/**
 * PostgreSQL, for a team that shares one project on a server, through node-postgres (`pg`), which is loaded
 * only when a project names a server. The password never comes from the project file: node-postgres takes it
 * from PGPASSWORD or ~/.pgpass. Text search reads the sources whose text holds every word of the phrase
 * (ILIKE); the search then checks each candidate for the phrase itself.
 */
import { PostgresDialect, sql } from "kysely"
import type { Backend } from "../Backend.js"
import { StoreError } from "../StoreError.js"

export const backend: Backend = {
  name: "PostgreSQL",
  types: { float: "double precision", bytes: "bytea" },
  createTextIndex: async () => {},
  dropTextIndex: async () => {},
  createLanes: async (db) => {
    for (const statement of lanes) await statement.execute(db)
  },
  dropLanes: async (db) => {
    for (const [table, policies] of Object.entries(LANE_POLICIES)) {
      for (const p of policies) await sql`drop policy ${sql.id(p)} on ${sql.table(table)}`.execute(db)
      await sql`alter table ${sql.table(table)} disable row level security`.execute(db)
    }
  },
  matching: async (db, query) => {
    // the words are letters and digits only, so they hold none of LIKE's wildcards
    let q = db.selectFrom("source").select("id")
    for (const word of query.match(/[\p{L}\p{N}]+/gu) ?? []) q = q.where("text", "ilike", `%${word}%`)
    const rows = await q.orderBy("position").execute()
    return rows.map((r) => r.id)
  },
}

/**
 * Row-level security: the role that created the project's tables owns them and is the lead, to whom no policy
 * applies (PostgreSQL exempts a table's owner); every other role is a coder, whom these policies keep to their
 * own lane. A coder reads every row; adds, changes and removes only the codings whose coder is their role (or
 * an engine's, so that they can run the auto-coder and review its suggestions) and the memos they wrote; and
 * removes or moves only segments that no one else's coding uses (removing a segment removes its codings).
 * What else a coder may write is what the lead grants (see docs/teams.md): not the codebook, sources or
 * participants.
 */
const ownCoding = sql`"coderId" = current_user or exists (select 1 from coder where coder.id = "coderId" and coder.engine = 1)`
const LANE_POLICIES = {
  coding: ["coding_read", "coding_own"],
  pending_suggestions: ["pending_suggestions_read", "pending_suggestions_own"],
  memo: ["memo_read", "memo_own"],
  segment: ["segment_read", "segment_add", "segment_unshared_change", "segment_unshared_remove"],
} as const
const lanes = [
  sql`alter table coding enable row level security`,
  sql`create policy coding_read on coding for select using (true)`,
  sql`create policy coding_own on coding for all using (${ownCoding}) with check (${ownCoding})`,
  sql`alter table pending_suggestions enable row level security`,
  sql`create policy pending_suggestions_read on pending_suggestions for select using (true)`,
  sql`create policy pending_suggestions_own on pending_suggestions for all using (${ownCoding}) with check (${ownCoding})`,
  sql`alter table memo enable row level security`,
  sql`create policy memo_read on memo for select using (true)`,
  sql`create policy memo_own on memo for all using (author = current_user) with check (author = current_user)`,
  sql`alter table segment enable row level security`,
  sql`create policy segment_read on segment for select using (true)`,
  sql`create policy segment_add on segment for insert with check (true)`,
  ...(["update", "delete"] as const).map(
    (command) =>
      sql`create policy ${sql.id(`segment_unshared_${command === "update" ? "change" : "remove"}`)} on segment for ${sql.raw(command)} using (not exists (
        select 1 from coding c where c."segmentId" = segment.id and c."coderId" <> current_user
          and not exists (select 1 from coder where coder.id = c."coderId" and coder.engine = 1)))`,
  ),
]

/** Whether a storage URL names a PostgreSQL server. */
export const isUrl = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url)

/** Where a URL points, for messages: the server (host and port, or socket folder), the database and the user. */
export interface Address {
  readonly server: string
  readonly database: string
  readonly user: string | undefined
  readonly password: boolean
}

/** Reads a `postgres://user@host:port/database` URL (a socket folder as `?host=/path`), or says what is wrong. */
export const address = (url: string): Address | string => {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return `"${url}" is not a URL; expected postgres://USER@HOST[:PORT]/DATABASE`
  }
  if (!isUrl(url)) return `"${url}" is not a PostgreSQL URL; expected postgres://USER@HOST[:PORT]/DATABASE`
  const database = decodeURIComponent(u.pathname.replace(/^\//, ""))
  if (database === "" || database.includes("/"))
    return `"${url}" names no database; expected postgres://USER@HOST[:PORT]/DATABASE`
  const socket = u.searchParams.get("host")
  const host = socket ?? (u.hostname || "localhost")
  return {
    server: socket ? host : `${host}:${u.port || "5432"}`,
    database,
    user: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password !== "",
  }
}

/** The URL without its password, to keep in a project file or to print. */
export const withoutPassword = (url: string): string => {
  const u = new URL(url)
  u.password = ""
  return u.toString()
}

/**
 * A connection failure said in one line: the server and database, what went wrong, and what to do. node-postgres
 * reports a refused connection, an unknown host or socket, a refused password and an unknown database by
 * their codes (errno names and PostgreSQL SQLSTATEs).
 */
export const describeFailure = (a: Address, cause: unknown): string => {
  const code = String((cause as { code?: unknown } | null)?.code ?? "")
  const where = `the PostgreSQL database "${a.database}" on ${a.server}`
  const user = a.user ?? "the current user"
  if (code === "ECONNREFUSED" || code === "ENOENT")
    return `cannot reach ${where}: no server answers there; start the server (or correct the URL) and run the command again`
  if (code === "ENOTFOUND" || code === "EAI_AGAIN")
    return `cannot reach ${where}: the host is not known; correct the host in the URL`
  if (code === "28P01" || code === "28000")
    return `cannot open ${where}: the server refused the login of ${user}; set the password in PGPASSWORD or ~/.pgpass (never in the URL), or ask the server's administrator for access`
  if (code === "3D000")
    return `cannot open ${where}: the server has no such database; create it (createdb ${a.database}) or correct the URL`
  if (code === "ECONNRESET" || code === "57P01" || code === "57P03")
    return `lost ${where}: the server closed the connection; nothing was changed, run the command again when it is up`
  return `cannot open ${where}: ${cause instanceof Error ? cause.message : String(cause)}`
}

/**
 * A Kysely dialect over a pool of connections to `url` (its password, if any, from the environment). The pool
 * is made, and `pg` loaded, on the first query.
 */
export const dialect = (url: string): PostgresDialect =>
  new PostgresDialect({
    pool: async () => {
      const { default: pg } = await import("pg")
      return new pg.Pool({ connectionString: url, max: 4 })
    },
  })

/** Connects once to `url`, so that a wrong URL, a refused password or a server that is down fail in one line. */
export const check = async (url: string): Promise<void> => {
  const a = address(url)
  if (typeof a === "string") throw new StoreError({ message: a })
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  try {
    await client.connect()
  } catch (cause) {
    throw new StoreError({ message: describeFailure(a, cause), cause })
  } finally {
    await client.end().catch(() => undefined)
  }
}

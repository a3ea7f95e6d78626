import { Argument, Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const listConfig = {
  source: Flag.String("source").pipe(
    Flag.withDescription("only the detached codings of this source (handle or id)"),
    Flag.optional,
  ),
  project: Flags.project,
  json: Flags.json,
}

export const placeConfig = {
  coding: Argument.String("coding").pipe(Argument.withDescription("the detached coding's id")),
  range: Argument.Int("start end").pipe(
    Argument.withDescription(
      "START END: where to place it in the source's current text (code points, end-exclusive)",
    ),
    Argument.between(2, 2),
  ),
  project: Flags.project,
  json: Flags.json,
}

export const dropConfig = {
  codings: Argument.String("coding").pipe(
    Argument.withDescription("the detached codings' ids"),
    Argument.atLeast(1),
  ),
  project: Flags.project,
  json: Flags.json,
}

const detachedList = Command.make(
  "list",
  listConfig,
  handler(() => import("../handlers/code-detached.js").then((m) => ({ run: m.list }))),
).pipe(Command.withDescription("list the codings a re-import could not place, with the words they were on"))

const detachedPlace = Command.make(
  "place",
  placeConfig,
  handler(() => import("../handlers/code-detached.js").then((m) => ({ run: m.place }))),
).pipe(Command.withDescription("place a detached coding on a passage of its source's current text"))

const detachedDrop = Command.make(
  "drop",
  dropConfig,
  handler(() => import("../handlers/code-detached.js").then((m) => ({ run: m.drop }))),
).pipe(Command.withDescription("drop detached codings (undo with `code undo`)"))

export const codeDetached = Command.make("detached").pipe(
  Command.withDescription(
    "codings a re-import (import --replace) could not place because their words are gone: list, place or drop them",
  ),
  Command.withSubcommands([detachedList, detachedPlace, detachedDrop]),
)

import { Command } from "effect/cli"
import { codeAdd } from "./code-add.js"
import { codeAuto } from "./code-auto.js"
import { codeDetached } from "./code-detached.js"
import { codeEvaluate } from "./code-evaluate.js"
import { codeRedo } from "./code-redo.js"
import { codeUndo } from "./code-undo.js"

export const code = Command.make("code").pipe(
  Command.withDescription(
    "code sources: by hand (add), automatically (auto), measure the engines (evaluate), undo and redo, place or drop detached codings",
  ),
  Command.withSubcommands([codeAdd, codeAuto, codeEvaluate, codeUndo, codeRedo, codeDetached]),
)

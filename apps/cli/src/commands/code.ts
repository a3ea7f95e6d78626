import { Command } from "effect/cli"
import { codeAdd } from "./code-add.js"
import { codeAuto } from "./code-auto.js"
import { codeRedo } from "./code-redo.js"
import { codeUndo } from "./code-undo.js"

export const code = Command.make("code").pipe(
  Command.withDescription("code sources: by hand (add), with the lexicon rules (auto), undo and redo"),
  Command.withSubcommands([codeAdd, codeAuto, codeUndo, codeRedo]),
)

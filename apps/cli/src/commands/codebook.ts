import { Command } from "effect/cli"
import { codebookCreate } from "./codebook-create.js"
import { codebookDelete } from "./codebook-delete.js"
import { codebookDescribe } from "./codebook-describe.js"
import { codebookList } from "./codebook-list.js"
import { codebookMerge } from "./codebook-merge.js"
import { codebookMove } from "./codebook-move.js"
import { codebookRename } from "./codebook-rename.js"
import { codebookShow } from "./codebook-show.js"
import { codebookSplit } from "./codebook-split.js"

export const codebook = Command.make("codebook").pipe(
  Command.withDescription(
    "keep the codebook: list and show codes, create, rename, describe, move, merge, split and delete them",
  ),
  Command.withSubcommands([
    codebookList,
    codebookShow,
    codebookCreate,
    codebookRename,
    codebookDescribe,
    codebookMove,
    codebookMerge,
    codebookSplit,
    codebookDelete,
  ]),
)

/**
 * The current coder: who a manual coding, a memo or an overridden verdict is recorded as. One rule for every
 * command and the terminal UI: the `--coder` (or `--author`) flag when given, else `$VALUELENS_CODER`, else the
 * login name.
 */
import { userInfo } from "node:os"
import { Option } from "effect"

const login = (): string => {
  try {
    return userInfo().username || "researcher"
  } catch {
    return "researcher"
  }
}

/** The coder a flag names, else `$VALUELENS_CODER`, else the login name. */
export const current = (flag: Option.Option<string> = Option.none()): string =>
  Option.getOrElse(flag, () => process.env.VALUELENS_CODER || login())

/** How a flag's help names the default. */
export const DEFAULT = "default: $VALUELENS_CODER or your login"

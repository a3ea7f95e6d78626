/**
 * Data-source triangulation (Denzin 1978; Patton 1999): is a theme supported by more than one kind of
 * informant? For each theme, the participant groups whose members raised it; a theme resting on a single group
 * (say, only NGO staff) is flagged, since it may reflect that group's position rather than the case.
 */
import type { ThemeEvidence } from "./Evidence.js"

export interface Support {
  readonly theme: string
  readonly groups: ThemeEvidence["interview"]["groups"]
  /** `one-group`: every participant who raised the theme is in the same group; `none`: no participant raised it. */
  readonly flag?: "one-group" | "none" | undefined
}

export const support = (evidence: ThemeEvidence): Support => {
  const groups = evidence.interview.groups
  return {
    theme: evidence.theme.id,
    groups,
    flag: groups.length === 0 ? "none" : groups.length === 1 ? "one-group" : undefined,
  }
}

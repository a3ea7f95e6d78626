/** `export codings --format csv` writes text a spreadsheet would run as a formula as plain text (OWASP). */
import type { CodingRow } from "@valuelens/store"
import { describe, expect, it } from "vitest"
import { toCsv } from "../src/handlers/export-codings.js"

const row = (text: string, participant: string, score: number | undefined): CodingRow => ({
  codingId: "cod_1",
  segmentId: "seg_1",
  sourceId: "src_1",
  sourceTitle: "t",
  sourceKind: "interview",
  documentType: undefined,
  participantId: participant,
  group: "ngo",
  start: 0,
  end: text.length,
  text,
  codeId: "vd/trust",
  codeName: "Trust",
  codeKind: "value",
  coderId: "rules",
  status: "suggested",
  origin: "rule:x",
  score,
})

describe("codings as CSV", () => {
  it("prefixes a quote to text cells starting with = + - @ tab or CR, and leaves numbers alone", () => {
    const csv = toCsv([
      row('=HYPERLINK("http://x","y")', "@P1", -0.5),
      row("+1 and -2", "-P2", 3),
      row("\tindented\rtext", "P3", undefined),
      row("plain, with a comma", "P4", 0.25),
    ])
    expect(csv.split("\r\n")).toEqual([
      "source,participant,group,start,end,text,code,kind,coder,status,origin,score",
      `src_1,'@P1,ngo,0,26,"'=HYPERLINK(""http://x"",""y"")",vd/trust,value,rules,suggested,rule:x,-0.5`,
      "src_1,'-P2,ngo,0,9,'+1 and -2,vd/trust,value,rules,suggested,rule:x,3",
      `src_1,P3,ngo,0,14,"'\tindented\rtext",vd/trust,value,rules,suggested,rule:x,`,
      'src_1,P4,ngo,0,19,"plain, with a comma",vd/trust,value,rules,suggested,rule:x,0.25',
      "",
    ])
  })
})

import { describe, expect, it } from "vitest"
import * as Findings from "../src/Findings.js"
import * as Markdown from "../src/markdown/index.js"
import { EVIL, full, partial } from "./fixture.js"

describe("Markdown", () => {
  it("renders the fixed findings", () => {
    expect(Markdown.render(full)).toMatchInlineSnapshot(`
      "# Malaysia pilot: findings

      ## The study

      4 participants, 4 interviews, 1 document and 0 statistics files; 10 accepted codings over 9 segments (2 suggestions awaiting review, not counted).

      | kind | sources |
      | --- | ---: |
      | interview | 4 |
      | document | 1 |
      | statistics | 0 |

      | group | participants |
      | --- | ---: |
      | government | 1 |
      | enforcement | 1 |
      | academic | 1 |
      | ngo | 1 |
      | total | 4 |

      ## Findings by research question and theme

      ### RQ1. Which value deficits weaken implementation?

      #### Integrity

      _value · \`vd/integrity\`_

      **Definition.** Acting honestly and accountably in law enforcement.

      **What a deficit looks like.** Officers bribed by syndicates; collusion.

      Supported by **2** participants from **2** groups (Enforcement 1, NGO 1) in 3 interview segments across 2 interviews. Carried by 1 segment in 1 document.

      Participants: PDRM 9, &lt;img src=x onerror=alert(1)&gt;.

      **Exemplar quotations**

      > Some officers are paid by the syndicate &amp; look away. (PDRM 9)

      > Officers took bribes and nobody was held accountable. (&lt;img src=x onerror=alert(1)&gt;)

      **Documentary corroboration**

      | document | type | year | country | segments | pages |
      | --- | --- | ---: | --- | ---: | --- |
      | TIP Report 2023 | tip-report | 2023 | MYS | 1 | 12 |

      **Statistical corroboration**

      No statistic bears on this theme.

      **Convergence**

      | evidence a | evidence b | verdict | rule | evidence | computed verdict | override reason |
      | --- | --- | --- | --- | --- | --- | --- |
      | interviews | documents | agreement | both carry the theme | 2 participants; TIP Report 2023 p. 12 | — | — |

      #### Justice

      _value · \`vd/justice\`_

      **Definition.** Fair and effective prosecution.

      Supported by **2** participants from **2** groups (Government 1, NGO 1) in 2 interview segments across 2 interviews.

      Participants: AGC 1, &lt;img src=x onerror=alert(1)&gt;.

      **Exemplar quotations**

      > Victims are afraid to testify, so charges cannot be brought. (AGC 1)

      **Documentary corroboration**

      No document in the project carries this theme.

      **Statistical corroboration**

      | rule | country | measure | signal | values | description | note |
      | --- | --- | --- | --- | --- | --- | --- |
      | vd/conviction-ratio | MYS | enforcement.convictions / enforcement.prosecutions | deficit | 2015: 0.056; 2016: 0.184 | Convictions per prosecution below 0.25 signal a justice deficit | — |

      **Convergence**

      | evidence a | evidence b | verdict | rule | evidence | computed verdict | override reason |
      | --- | --- | --- | --- | --- | --- | --- |
      | interviews | statistics | partial agreement | statistics signal a deficit in some years | ratio 0.056 in 2015; ratio 0.184 in 2016 | agreement | 2016 counts are secondary paraphrases |

      #### Civic responsibility

      _value · \`vd/civic-responsibility\`_

      **Definition.** Public awareness and prevention.

      No accepted codings carry this theme yet.

      **Documentary corroboration**

      No document in the project carries this theme.

      **Statistical corroboration**

      No statistic bears on this theme.

      **Convergence**

      No pair of evidence types was compared for this theme.

      ### Other themes: Organisational and structural factors

      #### Weak monitoring and accountability

      _factor · \`vd/weak-monitoring\`_

      **Definition.** Little oversight of officers.

      **Hypothesised to drive:** Integrity.

      Supported by **1** participant from **1** group (Enforcement 1) in 1 interview segment across 1 interview.

      Participants: PDRM 9.

      **Documentary corroboration**

      No document in the project carries this theme.

      **Statistical corroboration**

      Not computed: triangulation was not run for this report.

      **Convergence**

      Not computed: triangulation was not run for this report.

      ## Themes by participant group

      Supporting participants per theme and participant group.

      | theme | Government | Enforcement | Academic | NGO |
      | --- | ---: | ---: | ---: | ---: |
      | Integrity | 0 | 1 | 0 | 1 |
      | Justice | 1 | 0 | 0 | 1 |
      | Civic responsibility | 0 | 0 | 0 | 0 |
      | Weak monitoring and accountability | 0 | 1 | 0 | 0 |

      ## Factor → value deficit model

      Link strength: c-coefficient n12 / (n1 + n2 − n12) over segments. Hypothesised links are those the framework names.

      | factor | value | strength | co-occurrences | participants | hypothesised |
      | --- | --- | ---: | ---: | ---: | --- |
      | Weak monitoring and accountability | Integrity | 0.333 | 1 | 1 | yes |
      | Weak monitoring and accountability | Justice | 0.100 | 1 | 1 | no |

      ## The four pillars

      Values map onto **pillars**:

      - prosecution: integrity, justice
      - protection: empathy

      See [the plan](https://example.org/naptip). &lt;img src=x onerror=alert(1)&gt;

      ## Saturation

      Saturation reached at interview 2: the next 2 interviews added 0 % new information.

      | parameter | value |
      | --- | --- |
      | order | import order |
      | base size | 2 |
      | run length | 2 |
      | new-information threshold | 0.050 |
      | saturated | yes |
      | at interview | 2 |
      | new information | 0 |
      | distinct codes | 3 |

      | position | interview | new codes | cumulative codes | codes first seen |
      | ---: | --- | ---: | ---: | --- |
      | 1 | &lt;img src=x onerror=alert(1)&gt; | 2 | 2 | vd/integrity; vd/justice |
      | 2 | PDRM 9 | 1 | 3 | vd/weak-monitoring |
      | 3 | AGC 1 | 0 | 3 |  |
      | 4 | UUM Academic 1 | 0 | 3 |  |

      ## Inter-coder reliability

      Coders NA, rules over 40 units (sentence).

      | measure | value |
      | --- | ---: |
      | percent agreement | 0.900 |
      | Krippendorff's alpha (nominal) | 0.742 |

      | code | percent agreement | Krippendorff's alpha (nominal) |
      | --- | ---: | ---: |
      | Integrity | 0.950 | 0.800 |
      | Justice | 1 | — |

      ## Country comparison

      ### Malaysia (MYS)

      | year | tier | source | confidence |
      | ---: | --- | --- | --- |
      | 2020 | Tier 2 Watch List | CIAFB | single-source |
      | 2021 | Tier 3 | STATE\\_MYS | confirmed |
      | 2022 | Tier 3 | STATE\\_MYS | confirmed |
      | 2023 | Tier 2 Watch List | GVNET\\_MYS23 | confirmed |

      | indicator | year | value | unit | source | confidence |
      | --- | ---: | ---: | --- | --- | --- |
      | Victims identified | 2023 | 180 | persons | STATE\\_MYS | single-source |

      | kind | name | year | detail | source | confidence |
      | --- | --- | ---: | --- | --- | --- |
      | law | ATIPSOM Act 2007 (Act 670) | 2007 | — | MYLAW670 | confirmed |

      ### Philippines (PHL)

      | year | tier | source | confidence |
      | ---: | --- | --- | --- |
      | 2020 | Tier 1 | GVNET2020 | confirmed |
      | 2021 | Tier 1 | TRIBUNE25 | confirmed |
      | 2023 | Tier 1 | GVNET2023 | confirmed |

      ## Memos

      | on | author | date | title | memo |
      | --- | --- | --- | --- | --- |
      | code Integrity | NA | 2025-01-12 | Scope | Bribes at the border, not in the courts. &lt;img src=x onerror=alert(1)&gt; |
      | the project | NA | 2025-01-13 | — | Ask JIM about rotation. |

      ## Method notes

      | plugin | version | namespace |
      | --- | --- | --- |
      | @valuelens/plugin-framework-value-deficits | 0.1.0 | vd |

      | coder | name | engine |
      | --- | --- | --- |
      | NA | Nur Aisyah | no |
      | rules | Rule auto-coder | yes |

      Only accepted codings count; suggestions waiting for review and rejected codings do not.

      Groups first, then score, then length.

      - Sources imported: 2025-01-10T08:00:00.000Z to 2025-01-11T08:00:00.000Z
      - Interviews dated: 2024-03-12 to 2024-04-02
      - Report generated: 2025-01-15T09:00:00.000Z (findings model version 1)
      - Reliability: the recorded run "study" made 2025-01-14T16:00:00.000Z
      - Saturation: computed for this report
      - Triangulation: computed for this report
      "
    `)
  })

  it("says plainly which sections were not computed", () => {
    expect(
      Markdown.render(partial, { sections: ["model", "saturation", "reliability", "comparison"] }),
    ).toMatchInlineSnapshot(`
        "# Malaysia pilot: findings

        ## Factor → value deficit model

        The factor → value links were not computed for this report (run \`valuelens analyze links\`).

        ## Saturation

        Saturation was not computed for this report (run \`valuelens analyze saturation\`).

        ## Inter-coder reliability

        Inter-coder reliability was not computed for this report (run \`valuelens agreement --coders A,B\`).

        ## Country comparison

        No country comparison: the project holds no TIP tiers or indicators, and none was computed (run \`valuelens compare\`).
        "
      `)
  })

  it("never lets a participant name become HTML or Markdown", () => {
    const md = Markdown.render(full)
    expect(md).not.toContain(EVIL)
    expect(md).toContain("&lt;img src=x onerror=alert(1)&gt;")
  })

  it("renders only the sections asked for, in report order", () => {
    const md = Markdown.render(full, { sections: ["method", "summary"] })
    expect([...md.matchAll(/^## (.*)$/gm)].map((m) => m[1])).toEqual(["The study", "Method notes"])
  })

  it("the fixture is a valid findings model", () => {
    expect(Findings.decode(JSON.parse(JSON.stringify(full)))).toEqual(full)
  })
})

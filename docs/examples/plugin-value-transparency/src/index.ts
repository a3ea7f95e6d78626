/**
 * Transparency as a sixth value next to the value-deficit framework: whether agencies make their decisions,
 * figures and procedures open to scrutiny. Its deficit is driven by opaque procedures, shows in public reporting,
 * and belongs to the partnership pillar, since partners and the public can only hold to account what they can see.
 */
import { definePlugin } from "@valuelens/plugin-api/define"

export default definePlugin({
  apiVersion: 1,
  meta: {
    name: "@acme/valuelens-plugin-value-transparency",
    version: "0.1.0",
    namespace: "acme",
    description: "Transparency as a sixth value dimension",
  },
  values: [
    {
      id: "acme/transparency",
      name: "Transparency",
      definition:
        "Agencies make their decisions, figures and procedures open to scrutiny by partners, courts and the public. Code talk about what is published, disclosed or kept from view.",
      deficit:
        "Statistics not published or inconsistent, decisions taken behind closed doors, reports classified, NGOs and researchers refused information.",
      area: "acme/public-reporting",
      pillars: ["partnership"],
      colour: "#17becf",
    },
  ],
  factors: [
    {
      id: "acme/opaque-procedures",
      name: "Opaque procedures",
      definition:
        "Rules and habits that keep information inside an agency: classification by default, no duty to publish, approval chains for every disclosure.",
      drives: ["acme/transparency"],
      colour: "#9edae5",
    },
  ],
  areas: [
    {
      id: "acme/public-reporting",
      name: "Public reporting",
      definition: "What agencies publish about trafficking cases, victims and their own performance.",
      pillar: "partnership",
    },
  ],
  lexicons: [
    {
      language: "en",
      entries: [
        {
          code: "acme/transparency",
          terms: [
            { text: "transparency", weight: 2 },
            { text: "transparent", weight: 2 },
            { text: "disclose", weight: 2 },
            "publish",
            "public",
            "statistics",
            "secret",
          ],
          phrases: [
            { text: "behind closed doors", weight: 2 },
            { text: "not made public", weight: 2 },
          ],
          near: [{ a: "data", b: "publish", n: 5, weight: 2 }],
          patterns: [{ text: "\\bclassifi(ed|cation)\\b", weight: 1 }],
          exclude: ["transparent plastic"],
          minScore: 2,
        },
        {
          code: "acme/opaque-procedures",
          terms: [{ text: "classified", weight: 2 }, "approval", "permission", "confidential"],
          phrases: [
            { text: "official secrets", weight: 2 },
            { text: "need approval", weight: 2 },
          ],
          minScore: 2,
        },
      ],
    },
  ],
})

/**
 * The value-deficit framework: five values whose deficits weaken anti-trafficking mechanisms, the five
 * organisational and structural factors that drive them (factor → value deficit → weaker mechanism), the
 * mechanism areas where each deficit shows and the four pillars of an action plan they map onto, and an English
 * lexicon for suggesting codes. The lexicon is written from the definitions below, not from any transcript.
 */
import { createRequire } from "node:module"
import { definePlugin } from "@valuelens/plugin-api/define"
import { english } from "./English.js"
import { englishExemplars } from "./Exemplars.js"

// meta.version follows the package, so the codebook sync can tell researchers which release changed a code
const { version } = createRequire(import.meta.url)("../package.json") as { version: string }

export const NAMESPACE = "vd"

/** The pillars of a national action plan against trafficking in persons. */
export const pillars = ["prosecution", "protection", "prevention", "partnership"] as const

export const framework = definePlugin({
  apiVersion: 1,
  meta: {
    name: "@valuelens/plugin-framework-value-deficits",
    version,
    namespace: NAMESPACE,
    description:
      "Value deficits in anti-trafficking governance: integrity, justice, empathy, civic responsibility and trust, and the organisational factors behind them",
  },
  values: [
    {
      id: "vd/integrity",
      name: "Integrity",
      definition:
        "Officers and institutions act honestly and impartially, putting their public duty before private gain or loyalty to outsiders. Code talk about whether enforcement officers (border, police, immigration, labour) can be trusted to apply the law to traffickers.",
      deficit:
        "Officers bribed or paid by syndicates, collusion or complicity with traffickers, conflicts of interest, abuse of authority, cases dropped or leaked for favours.",
      area: "vd/law-enforcement",
      pillars: ["prosecution"],
      colour: "#1f77b4",
    },
    {
      id: "vd/justice",
      name: "Justice",
      definition:
        "Traffickers are charged, tried and convicted, and victims obtain redress, through a fair and timely legal process. Code talk about charging, evidence, witnesses, courts, hearings and sentences.",
      deficit:
        "Charges that cannot be brought, a heavy evidentiary burden, victims afraid or unwilling to testify, few specialised courts or prosecutors, slow or postponed hearings, low conviction rates.",
      area: "vd/prosecution",
      pillars: ["prosecution"],
      colour: "#d62728",
    },
    {
      id: "vd/empathy",
      name: "Empathy",
      definition:
        "Victims are identified and cared for as people who have been harmed, with care shaped around their needs, dignity and recovery. Code talk about how victims are treated in identification, shelters, interviews and care.",
      deficit:
        "Procedural rather than victim-centred care, victims treated as offenders or illegal migrants, no medical or counselling staff in shelters, no victim database, language barriers without interpreters, no trauma-informed practice.",
      area: "vd/victim-protection",
      pillars: ["protection"],
      colour: "#2ca02c",
    },
    {
      id: "vd/civic-responsibility",
      name: "Civic responsibility",
      definition:
        "The public, employers and communities understand what trafficking is and take a share in preventing and reporting it. Code talk about public knowledge, awareness campaigns, reporting by the public and prevention.",
      deficit:
        "A public unaware of what trafficking is or confusing it with smuggling, victims who do not recognise themselves as victims, weak, rare or poorly reaching awareness campaigns.",
      area: "vd/public-awareness",
      pillars: ["prevention"],
      colour: "#ff7f0e",
    },
    {
      id: "vd/trust",
      name: "Trust",
      definition:
        "Government agencies, NGOs and international organisations rely on one another, share information and work towards common goals. Code talk about relations, cooperation and information sharing between the organisations involved.",
      deficit:
        "Government and NGOs with different priorities, NGOs without a say in policy or excluded from decisions, fragmented or withheld information sharing, suspicion between agencies.",
      area: "vd/inter-agency-collaboration",
      pillars: ["partnership"],
      colour: "#9467bd",
    },
  ],
  factors: [
    {
      id: "vd/divergent-approaches",
      name: "Divergent organisational approaches",
      definition:
        "Organisations approach trafficking from different mandates: enforcement and immigration agencies from security, border control and compliance; NGOs and shelters from victim welfare and human rights. Code talk about these differing aims, mandates and priorities.",
      drives: ["vd/trust"],
      colour: "#c5b0d5",
    },
    {
      id: "vd/weak-monitoring",
      name: "Weak monitoring and accountability",
      definition:
        "Too little oversight of officers and agencies: no audits, no internal checks, no consequences for misconduct, no one answerable for results. Code talk about how (or whether) officers' conduct and agencies' performance are monitored.",
      drives: ["vd/integrity"],
      colour: "#aec7e8",
    },
    {
      id: "vd/resource-constraints",
      name: "Resource constraints",
      definition:
        "Too few people, skills and facilities to investigate and prosecute: shortages of investigators, prosecutors and judges, few specialised courts, little capacity to gather forensic or financial evidence, case backlogs. Code talk about staffing, expertise and capacity in enforcement and the courts.",
      drives: ["vd/justice"],
      colour: "#ff9896",
    },
    {
      id: "vd/logistical-barriers",
      name: "Organisational and logistical barriers",
      definition:
        "Practical gaps in caring for victims: no shared victim database, no medical or counselling staff in shelters, no interpreters, crowded or distant facilities, transport and paperwork that hold victims back. Code talk about the infrastructure and arrangements of victim care.",
      drives: ["vd/empathy"],
      colour: "#98df8a",
    },
    {
      id: "vd/financial-constraints",
      name: "Financial constraints and limited public understanding",
      definition:
        "Too little money for prevention and too little public understanding to build on: small campaign budgets, no paid airtime or prime-time slots, campaigns that reach few people. Code talk about budgets and funding for awareness and prevention.",
      drives: ["vd/civic-responsibility"],
      colour: "#ffbb78",
    },
  ],
  areas: [
    {
      id: "vd/law-enforcement",
      name: "Law enforcement",
      definition:
        "Border control, police, immigration and labour inspection: detecting trafficking, rescuing victims and arresting traffickers.",
      pillar: "prosecution",
    },
    {
      id: "vd/prosecution",
      name: "Legal and prosecution process",
      definition:
        "Charging, prosecuting and trying trafficking cases, from investigation papers to sentence.",
      pillar: "prosecution",
    },
    {
      id: "vd/victim-protection",
      name: "Victim protection and care",
      definition:
        "Identifying victims, protection orders, shelters, medical and psychological care, repatriation and reintegration.",
      pillar: "protection",
    },
    {
      id: "vd/public-awareness",
      name: "Public awareness and prevention",
      definition:
        "Informing the public, employers and at-risk communities about trafficking so it is prevented and reported.",
      pillar: "prevention",
    },
    {
      id: "vd/inter-agency-collaboration",
      name: "Policy and inter-agency collaboration",
      definition:
        "Coordination between ministries, enforcement agencies, NGOs and international organisations in making and carrying out policy.",
      pillar: "partnership",
    },
  ],
  lexicons: [english],
  exemplars: englishExemplars,
  indicators: [
    {
      key: "tip.tier",
      label: "US TIP Report tier",
      levels: ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"],
    },
    {
      key: "enforcement.investigations",
      label: "Trafficking investigations",
      unit: "cases",
      higherIsBetter: true,
    },
    {
      key: "enforcement.prosecutions",
      label: "Trafficking prosecutions",
      unit: "persons",
      higherIsBetter: true,
    },
    {
      key: "enforcement.convictions",
      label: "Trafficking convictions",
      unit: "persons",
      higherIsBetter: true,
    },
    { key: "victims.identified", label: "Victims identified", unit: "persons", higherIsBetter: true },
    {
      key: "courts.specialised",
      label: "Specialised trafficking courts",
      unit: "courts",
      higherIsBetter: true,
    },
  ],
  indicatorRules: [
    {
      id: "vd/justice-conviction-ratio",
      theme: "vd/justice",
      description:
        "Fewer than half of the persons prosecuted for trafficking are convicted: cases fail between charge and sentence.",
      measure: { numerator: "enforcement.convictions", denominator: "enforcement.prosecutions" },
      direction: "higher-is-better",
      deficitWhen: { below: 0.5 },
    },
    {
      id: "vd/justice-tier",
      theme: "vd/justice",
      description:
        "The country's TIP tier worsens (towards Tier 3) from one report to the next: the government meets fewer of the minimum standards, prosecution first among them.",
      measure: { indicator: "tip.tier" },
      direction: "lower-is-better",
      deficitWhen: { trend: "worsening" },
    },
    {
      id: "vd/empathy-victims-identified",
      theme: "vd/empathy",
      description: "Fewer victims are identified from one year to the next.",
      measure: { indicator: "victims.identified" },
      direction: "higher-is-better",
      deficitWhen: { trend: "worsening" },
    },
    {
      id: "vd/resource-constraints-courts",
      theme: "vd/resource-constraints",
      description: "Fewer than two specialised trafficking courts hear the country's cases.",
      measure: { indicator: "courts.specialised" },
      direction: "higher-is-better",
      deficitWhen: { below: 2 },
    },
  ],
})

export default framework

/**
 * English exemplar passages for the learned auto-coder: short interview utterances, each labelled with the value
 * deficit it shows and the organisational factor that drives it (the framework's factor → value pairs), and
 * passages that show no deficit, labelled with the codes whose vocabulary they use in a neutral or positive sense,
 * so that the engine learns precision as well as recall.
 *
 * They were written for ValueLens from the framework's definitions and from public reporting on trafficking in
 * persons in Southeast Asia (US Trafficking in Persons reports, UNODC, ILO, IOM and NGO reports, the press). The
 * speakers are fictional and the details are illustrative: the passages are training material, not evidence about
 * any country, agency or person.
 */

/** One utterance as a participant might say it, with the codes a researcher gives it. */
export interface Exemplar {
  readonly text: string
  readonly language: "en"
  /** The codes the passage shows; empty when it shows no deficit. */
  readonly codes: ReadonlyArray<string>
  /** Codes whose vocabulary the passage uses without showing them: negative evidence for those codes. */
  readonly not?: ReadonlyArray<string>
}

// A deficit is always coded with the factor the framework says drives it, as a pair.
const shows =
  (value: string, factor: string) =>
  (text: string): Exemplar => ({ text, language: "en", codes: [value, factor] })

const integrity = shows("vd/integrity", "vd/weak-monitoring")
const justice = shows("vd/justice", "vd/resource-constraints")
const empathy = shows("vd/empathy", "vd/logistical-barriers")
const civic = shows("vd/civic-responsibility", "vd/financial-constraints")
const trust = shows("vd/trust", "vd/divergent-approaches")

const none = (text: string, ...not: ReadonlyArray<string>): Exemplar => ({
  text,
  language: "en",
  codes: [],
  not,
})

// biome-ignore format: one passage a line, grouped by value, reads and diffs better than wrapped calls
export const englishExemplars: ReadonlyArray<Exemplar> = [
  // Integrity in law enforcement, driven by weak monitoring and accountability: officers paid by syndicates,
  // collusion, leaked raids, cases dropped for favours, and nobody checking or answering for it.
  integrity("Half the men at that checkpoint are on somebody's payroll, and everyone in the district knows whose."),
  integrity("We planned the raid for a Thursday night, and when we got there the karaoke bar was dark and the girls were gone; only four people had known the time."),
  integrity("The file just went quiet after the inspector's cousin rang the station, and nobody upstairs ever asked why."),
  integrity("An agent at the airport waved them through for a fee, and his supervisor never once looked at who he was clearing."),
  integrity("When officers are caught, they get moved to a desk in another province for six months and then they come back."),
  integrity("Honestly, the broker who recruited my sister drinks with the police chief every Friday, so who would we complain to?"),
  integrity("There is no unit that looks at the lifestyles of border staff; a man on a junior salary drives a new pickup and no one blinks."),
  integrity("They paid the village head, they paid the man at the jetty, and the boat left in daylight."),
  integrity("The complaint we lodged against the two constables was closed within a week, without anyone interviewing the women."),
  integrity("Some of the scam compounds sit on land owned by people with titles and bodyguards, so the police only raid the ones whose owners have fallen out of favour."),

  // Justice in prosecution, driven by resource constraints: cases that cannot be charged or proved, witnesses who
  // will not or cannot testify, slow courts, few prosecutors, judges, investigators and forensic skills.
  justice("By the time the case was listed for trial, the three fishermen who could have testified were back in Myanmar and nobody could reach them."),
  justice("We have one deputy public prosecutor for the whole district and she is carrying more than two hundred files, trafficking is just one pile on her desk."),
  justice("The hearing has been postponed seven times because the court had no Khmer interpreter on the day."),
  justice("Without a forensic accountant we cannot follow the money, so we charge the driver and the boss walks."),
  justice("She was terrified to face him in the courtroom, and there was no screen, no video link, nothing, so she withdrew her statement."),
  justice("In our province, investigations open by the dozen but maybe one in ten ever becomes a charge sheet."),
  justice("The judges who hear these cases rotate every two years, so just when one understands debt bondage, a new one arrives."),
  justice("Our investigators have never been trained to extract evidence from a phone, and the chats were the whole case."),
  justice("The girl waited eighteen months for her day in court, then her mother called her home and the case collapsed."),
  justice("We had to drop the forced labour charge and go for a passport retention offence because it was the only thing we could prove with the staff we had."),

  // Empathy in victim protection, driven by logistical barriers: victims handled as offenders or case files, closed
  // shelters, no counsellors, doctors, interpreters, database or transport.
  empathy("After the raid the women sat in the same lock-up as the men who had been selling them, because there was nowhere else to put them that night."),
  empathy("Nobody at the centre speaks Burmese, so we mime and hope she understood that she is safe."),
  empathy("She waited eleven months in the shelter, not allowed out, not allowed to work, and then she flew home with nothing."),
  empathy("The shelter is a locked building with a guard at the gate; the girls call it the prison."),
  empathy("There is no counsellor on staff, so a boy who had been beaten on a boat for two years was given a bed and a timetable."),
  empathy("We have no shared list of who has been identified, so the same woman was interviewed by four agencies and told her story four times."),
  empathy("They were processed like overstayers, fingerprinted and put on the deportation bus before anyone asked how they got there."),
  empathy("The nearest shelter is a nine-hour drive away and there is no vehicle, so victims from the islands usually just stay where they were found."),
  empathy("The officers follow a checklist; if there were no chains and no locked doors they decide it is not trafficking."),
  empathy("A doctor comes once a month, if he comes, and the women with infections wait for him."),

  // Civic responsibility in prevention, driven by financial constraints: a public, employers and victims who do not
  // recognise trafficking, and campaigns too small, too rare or too poorly funded to reach them.
  civic("Most people in my village think trafficking means being kidnapped in a van; a cousin offering a job in a restaurant abroad does not count."),
  civic("Our whole awareness budget for the year would not buy one prime-time slot on national television."),
  civic("He kept saying he was not a victim, he just owed the boss money and had to pay it back."),
  civic("The posters went up in the city for one week in July and then the grant ended."),
  civic("Employers here see a worker whose passport is locked in the office drawer as normal, not as a warning sign."),
  civic("People call the hotline to report illegal immigrants, not to report someone being held, because that is how they understand it."),
  civic("We ran school talks in twelve districts the year we had donor money; the next year we ran none."),
  civic("In the fishing ports nobody reads leaflets, and we cannot afford radio, so the message simply does not get there."),
  civic("Families see the daughter sending money home and think it is a success story, whatever she is doing."),
  civic("Neighbours heard the maid crying every night for a year and nobody thought it was their business to call anyone."),

  // Trust between agencies, driven by divergent approaches: security and compliance against victim welfare, NGOs
  // without a say, information kept back, suspicion between organisations.
  trust("The ministry sees us as activists who embarrass the country, so we hear about new policies from the newspaper."),
  trust("For immigration a rescued worker is first of all an overstayer; for us she is a victim, and that is where every meeting goes wrong."),
  trust("We sent them the names of three suspected recruiters last year and never heard back, not even an acknowledgement."),
  trust("The task force meets, but NGOs are invited to the opening speech and asked to leave before the real agenda."),
  trust("Police will not share case data with us because they say we leak to the foreign press."),
  trust("Our shelter wants the women to rest and recover; the investigators want statements by Friday, and neither side trusts the other's motives."),
  trust("The labour department and the police keep their own lists of victims and neither will show the other theirs."),
  trust("When we criticised the annual figures, our registration was suddenly reviewed, so now we are careful what we say in those consultations."),
  trust("The international organisations have a seat at the table; local groups who actually find the victims do not."),
  trust("Every agency has its own standard procedure, and the coast guard's starts and ends with border security."),

  // No deficit: framework words used neutrally or positively, things working, reforms, descriptions of a job or a
  // procedure, exploitation by traffickers with no failing mechanism, neutral figures, migration background.
  none("The new court building in the provincial capital opened last year and has two rooms set aside for trafficking hearings.", "vd/justice", "vd/resource-constraints"),
  none("We trust our interpreters; most of them have worked with us for over five years.", "vd/empathy", "vd/logistical-barriers"),
  none("The campaign reached every secondary school in the district, and the teachers asked for a second round.", "vd/civic-responsibility", "vd/financial-constraints"),
  none("I coordinate the recovery programme, which means I arrange medical checks, family tracing and a return date.", "vd/trust", "vd/divergent-approaches"),
  none("My job at the border post is to check passports and visas against the watch list and refer anything unusual to my supervisor.", "vd/integrity", "vd/weak-monitoring"),
  none("A typical trafficking trial in our sessions court runs over a few months, with hearings spread across the calendar.", "vd/justice", "vd/resource-constraints"),
  none("The shelter has twenty beds, a kitchen the residents use themselves, and a small garden.", "vd/empathy", "vd/logistical-barriers"),
  none("Our partnership with the labour inspectorate started in 2019 with a memorandum on joint inspections.", "vd/trust", "vd/divergent-approaches"),
  none("Last year the unit opened forty-two investigations and the figures are published in the annual report.", "vd/justice", "vd/resource-constraints"),
  none("The recruiters promised her a factory job in the city and instead sold her to a karaoke bar near the border.", "vd/empathy"),
  none("Many young people from the northern provinces migrate to Thailand for construction and farm work, often through relatives.", "vd/civic-responsibility", "vd/financial-constraints"),
  none("The internal affairs division audited all twelve border posts this year and published its findings.", "vd/integrity", "vd/weak-monitoring"),
  none("Information sharing with the embassy works well; they call us the same day a national is identified.", "vd/trust", "vd/divergent-approaches"),
  none("The prosecutor explained the charges to the survivors in their own language before the hearing began.", "vd/justice", "vd/resource-constraints"),
  none("Each resident has her own caseworker and a counselling session every week.", "vd/empathy", "vd/logistical-barriers"),
  none("The television drama about a girl recruited online was watched by millions and people still talk about it.", "vd/civic-responsibility", "vd/financial-constraints"),
  none("I have worked in immigration for twenty years, mostly at the airport, and I now train new officers.", "vd/integrity", "vd/weak-monitoring"),
  none("Transport to the shelter is arranged by the social welfare office, which sends a car as soon as police call.", "vd/empathy", "vd/logistical-barriers"),
  none("Government and civil society drafted the new action plan together over six consultation rounds.", "vd/trust", "vd/divergent-approaches"),
  none("The convictions last year were mostly for sex trafficking, with sentences between eight and fifteen years.", "vd/justice", "vd/resource-constraints"),
]

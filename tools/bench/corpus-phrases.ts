/**
 * The wording of the benchmark corpus: sentence templates in wire-news
 * style, written for this benchmark (never copied from a real article).
 *
 * Slots in braces are filled per sentence (`corpus-writer.ts`): `{State}`,
 * `{Demonym}`, `{People}`, `{Capital}` (the briefing's main state),
 * `{Rival}`, `{RivalDemonym}`, `{RivalCapital}` (the other state),
 * `{Body}`/`{BodyName}` (an organisation as a noun phrase / attributively),
 * `{Group}` (an armed group, attributively), `{Outlet}` (a news outlet),
 * `{Place}` (a made-up town), `{n}`, `{m}` (numbers) and `{weekday}`.
 */

/** Narrative sentences, each a full sentence with its full stop. */
export const NARRATIVE = [
  '{Demonym}-backed fighters advanced on {Place} on {weekday}, residents reached by telephone said.',
  '{Group} fighters shelled positions near {Place} overnight, killing at least {n} people and wounding dozens more.',
  '{Capital} has denied sending troops across the border, but satellite images published last week showed convoys moving toward {Place}.',
  'The fighting has displaced more than {n},000 people since the start of the month, {Body} said in its latest update.',
  '{RivalDemonym} officials said they were monitoring the situation closely and had raised the alert level of units along the frontier.',
  'Diplomats in {RivalCapital} said a ceasefire proposal drafted by {Body} was being circulated among the parties.',
  'The {Demonym} defence ministry did not respond to a request for comment.',
  '{State} and {Rival} have traded accusations for weeks over control of the border crossing at {Place}.',
  "Aid convoys reached {Place} for the first time in {m} days on {weekday}, carrying food, medicine and fuel for the town's hospitals.",
  "Analysts said the offensive was the most serious challenge to {Capital}'s authority in years.",
  'Prices of bread and fuel in {Place} have doubled since the start of the offensive, residents said.',
  'The talks, hosted in {RivalCapital}, ended without agreement late on {weekday}.',
  '{Rival} summoned the {Demonym} ambassador to protest against what it said were repeated violations of its airspace.',
  'Security forces set up checkpoints on the main roads out of {Place} and imposed a curfew from 8 p.m.',
  'A convoy of {n} trucks chartered by {Body} was held at a checkpoint outside {Place} for several hours.',
  'The {Demonym} parliament is due to vote on an extension of the emergency measures next week.',
  'Local officials said electricity had been restored to parts of {Place} after repairs to a damaged substation.',
  '{Group} commanders have vowed to hold the town at any cost.',
  "The United Nations estimates that {n} per cent of the region's population depends on aid to survive.",
  'Journalists were not allowed into the area, and the figures could not be independently verified.',
  '{People} living abroad held protests in several European cities over the weekend.',
  'The {RivalDemonym} foreign ministry said it had evacuated {n} of its citizens from {Place} by road.',
  'Schools in {Place} have been closed since {weekday}, and many families have moved in with relatives further from the front line.',
  "{BodyName} officials said the agency's warehouses in {Place} were almost empty.",
  'The border crossing at {Place} reopened briefly on {weekday} to let through the wounded.',
  'Neither side has published casualty figures for its own forces.',
  '{State} has long accused {Rival} of arming {Group} fighters, a charge {RivalCapital} denies.',
  'Residents described hearing heavy gunfire for most of the night, followed by air strikes at dawn.',
  'Doctors at the main hospital in {Place} said they were treating {n} wounded, many of them children.',
  'The {Demonym} army said it had repelled an attack on its positions east of {Place} and captured a quantity of weapons.',
  'Talks on a prisoner exchange between {State} and {Rival} are expected to resume in {m} days.',
  '{Outlet} said its correspondent in {Place} had been briefly detained at a checkpoint.',
  'The road linking {Place} to the coast was cut on {weekday} after a bridge was destroyed.',
  'Officials in {RivalCapital} said they would not recognise any change to the front line made by force.',
  'Markets in {Place} reopened on {weekday} for the first time in {m} days, although many shelves remained empty.',
  'The {RivalDemonym} president spoke to his {Demonym} counterpart by telephone on {weekday}, according to a readout of the call.',
  '{Body} has appealed for emergency funding to feed an estimated {n},000 people over the winter.',
  'Thousands of {People} have crossed into neighbouring countries since the fighting began.',
  'The offensive began {m} days ago with a surprise attack on army positions south of {Place}.',
  'Footage shared on social media appeared to show {Group} fighters in the centre of {Place}, but it could not be verified.',
] as const;

/** A sentence of a quotation, without its closing punctuation. */
export const STATEMENTS = [
  'We will not accept any attempt to redraw the borders of {State} by force',
  'The situation in {Place} is deteriorating by the hour',
  'Our forces remain ready to defend every inch of {Demonym} territory',
  'There can be no military solution to this conflict',
  'We call on all parties to protect civilians and allow aid to reach those in need',
  '{Rival} must stop interfering in our internal affairs',
  'Nobody should be under any illusion about what is happening in {Place}',
  'We have received assurances from {RivalCapital}, but we will judge them by their actions',
  'The people of {Place} have suffered enough',
  'This is a dangerous escalation, and the international community cannot look away',
  'We are doing everything we can to get the convoys through',
  'The ceasefire is holding in most areas, although there have been violations',
  'What we are seeing is a humanitarian catastrophe',
  'Those responsible will be held accountable',
  'The door to negotiations remains open',
  'We did not start this war, but we will end it',
  'Every day without a ceasefire costs more lives',
  'Let us be clear: the fighting must stop now',
  'Our teams have not been able to reach {Place} for {m} days',
  'We expect {Rival} to respect the agreements it has signed',
  'The wounded cannot wait for politicians to finish their speeches',
  'We have asked {Body} to send observers to {Place} as soon as possible',
  'Any attack on our forces will receive a firm response',
  'Families in {Place} are burning furniture to keep warm',
  'We are ready to talk, but not at gunpoint',
  'Nobody in {Capital} has explained where the aid money went',
  'The next round of talks will show whether {Rival} is serious',
  'Our hospitals are running out of fuel, and the generators will stop within days',
  'This is not a ceasefire, it is a pause to rearm',
  'We have documented at least {n} violations since the agreement was signed',
] as const;

/** The second half of a split quote, starting in lower case: `“…,” he said, “but …”`. */
export const CONTINUATIONS = [
  'but we will not wait forever',
  'and we expect a clear answer within days',
  'because the alternative is more bloodshed',
  'and our partners in {RivalCapital} have told us the same',
  'but the next few days will be decisive',
  'and that is a message we have passed to {Body}',
] as const;

/** Words quoted inside a quotation: `“… what they call ‘stability’ …”`. */
export const INNER_QUOTES = [
  'stability',
  'a new chapter',
  'all necessary measures',
  'a partner for peace',
  'temporary',
];

/** A quotation that embeds an inner quote; `{inner}` is replaced with the marked inner quote. */
export const NESTING_STATEMENTS = [
  'They keep promising {inner}, but nothing has changed on the ground',
  'When {Capital} talks about {inner}, the people of {Place} hear a threat',
  'We were told the closures were {inner}, and that was {m} months ago',
] as const;

/** Words used as scare quotes: `what officials called a “security operation”`. */
export const SCARE_PHRASES = [
  'security operation',
  'liberation',
  'temporary measures',
  'voluntary returns',
  'humanitarian pause',
  'anti-terror campaign',
  'red line',
];

/** Titles of reports, quoted as titles: `a report titled “…”`. */
export const REPORT_TITLES = [
  'Nowhere Safe: Civilians Under Siege',
  'The Long Road Home',
  'Bread and Borders',
  'Counting the Cost',
];

/** Names of plans, quoted as titles: `the “…” plan`. */
export const PLAN_NAMES = ['One Nation, One Election', 'Roadmap for Peace', 'Return With Dignity', 'Open Roads'];

/** Look-alikes of registered names: `us`/`US`, `New Mexico`, `Washington Post`, `Georgia` the US state. */
export const TRAPS = [
  'Officials told us the talks would continue, while the US envoy left for the region on {weekday}.',
  'A former governor of New Mexico is expected to lead the observer mission.',
  'The Washington Post reported that the plan had been discussed at the highest levels in {RivalCapital}.',
  'In Atlanta, Georgia, a group of exiles held a vigil outside the state capitol.',
  'Jordan Ellis, an analyst at a research institute in London, said the escalation had been expected for months.',
  'Turkey prices in local markets have tripled since the roads were closed, traders said.',
  'Chad Morgan, a logistics coordinator, described the roads around {Place} as impassable.',
  'Delegations from Papua New Guinea and Equatorial Guinea attended the meeting as observers.',
  'The dispute was first reported by the Jordan Times, citing officials in {Capital}.',
  'Oil output from the Niger Delta fell again in the last quarter, adding to pressure on prices.',
  'Let us know, the volunteers wrote on a sign outside the US consulate, if you have news of the missing.',
] as const;

/** Made-up spokespeople, so that pronouns (`he said`, `she said`) have someone to point back to. */
export const SPOKESPEOPLE = [
  { name: 'Lena Markovic', pronoun: 'she' },
  { name: 'Omar Haddad', pronoun: 'he' },
  { name: 'Grace Otieno', pronoun: 'she' },
  { name: 'Tomas Lindqvist', pronoun: 'he' },
  { name: 'Amira Saleh', pronoun: 'she' },
  { name: 'Daniel Okafor', pronoun: 'he' },
  { name: 'Sofia Ferreira', pronoun: 'she' },
  { name: 'Karim Benali', pronoun: 'he' },
] as const;

/** What a spokesperson speaks for. */
export const ROLES = [
  'a spokesperson for the {Demonym} foreign ministry',
  'a spokeswoman for {Body}',
  'a senior {Demonym} military official',
  'a {BodyName} official in {RivalCapital}',
  'a spokesman for the {RivalDemonym} government',
] as const;

/** Made-up towns: places that are no actor's name. */
export const PLACES = [
  'Tel Hamra',
  'Kafr Sabil',
  'Qasr al-Nour',
  'Dar Azim',
  'Bir Hadid',
  'Ain Zara',
  'Jisr al-Warda',
  'Maarat Sidra',
  'Wadi Kalam',
  'Ras Tamir',
];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Headlines. */
export const HEADLINES = [
  '{Demonym}-backed fighters advance on {Place} as {Rival} warns of escalation',
  '{Rival} and {State} trade blame after deadly shelling near {Place}',
  'Aid agencies warn of shortages in {Place} as fighting spreads',
  '{Capital} rejects ceasefire proposal as talks stall in {RivalCapital}',
  '{Group} fighters claim control of {Place}',
] as const;

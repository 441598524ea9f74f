/**
 * The words more than one part of the core reads text by: abbreviations,
 * honorifics, name particles, the Arabic article, reporting verbs and the
 * nouns of a role. Each part keeps the words only it uses beside its own
 * rules (`quotes/lexicon.ts`, `discovery/lexicon.ts`); a word that two parts
 * read lives here, so they cannot disagree about it. All lower case; callers
 * lower-case the word first.
 */
import { remembered } from './remembered.ts';

export function words(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/u));
}

/**
 * Abbreviations: a period after one is part of the word (`Mr.`, `Rep.`,
 * `Maj.`, `Inc.`), so the quote core reads no sentence end there and a
 * sentence does not end there before a capital (`Gen. Suleiman`).
 */
export const ABBREVIATIONS = words(`
  mr mrs ms dr prof rev rep sen gov gen col maj capt lt sgt adm st jr sr hon pres del vs etc no mt ft inc corp co ltd
  coun const cst det insp supt cpl
  jan feb aug sept oct nov dec
`);

/**
 * The abbreviations a sentence often ends with (`… of Apple Inc.`, `… and so
 * on, etc.`): before a capital, the period after one ends the sentence.
 */
export const SENTENCE_ENDING_ABBREVIATIONS = words(`etc inc corp co ltd`);

/**
 * Past tenses in neither `-ed` nor `-s` of what a government or a firm does, which the tagger holds as base forms
 * (`cut`): after a name with no article before it, the verb of a clause (`Tirana cut ties with Tehran`), not a
 * noun the name modifies (`the Oslo cut of the film`, `the new Air Jordan release`).
 */
export const IRREGULAR_PAST_ACTS = words(`cut broke froze struck sought told gave took kept shut began led paid withdrew
  chose spoke wrote`);

/**
 * Reporting verbs in every form an attribution uses them: `said`, `says`,
 * `saying`. Forms that are mostly nouns (`claims`, `notes`, `post`) are left
 * out: a cue must be a verb, and only the verb forms are safe to read as one.
 */
export const CUE_VERBS = words(`
  say says said saying state states stated stating tell tells told telling add adds added adding declare
  declares declared declaring announce announces announced announcing reiterate reiterates reiterated
  reiterating warn warns warned warning write writes wrote writing tweet tweets tweeted tweeting insist insists
  insisted insisting noted noting explain explains explained explaining ask asks asked asking reply replies
  replied replying argue argues argued arguing claimed claiming urge urges urged urging continued recall
  recalls recalled recalling commented remarked observe observes observed acknowledge acknowledges
  acknowledged admit admits admitted concede concedes conceded complain complains complained stressed
  emphasized emphasised agree agrees agreed countered retorted allege alleges alleged contend contends
  contended predicted suggested concluded respond responds responded answered testify testifies testified
  notes claims comments remarks answers vows demands cautions posted reports reported confirm confirms confirmed deny denies denied vowed promised pledged joked quipped shout
  shouts shouted shouting yell yells yelled yelling chanted chanting screamed cried boasted cautioned demanded scolded
  reaffirm reaffirms reaffirmed affirmed read reads sings sang singing whispered exclaimed proclaimed mused
  wondered sighed blogged texted emailed typed assert asserts asserted maintains maintained
`);

/** Written before a name and not part of it: `Mr.`, `Dr.`, `Rep.` (kept in the name as written). */
export const HONORIFICS = words(
  `mr. mrs. ms. miss dr. prof. rev. rep. sen. gov. gen. col. maj. capt. lt. sgt. adm. coun. const. cst. det. insp.
  supt. cpl. sir dame lord lady`,
);

/** Honorifics as British style writes them, without a period: `Mr Key`, `Ms Bauchtman`. */
export const BARE_HONORIFICS = words(`mr mrs ms dr prof sir dame lord lady`);

/**
 * Lower-case words that sit between the capitalised words of one name:
 * `Church of Scientology`, `Hayat Tahrir al-Sham`, `Ludwig van Beethoven`.
 * Not `and`: `Google and Mohamed` is two names.
 */
export const NAME_PARTICLES = words(`of for al el bin ibn de da di del della van von der le la du dos das`);

/** The Arabic article as names write it before a family name, in lower case or capitalised. */
const ARTICLES = ['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az'];
const ARTICLE = `(?:${ARTICLES.flatMap((article) => [article, article.charAt(0).toUpperCase() + article.slice(1)]).join('|')})[-‐]`;

/**
 * A word that starts with the Arabic article joined to a capitalised name:
 * `al-Assad`, `El-Sisi`. Such a word is a name word though it may start in
 * lower case, and the name without the article (`Assad`) is the one used alone.
 */
export const ARABIC_ARTICLE = new RegExp(`^${ARTICLE}(?=\\p{Lu})`, 'u');

/**
 * Nouns for a role a speaker holds, mapped to a canonical role so that
 * `the spokesman` finds `a spokesperson for …`; `true` marks a person.
 */
const ROLE_LIST: [string, string, boolean][] = [
  ...(['spokesperson', 'spokesman', 'spokeswoman'].map((w) => [w, 'spokesperson', true]) as [
    string,
    string,
    boolean,
  ][]),
  // `City Councilmember Rafael Ibarra`, `Alderwoman X`: a council's member as American and Canadian cities title one.
  ...(['councilmember', 'councilman', 'councilwoman', 'alderman', 'alderwoman'].map((w) => [w, 'councillor', true]) as [
    string,
    string,
    boolean,
  ][]),
  ...(`official officer minister president chancellor secretary ambassador envoy diplomat commander general colonel
    captain lieutenant sergeant chief head director leader chairman chairwoman chair member lawmaker legislator
    senator congressman congresswoman representative governor mayor councillor councilor judge prosecutor lawyer
    attorney analyst expert researcher scientist professor economist strategist adviser advisor aide consultant
    editor journalist reporter correspondent author writer narrator host anchor source witness resident activist
    protester organizer organiser founder coach player doctor physician surgeon nurse teacher student manager executive
    candidate nominee commissioner inspector cleric imam priest rabbi bishop king queen prince emir sheikh premier
    deputy undersecretary coordinator negotiator mediator observer worker employee soldier fighter militant rebel
    man woman father mother son daughter wife husband brother sister friend businessman businesswoman poster blogger user person monk pastor
    owner ceo co-founder co-author coauthor director-general secretary-general vice-president goalkeeper striker
    defender midfielder winger quarterback pitcher referee widow widower farmer grower fisherman villager shopkeeper
    defenceman defenseman goaltender goalie rookie critic constable detective superintendent corporal scrum-half
    fly-half full-back fullback centre-back coroner sheriff magistrate solicitor barrister treasurer auditor
    ombudsman registrar elder engineer forecaster paramedic firefighter physio physiotherapist pharmacist midwife pilot
    volunteer campaigner pensioner athlete sprinter swimmer cyclist boxer jockey counterpart colleague`
    .trim()
    .split(/\s+/u)
    .map((w) => [w, w, true]) as [string, string, boolean][]),
  ...(`government ministry department agency army navy military force police party group organisation organization
    committee council commission office embassy administration campaign company firm newspaper paper magazine
    network channel broadcaster outlet report statement study letter website site post ad document court board
    union coalition alliance movement militia church team authority authorities observatory service
    bloc tribunal regulator delegation federation league mission presidency forum`
    .trim()
    .split(/\s+/u)
    .map((w) => [w, w, false]) as [string, string, boolean][]),
];

const ROLES: ReadonlyMap<string, { role: string; person: boolean }> = new Map(
  ROLE_LIST.map(([word, role, person]) => [word, { role, person }]),
);

/**
 * Each role word's answers, made once: `roleOf` is asked about most words of every text, and a new object
 * per question was a good part of its cost. Frozen, since every caller shares them. Plurals are kept by
 * the plural (`officials`), so a word is looked up as written, not cut first.
 */
function answersOf(plural: boolean, misspelt: boolean): ReadonlyMap<string, Readonly<Role>> {
  return new Map(
    [...ROLES].map(([word, { role, person }]) => [
      plural ? `${word}s` : word,
      Object.freeze({ role, person, plural, ...(misspelt && { misspelt: true as const }) }),
    ]),
  );
}
const SINGULAR_ROLES = answersOf(false, false);
const PLURAL_ROLES = answersOf(true, false);
const MISSPELT_ROLES = answersOf(false, true);

/**
 * Roles a person holds for themselves, not for a state: after a state's
 * demonym they give only a nationality (`American economist X`, `a Kenyan
 * runner`), so the person's words are credited to no one. Every other role
 * after a demonym is an office (`Lebanese Prime Minister X`).
 */
const PRIVATE_ROLES = words(`
  analyst expert researcher scientist professor academic economist strategist consultant editor journalist reporter
  correspondent author writer narrator host anchor witness resident activist protester organizer organiser founder
  coach player doctor physician surgeon nurse teacher student executive businessman businesswoman poster blogger user
  person owner ceo co-founder co-author coauthor goalkeeper striker defender midfielder winger quarterback pitcher
  runner athlete sprinter swimmer cyclist boxer jockey defenceman defenseman goaltender goalie rookie critic scrum-half fly-half full-back fullback centre-back
  referee widow widower farmer grower fisherman villager shopkeeper lawyer attorney artist singer actor actress novelist
  filmmaker director-producer photographer man woman father mother son daughter wife husband brother sister friend
  driver neighbour neighbor trader pensioner engineer pilot chef landlord designer campaigner volunteer paramedic
  firefighter miner observer monitor counsel judge magistrate physio physiotherapist pharmacist midwife
`);

export interface Role {
  role: string;
  person: boolean;
  plural: boolean;
  /** The word is a misspelling of the role word, one edit away (`minster`). */
  misspelt?: true;
}

/**
 * The role a word names, or undefined. A lower-case plural counts too
 * (`officials` → official); a capitalised one does not, or `Mans Nyberg`
 * would hold the role of a man. Kept by the word as written: each word of a
 * text is asked about by several readers.
 */
export const roleOf = remembered((word): Readonly<Role> | undefined => {
  const lower = word.toLowerCase();
  // `a volcanologist`, `epidemiologists`: a scientist of a field, whichever it is.
  return FIELD_SCIENTIST.test(lower)
    ? lower.endsWith('s') && word === lower
      ? FIELD_SCIENTISTS
      : A_FIELD_SCIENTIST
    : (SINGULAR_ROLES.get(lower) ?? (word === lower ? PLURAL_ROLES.get(lower) : undefined) ?? generalOffice(lower));
});

/**
 * `Commissioner-General`, `Inspector-General`, `Auditor-General`: a person's role joined to `general` is the chief
 * holder of that role, a person's office as `director-general` is, whichever role it is (kept by `roleOf`).
 */
function generalOffice(lower: string): Readonly<Role> | undefined {
  const [, head] = /^(\p{L}+)-general$/u.exec(lower) ?? [];
  return head !== undefined && SINGULAR_ROLES.get(head)?.person === true
    ? Object.freeze({ role: lower, person: true, plural: false })
    : undefined;
}

/** A scientist named by the field: `volcanologist`, `epidemiologist`, `seismologists`. */
const FIELD_SCIENTIST = /^\p{L}{3,}ologists?$/u;
const A_FIELD_SCIENTIST: Readonly<Role> = Object.freeze({ role: 'scientist', person: true, plural: false });
const FIELD_SCIENTISTS: Readonly<Role> = Object.freeze({ role: 'scientist', person: true, plural: true });

/**
 * Role words long enough that one typo cannot turn another everyday word
 * into them: `minster` is a misspelt minister, but `export` is no expert.
 */
const MISSPELLABLE_ROLES = [...ROLES.keys()].filter((word) => word.length >= 7);

/**
 * The misspellable roles a word of each length can be one edit from (a letter more or less at most), in
 * list order: a word is compared with these few rather than with every role.
 */
const MISSPELLABLE_BY_LENGTH: ReadonlyMap<number, readonly string[]> = new Map(
  [...new Set(MISSPELLABLE_ROLES.flatMap((role) => [role.length - 1, role.length, role.length + 1]))].map((length) => [
    length,
    MISSPELLABLE_ROLES.filter((role) => Math.abs(role.length - length) <= 1),
  ]),
);

/**
 * The first misspellable role, in list order, one edit from `lower`, or null; kept, since the same words stand
 * before names in briefing after briefing.
 */
const nearRole = remembered((lower): string | null => {
  // One edit leaves the first letter or, when the edit is at the first, the last in place: a role that shares
  // neither is passed over without comparing the rest.
  return (
    MISSPELLABLE_BY_LENGTH.get(lower.length)?.find(
      (role) => (role[0] === lower[0] || role.at(-1) === lower.at(-1)) && withinOneEdit(lower, role),
    ) ?? null
  );
});

/**
 * The role a word names as written or with one typo (`Foreign Minster`,
 * `Secretery`): one letter added, dropped, changed or two swapped. Only for
 * a word in a title's place (before a name, after a demonym or `X's`), where
 * a role is expected; elsewhere `roleOf` alone.
 */
export function roleOfNear(word: string): Readonly<Role> | undefined {
  const exact = roleOf(word);
  if (exact || word.length < MIN_SWAPPED) return exact;
  const near = word.length < 6 ? swappedRole(word.toLowerCase()) : nearRole(word.toLowerCase());
  return near === null ? undefined : MISSPELT_ROLES.get(near);
}

/** The fewest letters of a role word read with two letters swapped: `Cheif` for `Chief`, not `Aide` for `Idea`. */
const MIN_SWAPPED = 5;

/**
 * The role a short word is with two neighbouring letters swapped (`cheif`, `myaor`), the commonest typo, or null:
 * a shorter role is read only so, since a letter added, dropped or changed turns too many words into one.
 */
function swappedRole(lower: string): string | null {
  for (let i = 0; i + 1 < lower.length; i++) {
    if (lower[i] === lower[i + 1]) continue;
    const swapped = lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2);
    if (ROLES.has(swapped)) return swapped;
  }
  return null;
}

/** Optimal string alignment distance ≤ 1, in one pass (the lists are too small to index). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped || a.slice(i + 1) === b.slice(i + 1);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The bodies every state has, by their canonical role: its government and ministries, its forces, police and
 * embassies. The quote core and discovery each widen it for their own question (`STATE_BODIES`, `STATE_OWN_BODIES`).
 */
export const STATE_BODY_ROLES = words(
  `government administration ministry army navy military force police office embassy`,
);

/**
 * Canonical roles (`roleOf`) of offices a person holds for their own state at home, so that with no country
 * written they are the briefing's home state's (`Prime Minister Najib Mikati` in a briefing about Lebanon):
 * discovery gives the holder that state, the quote core credits their words to it. An ambassador or envoy
 * serves abroad, and a `secretary` is as often a union's or a party's, so neither is read this way.
 */
export const NATIONAL_OFFICES = words(`president minister undersecretary premier chancellor king queen emir`);

/**
 * Offices of a city, a province or a federal state: `the Governor of Washington` and `the mayor of Kyiv`
 * serve the place, so a capital that stands for a government (`Washington`, `Kyiv`) is no actor of theirs.
 */
const LOCAL_OFFICES = words(
  `governor governors mayor mayors councillor councilor councilmember councilman councilwoman alderman alderwoman sheriff`,
);

/** Whether a description names a local office (`the Governor of Washington`). */
export function holdsLocalOffice(description: string): boolean {
  return description.split(/\s+/u).some((word) => LOCAL_OFFICES.has(word.toLowerCase()));
}

/**
 * Roles whose holders give their own view wherever they work: an analyst or a
 * professor at a university, an economist at a bank, speaks for no one, the
 * institution included.
 */
const EXPERT_ROLES = words(`
  analyst expert researcher scientist professor academic economist strategist consultant scholar lecturer historian
  commentator fellow
`);

/** Whether the last role a description names is an expert's (`a security analyst at X`), who speaks for no one. */
export function speaksForOneself(description: string): boolean {
  const last = description
    .split(/\s+/u)
    .map((word) => word.toLowerCase())
    .filter((word) => EXPERT_ROLES.has(word) || roleOf(word)?.person === true)
    .at(-1);
  return last !== undefined && EXPERT_ROLES.has(roleOf(last)?.role ?? last);
}

/** Whether the last role a description names is one held for oneself (`American economist`, not `minister`). */
export function heldForOneself(description: string): boolean {
  const roles = description
    .split(/\s+/u)
    .map((word) => word.toLowerCase())
    .filter((word) => PRIVATE_ROLES.has(word) || roleOf(word)?.person === true);
  const last = roles.at(-1);
  return last !== undefined && PRIVATE_ROLES.has(roleOf(last)?.role ?? last);
}

/**
 * Posts held for a place, abroad or in a mission: their `for` or `to` names where the post is, not whom the
 * holder serves (`the U.N. special envoy for Syria` serves the United Nations, `an ambassador to Iran` is
 * not Iran's). A spokesperson or a coordinator `for` a body is that body's; only a state after one of these
 * is a post's place, which the callers check.
 */
const POSTED_ROLES = words(`envoy ambassador representative coordinator emissary rapporteur mediator`);

/** Whether `before` (the words before a name) ends in a post held for a place and its `for` or `to`. */
export function endsInPostFor(before: string): boolean {
  const role = /([\p{L}-]+)\s+(?:for|to)\s+(?:the\s+)?$/iu.exec(before)?.[1]?.toLowerCase() ?? '';
  return POSTED_ROLES.has(role) || POSTED_ROLES.has(role.replace(/s$/u, ''));
}

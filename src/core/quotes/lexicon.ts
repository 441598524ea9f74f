/**
 * The words attribution and kinds are decided by, in one place so the rules
 * read as rules. All lower case; callers lower-case the token first.
 */

function words(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/u));
}

/** A period after these is part of the word, not the end of a sentence: `Mr.`, `Rep.`, `Del.`. */
export const ABBREVIATIONS = words(`
  mr mrs ms dr prof rev rep sen gov gen col capt lt sgt st jr sr hon pres del vs etc no mt ft inc corp co ltd
  jan feb aug sept oct nov dec
`);

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
  shouts shouted yell yells yelled chanted chanting screamed cried boasted cautioned demanded scolded
  reaffirm reaffirms reaffirmed affirmed read reads sings sang singing whispered exclaimed proclaimed mused
  wondered sighed blogged texted emailed typed assert asserts asserted maintains maintained
`);

/**
 * Two-word cues, keyed by their first word: `according to X`, `pointed out`.
 * Matched before the one-word ones.
 */
export const CUE_PHRASES: ReadonlyMap<string, string> = new Map([
  ['according', 'to'],
  ['pointed', 'out'],
  ['points', 'out'],
  ['went', 'on'],
  ['goes', 'on'],
]);

/** A cue whose speaker follows it rather than preceding it: `according to Reuters`. */
export const SPEAKER_AFTER_CUE = new Set(['according']);

/** Before one of these a cue word is a noun: `the claims`, `his notes`, `a report`. */
export const DETERMINERS = words(`the a an this that these those his her its their our my your such any no every each`);

/** Before one of these a cue word is a noun (`in remarks to`) or passive (`has been told`). */
export const NOT_BEFORE_CUE = words(`
  in on at of for by with from into to be been being is are was were am
`);

/** Words between a speaker and the cue that belong to neither: `he also said`, `she later wrote`. */
export const CUE_MODIFIERS = words(`
  also later then again further previously recently repeatedly often once has had have would will earlier
  subsequently sarcastically finally simply just even only still quickly flatly angrily
`);

/** Verbs that end a subject when reading a sentence from its start: `The newspaper is …`. */
export const AUXILIARIES = words(
  `is are was were be been being do does did can could may might must shall should get gets got`,
);

/**
 * Irregular past tenses and participles, which `-ed` does not catch: `Paul
 * Pillar led the preparation …`, `A leaked letter seen by Sky News says`.
 */
export const IRREGULAR_PASTS = words(`
  led met went came gave took made spoke saw sent held left began won lost ran became brought thought found kept
  put set cut hit let sat stood fell felt grew knew rose chose broke paid sold built sought fought caught struck
  seen known given taken written spoken shown chosen driven broken hidden
`);

/** Sentence adverbs that look like a name when capitalised: `Furthermore, the organisation said`. */
export const SENTENCE_ADVERBS = words(`
  however furthermore meanwhile moreover additionally separately instead also later earlier still yesterday just
  today tonight now then thus so finally previously recently
`);

/** Words that start a clause: a speaker's noun phrase never runs across one (`As coauthor X told`, `and X said`). */
export const CLAUSE_STARTERS = words(`
  and but or nor as while when after before because since though although if that which who whom whose where
  so then than until once says said told asked added wrote noted also
`);

/**
 * Prepositions a speaker's noun phrase does not run back across (`with X
 * stating`); `of` and `for` are missing on purpose, they sit inside names
 * and titles (`Minister of Education Stefania Giannini`).
 */
export const PREPOSITIONS = words(`
  with in on at by from to into about during under over through via against between without within
`);

/** Pronouns that can be a speaker, with what they can stand for. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'body' | 'none'> = new Map([
  ['he', 'person'],
  ['she', 'person'],
  ['it', 'body'],
  ['they', 'body'],
  ['him', 'person'],
  ['her', 'person'],
  ['them', 'body'],
  ['i', 'none'],
  ['we', 'none'],
  ['you', 'none'],
]);

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
  ...(`official officer minister president chancellor secretary ambassador envoy diplomat commander general colonel
    captain lieutenant sergeant chief head director leader chairman chairwoman chair member lawmaker legislator
    senator congressman congresswoman representative governor mayor councillor councilor judge prosecutor lawyer
    attorney analyst expert researcher scientist professor economist strategist adviser advisor aide consultant
    editor journalist reporter correspondent author writer narrator host anchor source witness resident activist
    protester organizer organiser founder coach player doctor physician nurse teacher student manager executive
    candidate nominee commissioner inspector cleric imam priest rabbi bishop king queen prince emir sheikh premier
    deputy undersecretary coordinator negotiator mediator observer worker employee soldier fighter militant rebel
    man woman father mother son daughter friend businessman businesswoman poster blogger user person monk pastor
    owner ceo co-founder co-author coauthor director-general secretary-general vice-president`
    .trim()
    .split(/\s+/u)
    .map((w) => [w, w, true]) as [string, string, boolean][]),
  ...(`government ministry department agency army military force police party group organisation organization
    committee council commission office embassy administration campaign company firm newspaper paper magazine
    network channel broadcaster outlet report statement study letter website site post ad document court board
    union coalition alliance movement militia church team authority authorities observatory service`
    .trim()
    .split(/\s+/u)
    .map((w) => [w, w, false]) as [string, string, boolean][]),
];

const ROLES: ReadonlyMap<string, { role: string; person: boolean }> = new Map(
  ROLE_LIST.map(([word, role, person]) => [word, { role, person }]),
);

/**
 * The role a word names, or undefined. A lower-case plural counts too
 * (`officials` → official); a capitalised one does not, or `Mans Nyberg`
 * would hold the role of a man.
 */
export function roleOf(word: string): { role: string; person: boolean; plural: boolean } | undefined {
  const lower = word.toLowerCase();
  const singular = ROLES.get(lower);
  if (singular) return { ...singular, plural: false };
  const plural = lower.endsWith('s') && word === lower ? ROLES.get(lower.slice(0, -1)) : undefined;
  return plural && { ...plural, plural: true };
}

/** Written before a name and not part of it: `Mr.`, `Dr.`, `Rep.` (kept in the name as written). */
export const HONORIFICS = words(
  `mr. mrs. ms. miss dr. prof. rev. rep. sen. gov. gen. col. capt. lt. sgt. sir dame lord lady`,
);

/** Names of things that take a title in quotes: `the "One Nation, One Election" plan`, `the website "Insurgency Wiki"`. */
export const TITLE_NOUNS = words(`
  plan campaign operation programme program initiative project report study book novel film movie documentary
  album song anthem series show play opera poem article column editorial essay law act bill policy doctrine strategy
  slogan hashtag motto movement exhibition exhibit section page website site blog podcast brand treaty accord
  mission scheme proposal framework declaration manifesto resolution summit conference award prize festival
  game app codename nickname name title headline tagline banner magazine newspaper channel
`);

/** Words that introduce a name in quotes: `Operation "Dawn of Freedom"`, `a user labelled "Anonymous"`. */
export const TITLE_INTRODUCERS = words(`
  operation titled entitled called named dubbed nicknamed codenamed code-named labelled labeled branded
`);

/** Words that hold the next term at arm's length: `so-called "moderate" rebels`, `the words "and Emergency"`. */
export const SCARE_INTRODUCERS = words(`so-called term terms word words phrase expression label`);

/** Words that end a speaker's noun phrase when they follow it: `said X in a statement`, `said X, who …`. */
export const PHRASE_ENDERS = words(`
  in on at during after before while as who whom whose which that when where because since though although
  if until to from with without by referring speaking adding noting saying and but or than about over into
  told says said
`);

/** Lower-case words that may sit inside a name: `Hayat Tahrir al-Sham`, `Church of Scientology`. */
export const NAME_PARTICLES = words(`of for the al el bin ibn de da di del della van von der le la du dos das y and`);

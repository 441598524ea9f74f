/**
 * The words attribution and kinds are decided by, in one place so the rules
 * read as rules; the words other parts read too (reporting verbs, roles,
 * honorifics) are in `text/lexicon.ts`. All lower case; callers lower-case
 * the token first.
 */
import { NAME_PARTICLES, STATE_BODY_ROLES, words } from '../text/lexicon.ts';

/**
 * Two-word cues, keyed by their first word, with the words that may follow it: `according to X`, `pointed out`.
 * Matched before the one-word ones.
 */
export const CUE_PHRASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['according', ['to']],
  ['pointed', ['out']],
  ['points', ['out']],
  ['went', ['on']],
  ['goes', ['on']],
  // `X called on the cabinet to “…”`, `They call for “…”`: verbs of urging, as `urged` is; what is called for
  // in quotation marks (right after `for`) is the words of whoever calls for it.
  ['called', ['on', 'for']],
  ['calls', ['on', 'for']],
  ['call', ['for']],
]);

/** A cue whose speaker follows it rather than preceding it: `according to Reuters`. */
export const SPEAKER_AFTER_CUE = new Set(['according', 'in']);

/** `in the words of X`: the cue words after `in`. */
export const IN_THE_WORDS_OF = ['the', 'words', 'of'] as const;

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

/**
 * Reporting verbs that are also a noun's modifier: `state` before a title, a name or a medium (`Republican
 * state Senator Tom Brandt`, `state news agency KCNA`, `state media`) is no verb.
 */
export const MODIFYING_CUES = words(`state`);

/** Words after `state` that make it a modifier besides titles and names: `state media`, `state television`. */
export const MODIFIED_NOUNS = words(`media news television tv radio broadcaster`);

/** Verbs by which a speaker gives their own words for something: `called it “…”`, `described the plan as “…”`. */
export const NAMING_VERBS = words(
  `called calls calling described describes describing branded brands labelled labeled`,
);

/**
 * Verbs by which a speaker judges something in their own words after `as`: `dismissed the charges as “…”`,
 * `hailed the deal as “…”`, `rated the claim as “…”`. Only with `as` right before the quote: without it they name no words.
 */
export const JUDGING_VERBS = words(
  `dismissed dismisses dismissing rejected rejects rejecting denounced denounces denouncing condemned condemns
  condemning hailed hails hailing praised praises praising criticised criticises criticized criticizes derided
  derides characterized characterizes characterised characterises rated rates`,
);

/** Conjunctions of time opening a clause before the main one: `After saying …, she`. */
export const TIME_CONJUNCTIONS = words(`after before while since when upon`);

/** Verbs by which a recording shows someone: `One video shows a girl … yelling “…”`. */
export const SHOWING_VERBS = words(`shows showed showing depicts depicted captures captured features featured`);

/** Recordings that show someone: `footage of X asking “…”`. */
export const RECORDINGS = words(`footage video videos clip clips recording recordings film`);

/** Object pronouns after a naming verb: `called it`, `described them as`. */
export const OBJECT_OPENERS = words(`it them him her this that`);

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
  with in on at by from to into about during under over through via against between without within like unlike
  despite besides alongside amid among
`);

/**
 * Last words of a body's name that the role words (`commission`, `party`) do
 * not hold: `Kansas Farm Bureau`, `White House`, `Seton Hall University`, and the words companies end
 * their names with (`Northwind Energy`, `Halvorsen Capital`) or their legal form (`Kessler Automobil AG`,
 * `Volvo AB`), not those that are also surnames (`Steel`).
 */
export const BODY_NAME_HEADS = words(`
  bureau house university college institute institution foundation association federation corporation corp inc
  ltd bank fund center centre network times journal news press club society academy airlines airways holdings
  group partners capital industries technologies systems motors mining energy foods logistics
  pharmaceuticals ag gmbh plc sa nv asa ab oyj spa llc command mission
`);

/**
 * Kinds of company a story names a firm by once it has named it (`the airline said` after `Air Astana`): as
 * `the company`, the body named last.
 */
export const COMPANY_NOUNS = words(`
  airline carrier bank lender insurer miner carmaker automaker retailer brewer brokerage manufacturer producer
  exporter shipper operator developer utility conglomerate startup
`);

/**
 * Reporting verbs that pass on someone's words (`said the talks had failed`), as against those that
 * ask, promise or demand something of someone (`asked the governor for an inspection`, `promised aid`):
 * only the first make the one reported the speaker of a quote after a running statement.
 */
export const SAYING_VERBS = words(`
  say says said state states stated tell tells told add adds added declare declares declared announce
  announces announced warn warns warned write writes wrote insist insists insisted explain explains explained
  argue argues argued claim claims claimed note notes noted report reports reported reply replies replied
  respond responds responded stress stresses stressed maintain maintains maintained
`);

/** `a letter seen by Sky News`, `a memo obtained by the paper`: who has a document, not who wrote it. */
export const SEEN_PARTICIPLES = words(`seen obtained reviewed viewed leaked shown given sent`);

/**
 * `A police statement issued on Sunday read`, `the report published in March said`: a participle of putting a
 * document out, with the time or place after it, describes the document, which stays the phrase's head.
 */
export const ISSUED_PARTICIPLES = words(`issued released published posted dated circulated distributed`);

/**
 * Abbreviated titles and the role each stands for, so that `the senator`
 * finds `Sen. Bernie Sanders`, `the governor` finds `Gov. Jane Roe`, `the
 * councillor` finds `Coun. Diane Morrow` (Canadian style) and `the doctor`
 * finds `Dr. Priyanka Sethi`; and titles that
 * name their role in other words (`Justice Miriam Okafor` is a judge).
 */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen.', 'senator'],
  ['rep.', 'representative'],
  ['gov.', 'governor'],
  ['gen.', 'general'],
  ['col.', 'colonel'],
  ['capt.', 'captain'],
  ['lt.', 'lieutenant'],
  ['sgt.', 'sergeant'],
  ['prof.', 'professor'],
  ['pres.', 'president'],
  ['coun.', 'councillor'],
  ['const.', 'constable'],
  ['cst.', 'constable'],
  ['det.', 'detective'],
  ['insp.', 'inspector'],
  ['supt.', 'superintendent'],
  ['cpl.', 'corporal'],
  ['dr.', 'doctor'],
  ['dr', 'doctor'],
  ['justice', 'judge'],
]);

/**
 * Words before a place or a time: a name after them (`in Colorado Springs`,
 * `on Tuesday`, `At a news conference in Chelsea,`) is where or when, not who.
 */
export const PLACE_PREPOSITIONS = words(`
  in on at near across throughout outside inside into toward towards
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

/**
 * Lower-case words that may sit inside a speaker's name: the name particles,
 * and `the`, `and` and `y`, since a speaker is often a body whose name holds
 * them (`CEO of the Refugee Council`, `Ministry of Trade and Industry`).
 */
export const SPEAKER_NAME_PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, 'the', 'and', 'y']);

/**
 * Words in a speaker's title or description that say `he` or `she`:
 * honorifics and gendered role nouns (`Ms Buchtmann`, `Environment Canada
 * spokeswoman Sujata Raisinghani`). Given names are read from `text/given-names.ts`.
 */
export const GENDERED_WORDS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...[
    ...words(`mr mr. sir lord spokesman chairman congressman councilman alderman businessman man father son brother
    husband king prince uncle nephew boyfriend widower`),
  ].map((word) => [word, 'male'] as const),
  ...[
    ...words(`mrs mrs. ms ms. miss madam dame lady spokeswoman chairwoman congresswoman councilwoman alderwoman
    businesswoman woman mother daughter sister wife queen princess aunt niece girlfriend actress girl widow`),
  ].map((word) => [word, 'female'] as const),
]);

/** Head nouns of documents and accounts, which speak for whoever wrote them: `the report said`, `the same account posted`. */
export const DOCUMENT_NOUNS = words(`
  report statement study letter memo memorandum document website site post posting blog tweet account message
  release analysis survey questionnaire form transcript filing complaint editorial column article ad advert
  advertisement video recording mandate notice communique communiqué resolution declaration guideline directive
  decree bulletin page feed note update finding ruling judgment judgement verdict minutes review
`);

/**
 * Words of a scraper's line label before a quoted headline (`READ MORE: ‘…’`,
 * `Related: “…”`, `WATCH: “…”`): the line cites a story, nobody speaks.
 */
export const LABEL_WORDS = words(`
  read more related also see watch listen latest recommended trending breaking update updated video photos photo
  gallery opinion analysis explainer live top stories story editor's pick picks
`);

/**
 * The label words among them that cite another story, so the line after them is that story's headline
 * whether it is quoted or not (`READ MORE: Hospital costs have tripled`); not `UPDATE:` or `LIVE:`, which
 * open the story's own words.
 */
export const STORY_LABEL_WORDS = words(`read more related also see watch listen recommended`);

/** Bodies of a state, which a state named before may be (`Iran said …. “…,” the government said`); a group or a company is none. */
export const STATE_BODIES: ReadonlySet<string> = new Set([...STATE_BODY_ROLES, 'authority', 'authorities']);

/** Words for a kind of body, which a body introduced with another word is not: `the court's`, `the company's`. */
export const KINDS_OF_BODY: ReadonlySet<string> = new Set([
  ...COMPANY_NOUNS,
  'company',
  'firm',
  'court',
  'embassy',
  'ministry',
  'party',
  'union',
]);

/** Verbs in the present by which one leads what a body owns: `who heads the ICRC's office in Bahir Dar`. */
export const LEADING_VERBS: ReadonlySet<string> = new Set([
  'heads',
  'leads',
  'runs',
  'directs',
  'chairs',
  'manages',
  'coordinates',
  'oversees',
]);

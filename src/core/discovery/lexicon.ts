/**
 * The words discovery reads names by: organisation heads, the words of a
 * title, and capitalised words that are never a name. All lower case;
 * callers lower-case the word first. The shared roles and honorifics
 * (`text/lexicon.ts`) are the titles' nouns, so a title is a title wherever
 * the core reads one.
 */
import type { ActorKind } from '../schema/index.ts';
import { words } from '../text/lexicon.ts';

/**
 * Last words of a printed paper's or an agency's name, which in English
 * carries its article: `The Washington Post`, `The Canadian Press`.
 */
export const PAPER_HEADS = words(`times post herald gazette tribune journal press telegraph chronicle`);

/**
 * Last words that make a capitalised run an organisation's name
 * (`Lebanese Army`, `Church of Scientology`), with the kind they give it.
 * Not `Program` or `Initiative`: those name what a body does (`Space
 * Shuttle Program`), not who acts.
 */
export const ORGANISATION_HEADS: ReadonlyMap<string, ActorKind> = new Map([
  ...[
    ...words(`ministry department office agency administration cabinet government parliament senate congress
    assembly commission committee authority court tribunal embassy police`),
  ].map((word) => [word, 'government'] as const),
  ...[
    ...words(
      `army navy coastguard command brigade brigades battalion militia front forces guard guards corps regiment`,
    ),
  ].map((word) => [word, 'armed-group'] as const),
  ...[...PAPER_HEADS, ...words(`news television radio`)].map((word) => [word, 'media'] as const),
  ...[
    ...words(`party alliance movement coalition union organisation organization association federation league
    foundation institute institution university college school society church observatory bank group network
    company corporation fund trust board bureau club council endowment service airlines airways united orchestra
    philharmonic choir ballet`),
  ].map((word) => [word, 'organisation'] as const),
]);

/**
 * Words in an organisation's name that say what it does but not whose it is:
 * a name of only these (`Foreign Ministry`, `National Army`) is a different
 * body in every country, so it needs the country it belongs to.
 */
export const GENERIC_ORGANISATION_WORDS = words(`
  foreign interior defence defense finance justice health education security intelligence national state federal
  central supreme general public armed special republican revolutionary royal air naval navy military ministry
  department office agency army police forces force council court parliament government cabinet committee
  commission high new the of and for affairs legislative district municipal regional provincial coalition
  transitional caretaker interim provisional
`);

/** Words that modify a title: `Prime Minister`, `Foreign Minister`, `Deputy Secretary`. */
export const TITLE_MODIFIERS = words(`
  prime foreign defence defense interior finance justice health education trade energy oil economy
  vice deputy acting former assistant associate executive general supreme grand chief crown field senior
  opposition presidential state lieutenant lt. maj. brig. major attorney emeritus interim caretaker military army
`);

/**
 * Capitalised words that are never a name, or start one only by sitting
 * at the start of a sentence: days, months, function words, pronouns, and
 * the words of a picture's caption (`Ahmed Mohamed Image`).
 */
export const NOT_NAMES = words(`
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  the a an this that these those his her its their our my your he she it they we i you
  in on at by of for from to with and or but if as after before when while since until during despite
  however meanwhile also yet so then there here what who which where why how all some many most several
  both each every no not one two three first last other another
  today yesterday tomorrow tonight though although because whether unlike like under over about against among
  between through into across including according following despite without within upon once now later earlier
  such only even just still thus hence instead
  mr. mrs. ms. dr.
  image photo picture video file
`);

/**
 * Kin nouns the shared roles lack, which are calling nouns here too (`my
 * cousin Chad Morrow`).
 */
const WIDER_KIN = words(`
  cousin uncle aunt nephew niece grandson granddaughter grandfather grandmother grandma grandpa stepson
  stepdaughter stepfather stepmother
`);

/**
 * Every noun for a relative: a person a story introduces by kin (`His father
 * X`, `her sister, X,`) is there for the one they are kin to, and shares
 * that person's surname more often than not.
 */
export const KIN_NOUNS: ReadonlySet<string> = new Set([
  ...words(`father mother son daughter brother sister husband wife widow widower parent sibling twin`),
  ...WIDER_KIN,
]);

/**
 * Nouns for a person that the shared roles lack, kin, callings, a player's
 * position and a part a person plays in a scene (`a buyer`, `a passenger`;
 * not nouns that are verbs too, `guard`, `witness`, `fan`, which would read
 * `to guard South Sudan's oil fields` as a name): right before a name they
 * say a person is named (`my cousin Chad Morrow`, `the saxophonist Omar
 * Cuba`, `One buyer, Paris Okafor,`), so a state's name there opens a
 * person's.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...WIDER_KIN,
  ...words(`
  neighbour neighbor colleague classmate roommate flatmate boyfriend girlfriend
  fiance fiancee musician saxophonist guitarist drummer pianist violinist rapper comedian dancer chef poet
  playwright sportswriter commentator broadcaster presenter singer songwriter designer landlord landlady baker
  farmer rancher shopkeeper publican florist butcher tailor opener batsman batter bowler wicketkeeper all-rounder
  boxer sprinter defender midfielder striker goalkeeper winger buyer seller shopper customer passenger tenant resident
  commuter motorist bystander spectator pilgrim voter netballer footballer cricketer golfer cyclist swimmer jockey rower
  gymnast athlete ecologist biologist zoologist botanist geologist historian
`),
]);

/**
 * A player's position that is an everyday word or a verb too (`to guard`,
 * `forward`): a calling noun only capitalised opening a sentence, before a
 * name (`Guard Kenya Oduya scored 31 points`).
 */
export const OPENING_POSITIONS = words(`guard forward centre center`);

/** Titles for a person that the quote core's roles lack: `Administrator Bolden`, `MP Paul Dewar`, `opposition figure X`. */
export const EXTRA_PERSON_TITLES = words(`
  administrator mp mep dean pope cardinal archbishop sheriff detective superintendent treasurer provost
  ayatollah mullah emir crown-prince campaigner figure
`);

/**
 * Ranks that are words of other names too, titles only before a given name: `Major Mike Jordan` (not `Major
 * League`), `Detective Garda Liam Holland`, an Irish police officer's rank (not `the Garda Síochána`, the force).
 */
export const RANKS_BEFORE_GIVEN_NAMES = words(`major garda`);

/**
 * Nouns that make a person a body's member or student, where the shared
 * roles lack them: `a USI instructor`, `a second year USI art major`. Read
 * only after a body's name in an appositive, never as a title before a name.
 */
export const MEMBER_NOUNS = words(`instructor lecturer tutor major graduate undergraduate alumnus alumna fellow staffer
  employee volunteer intern trainee`);

/**
 * Last words of a place's name, or of a thing's: a run ending in one is not
 * a person, whatever the tagger says (`Chiang Kai Shek Memorial`, `Adler
 * Planetarium`, `Wright-Patterson Air Force Base`).
 */
export const PLACE_HEADS = words(`
  memorial planetarium museum base district hotel airport station square street road avenue bridge park hall
  tower palace mosque masjid temple cathedral stadium arena hospital centre center island islands river lake
  mountain mountains valley province county city town village state region desert sea ocean gulf strait coast
  border camp prison port harbour harbor field fields
`);

/**
 * First words of a place's name (`Lake Chad`, `Mount Kenya`): a run opening
 * with one names a place, unless it ends in a body's head (`Lake Chad Basin
 * Commission`), and a state's name after one is a word of the place's.
 */
export const PLACE_FIRST_WORDS = words(`lake mount mt. cape`);
/** Compass points that, before one head word and nothing else, name a region: `the West Bank`, `the South Bank`. */
export const COMPASS_POINTS = words(`north south east west`);
/**
 * Words that open an airline's name before a state's name (`Air Canada`, `Air
 * India`) or, with nothing capitalised after, its demonym (`Royal Jordanian`,
 * `Royal Brunei`): the company, which the state's name or demonym is a word of.
 */
export const AIRLINE_FIRST_WORDS = words(`air royal`);
/**
 * Nouns an airline's name modifies (`an Air India flight`); another noun after
 * such a name makes it a product's (`Air Jordan trainers`).
 */
export const AIRLINE_NOUNS = words(`flight flights jet jets plane planes aircraft airliner pilot pilots crew cabin fleet
  route routes passenger passengers service services ticket tickets`);
/**
 * Natural features named after a state, its name first (`the Niger Delta`,
 * `the Jordan Valley`, `the Congo Basin`): a place, not the state.
 */
export const NATURAL_FEATURES = words(`river delta valley basin plateau highlands rift`);
/**
 * Premises that trade under a name, their head last (`the Cyprus Hotel`, `the Chile Bakery`, `the Peru
 * Lodge`, `the Holland Arms`, `the Jamaica Inn`): a shop, an eatery or a place to stay, named after the
 * state as after anything else. One more capitalised word may stand between the state's name and the head
 * (`the Ghana Palms Hotel`). Editors extend the list as news names new kinds of premises.
 */
export const PREMISES_HEADS = words(`hotel motel hostel lodge resort restaurant cafe café bistro diner grill bar pub
  arms inn tavern bakery butchery deli shop store market bazaar cinema theatre theater`);
/**
 * Streets, squares, parks, local divisions, stations and premises named after
 * a state, its name first and the head capitalised (`Morocco Street`, `Kenya
 * Road`, `Peru Park`, `Lebanon County`, `Niger State` and `Benin City` in
 * Nigeria, `Panama Station`, `the Qatar Tower`, and `PREMISES_HEADS`): a place,
 * not the state.
 */
export const NAMED_PLACE_HEADS = new Set([
  ...words(`street road avenue lane square boulevard crescent park gardens county township parish borough state city
  station tower building plaza mall`),
  ...PREMISES_HEADS,
]);
/** Letters that end a club's name (`Jamaica FC`, `Qatar SC`): a state's name before them is a word of the club's. */
export const CLUB_SUFFIXES = new Set(['FC', 'AFC', 'SC', 'CF', 'FK', 'SK', 'BC', 'RFC', 'CFC']);
/**
 * Nouns that introduce an organisation's name before it: `the security
 * consultancy Mandiant`, `the hacker collective known as Anonymous Sudan`.
 * The shared roles' organisation words (`group`, `company`, `militia`)
 * count as well; these are the ones news uses that the roles lack.
 */
export const ORGANISATION_DESCRIPTORS = words(`
  consultancy collective firm outfit charity nonprofit non-profit ngo startup start-up think-tank watchdog monitor
  monitoring platform brand operator contractor manufacturer maker lab laboratory institute university faction
  gang cartel syndicate wing drugmaker carmaker automaker chipmaker regulator lender insurer airline carrier retailer
`);

/**
 * Nouns that introduce a body's name only after a lower-case noun of what it sells, makes or plays: `the
 * restaurant chain X`, `the brandy house X`, `the rugby club X`, `the fashion label X`. Alone they are as often
 * a thing (`the house Jordan Pike rents`), so the modifier is the evidence.
 */
export const TRADE_DESCRIPTORS = words(`chain house club label franchise`);

/** Descriptors that make the organisation a news outlet: `the broadcaster al-Arabiya`. */
export const MEDIA_DESCRIPTORS = words(`
  newspaper paper daily weekly magazine broadcaster channel network outlet agency website site tabloid station
  television radio
`);

/** Words between a descriptor and the name it introduces: `known as`, `called`, `named`, `dubbed`. */
export const DESCRIPTOR_LINKS = words(`known as called named dubbed calling`);

/** Participles before `by` that make the single name after it a source: `confirmed by NetBlocks`. */
export const SOURCE_PARTICIPLES = words(`reported noticed confirmed detected documented observed verified published`);

/**
 * Participles before `by` that make the name after it the body that runs a
 * place or a business: `a mine run by Barrick Gold`, `the port operated by
 * Castlegate Logistics` (not `founded by`, `built by`, which a person may be).
 */
export const OPERATOR_PARTICIPLES = words(`run owned co-owned operated managed controlled`);

/**
 * Words of a sentence about a company's business: with one, a state's name
 * and one more capitalised word name a firm (`Shares in Canada Goose fell`,
 * `China Mobile's profits rose`).
 */
export const BUSINESS_WORDS = words(`shares share stock stocks stake shareholders investors brand ceo profit profits
  revenue revenues earnings subsidiary listed`);
/** How far either way from a name the sentence is searched for a business word. */
export const BUSINESS_WINDOW = 12;

/** Verbs after a single name that make it a source reporting, so an organisation: `al-Arabiya reported`. */
export const REPORTING_VERBS = words(`reported`);

/** First words of a name that make it an event, not an actor: `Operation Olive Branch`, `Operation Clambake`. */
export const EVENT_FIRST_WORDS = words(`operation`);

/**
 * Plural nouns for a body's people that open a sentence before `of` and the
 * body's name (`Members of the Union of …`, `Officials of the Ministry of …`):
 * no word of the name. Not `Friends` or `Sisters`, which open names of their own.
 */
export const PEOPLE_OF_A_BODY = words(`members leaders officials supporters delegates representatives staff employees
  lawyers activists fighters volunteers students`);

/**
 * Participles of what only a person does to a work or a horse, before `by` and its doer: `ridden by`,
 * `directed by`, `painted by`. A given name and a surname after them name the person (not `run by`, `owned
 * by`, `produced by`, `led by`, which a body does as well).
 */
export const PERSON_ACT_PARTICIPLES = words(`ridden directed written painted composed sung choreographed photographed
  illustrated narrated sculpted authored coached`);

/** Words after a surname that end a person's name (`Cuba Gooding Jr.`, `John Smith III`), without their full stop. */
export const GENERATIONAL_SUFFIXES = words(`jr sr ii iii iv`);

/**
 * Nouns that introduce the name of a thing, not of an actor: a vessel (`the
 * bulk carrier Ghana Pride`), an animal (`the mare Kenya`, `named the dog
 * Kabul`, `a rescue named Malta`, a rescued animal) or a band (`the band Japan`). Singular and lower case. `carrier`
 * is a vessel only after what it carries (`VESSEL_CARRIER_MODIFIERS`);
 * alone it is an airline.
 */
export const VESSEL_NOUNS = words(`ship vessel tanker supertanker freighter cruiser destroyer frigate corvette
  submarine warship gunboat icebreaker yacht superyacht ferry liner trawler tug tugboat barge schooner dhow`);
export const VESSEL_CARRIER_MODIFIERS = words(`bulk aircraft car vehicle lng gas ore container crude helicopter`);
export const ANIMAL_NAME_NOUNS = words(`dog puppy cat kitten horse racehorse mare stallion colt filly gelding pony
  hamster parrot tortoise camel falcon rescue greyhound terrier spaniel retriever labrador poodle collie donkey mule
  goat cow calf lamb dolphin elephant tiger lion panda`);
export const BAND_NOUNS = words(`band duo trio quartet quintet`);
/**
 * Nouns for a work whose title may follow unquoted after a determiner (`the film Brazil`, `her debut novel
 * Cuba`): the title is the work's. Not nouns that are verbs too before an object (`play`, `book`, `series` of
 * games), which may take the state itself (`will play Brazil`).
 */
export const WORK_NOUNS = words(`film movie documentary novel album song opera sitcom memoir`);
/**
 * Nouns for a settlement or a part of one (`a hamlet`, `a neighbourhood of Boston`): an appositive headed by one
 * says the name before it is a place's, as a state's name is when a town is named after it (`Lebanon, a
 * hamlet in Ohio`). Singular and lower case; `state` and `country` are not among them.
 */
export const SETTLEMENT_NOUNS = words(`town village hamlet township suburb neighbourhood neighborhood borough city`);
/** Words that may follow a settlement's noun in its appositive: a closer, or what places it or begins its clause. */
export const SETTLEMENT_FOLLOWERS = words(`of in near on outside that where which whose`);

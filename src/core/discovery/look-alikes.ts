/**
 * Words that only look like a state's name: the everyday compounds English
 * makes of a state's name or demonym, and the places that make `Georgia`
 * the American state. Data only; `settle.ts` reads them. All lower case.
 */
import { words } from '../text/lexicon.ts';
import { PLACES_IN_STATES } from './places.ts';

/**
 * A demonym, state name or capital and the noun after it, as one everyday
 * thing (`French fries`, `a Swiss roll`, `Brazil nuts`, `Brussels sprouts`):
 * the pair in lower case, the noun in the singular (a plural `-s`/`-es` is
 * taken off before the look-up; an irregular one is listed), a hyphenated
 * noun without its hyphen (`a Mexican stand-off`). A few put the name second
 * (`a Great Dane`, `chicken Kiev`, `to go Dutch`).
 */
export const EVERYDAY_COMPOUNDS: ReadonlySet<string> = new Set(
  `french fry|french toast|french kiss|french horn|french dressing|french window|french press|french bread
  |french fries|french polish|french bean|danish pastry|swiss roll|swiss cheese|swiss chard
  |turkish delight|turkish bath|turkish coffee|chinese checker|chinese checkers|chinese whisper|chinese whispers
  |chinese lantern|chinese zodiac|chinese calendar|chinese medicine|mexican wave|indian summer|indian ink|canadian bacon|belgian waffle|brazil nut|panama hat
  |russian roulette|russian doll|russian dressing|dutch courage|dutch oven|dutch auction|irish coffee|irish stew
  |german shepherd|greek yogurt|greek yoghurt|greek salad|spanish omelette|spanish omelet|english muffin
  |english breakfast|persian cat|persian rug|siamese twin|afghan hound|afghan rug|egyptian cotton|scotch egg
  |swedish meatball|italian dressing|japanese knotweed|moroccan tea|cuban cigar|jamaican rum|brazilian wax
  |china plate|china cabinet|turkey sandwich|turkey breast|chile pepper|jersey cow|mexican standoff|jordan almond
  |french braid|swiss army knife|spanish fly|chinese takeaway|turkish carpet|persian carpet
  |brussels sprout|spanish flu|spanish influenza|moscow mule|great dane|chicken kiev|chicken kyiv|go dutch|goes dutch
  |going dutch|went dutch|guinea pig|guinea fowl|jerusalem artichoke|german measles|canada goose|canada geese|turkey trot
  |norway spruce|norway maple|norway rat|scots pine|swiss stone pine|turkey oak|chinese elm|japanese maple`
    .split('|')
    .map((pair) => pair.trim()),
);

/**
 * States' names that are English nouns too (turkey the bird, china the
 * porcelain, chile the pepper): opening a sentence in a list of bare nouns
 * (`Turkey, stuffing and gravy were served`, `China and glassware sold`)
 * they are the nouns. All lower case.
 */
export const COMMON_NOUN_NAMES = words(`turkey china chile`);

/**
 * Nouns that make a demonym before them name a cuisine, not the state
 * (`Syrian sweets`, `a Lebanese restaurant`, `Iranian dishes`, `a Belgian
 * beer`): singular, the
 * plural is found by the same look-up as the compounds'. `food` is left out:
 * `Syrian food aid` is the state's business.
 */
export const CUISINE_NOUNS = words(
  `cuisine sweet pastry dish recipe restaurant cooking cookery bakery delicacy beer wine chocolate goulash curry kebab stew`,
);

/**
 * Words in a sentence that place `Georgia` in the United States: its
 * office-holders and lawmakers, its cities, and the other states (their
 * one-word names from `places.ts`, and the last words of two-word ones that
 * name nothing else: `Carolina`, `Dakota`).
 */
export const US_STATE_CUES: ReadonlySet<string> = new Set([
  ...words(`governor gov. legislature statehouse senator sen. attorney atlanta savannah augusta macon athens county counties sheriff peach
  carolina dakota`),
  ...(PLACES_IN_STATES.get('United States') ?? [])
    .filter((place) => !place.includes(' '))
    .map((place) => place.toLowerCase()),
]);

/**
 * The divisions after which, set off by a comma, a state's name is a town's
 * (`Jordan, Minnesota`, `Lebanon, Pennsylvania`, `Peru, Indiana`): the US
 * states and Canadian provinces, where towns are named after countries and
 * written with their division. All lower case, one or two words.
 */
export const TOWN_DIVISIONS: ReadonlySet<string> = new Set(
  ['United States', 'Canada'].flatMap((state) => PLACES_IN_STATES.get(state) ?? []).map((place) => place.toLowerCase()),
);

/**
 * The divisions whose own name holds a state's after a word (`New Mexico`,
 * `Northern Ireland`): there the state's name is a word of the division's,
 * even where the matcher cannot tell, at the start of a sentence. All lower case.
 */
export const DIVISION_NAMES: ReadonlySet<string> = new Set(
  [...PLACES_IN_STATES.values()]
    .flat()
    .filter((place) => place.includes(' '))
    .map((place) => place.toLowerCase()),
);

/**
 * Words right after `Georgia` (or `Georgia's`) that only the American state
 * owns: its senate, legislature, governor or a runoff (the country's
 * parliament has one chamber and no governor). They outweigh the country's
 * cues elsewhere in the sentence.
 */
export const US_STATE_OWN_WORDS = words(`senate legislature statehouse governor runoff gubernatorial`);

/** States that share a name with a state of the United States. */
export const US_STATE_NAMES = words(`georgia`);

/** Words that place `Georgia` in the Caucasus, which the US cues never outweigh. */
export const COUNTRY_CUES = words(`tbilisi georgian georgians caucasus abkhazia ossetia kremlin moscow russia russian`);

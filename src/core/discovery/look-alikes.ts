/**
 * Words that only look like a state's name: the nouns that make a demonym
 * before them name a kind of thing, and the places that make `Georgia` the
 * American state (the everyday compounds, `French fries`, are the editors'
 * list in `content/everyday-compounds.yaml`). Data only; `settle.ts` reads
 * them. All lower case.
 */
import { words } from '../text/lexicon.ts';
import { PLACES_IN_STATES } from './places.ts';

/**
 * The most words after a state's word an everyday compound runs to (`india
 * pale ale`); the compounds themselves are the editors' list in
 * `content/everyday-compounds.yaml`, which the registry carries.
 */
export const MAX_COMPOUND_WORDS = 3;

/** A noun and the singulars its plural may have (`tarts`, `dishes`, `cherries`, `knives`), to look compounds and kinds up by. */
export const singulars = (noun: string) => [
  noun,
  noun.replace(/e?s$/u, ''),
  noun.replace(/s$/u, ''),
  noun.replace(/ies$/u, 'y'),
  noun.replace(/ves$/u, 'fe'),
  noun.replace(/ves$/u, 'f'),
];

/**
 * States' names that are English nouns too (turkey the bird, china the
 * porcelain, chile the pepper): opening a sentence in a list of bare nouns
 * (`Turkey, stuffing and gravy were served`, `China and glassware sold`)
 * they are the nouns. All lower case.
 */
export const COMMON_NOUN_NAMES = words(`turkey china chile`);

/**
 * Nouns that make a lower-case demonym before them name a kind of thing, not
 * the state: singular, the plural found by the same look-up as the
 * compounds'. Dishes, foods and drinks (`Syrian sweets`, `Turkish eggs`,
 * `Portuguese custard tarts`, `a Belgian beer`, `a Mongolian barbecue`; `food`
 * is left out, `Syrian food aid` is the state's business, and so are the
 * staples a state trades: grain, oil, rice, tea, coffee, meat). Bread is a
 * kind (`Spanish bread`, `Indian bread`); a state's subsidy for it is a noun
 * of trade after it (`Egyptian bread subsidies`).
 */
const DISH_NOUNS =
  words(`cuisine sweet pastry dish recipe restaurant cooking cookery bakery delicacy beer wine chocolate
  goulash curry kebab stew egg custard tart pie pudding dumpling noodle pancake omelette omelet sausage salami salad soup
  bread bun biscuit cake cookie doughnut donut fritter waffle pizza pasta barbecue bbq takeaway takeout buffet brunch ale lager
  whisky whiskey vodka liqueur cocktail mustard sauce cheese yogurt yoghurt meatball dessert sushi ramen bistro
  cafe café diner eatery deli delicatessen taco burrito tortilla patty pasty moussaka baklava hummus falafel pho kimchi
  gelato macaron fondue borscht pierogi jollof injera ceviche tagine couscous paella tapas risotto lasagne pretzel strudel
  schnitzel bratwurst croissant baguette crepe crêpe samosa naan chai biryani shawarma kofta dolma empanada arepa
  tequila mezcal pisco ouzo raki grappa schnapps sake soju prosecco`);

/**
 * Furnishing and decoration named for a style (`Chinese wallpaper`, a
 * `Persian rug`; not `cabinet` or `chair`, which are a government's), and
 * building and garden styles (`a Georgian townhouse` of the British era, `a
 * Japanese garden`).
 */
const DECOR_NOUNS =
  words(`wallpaper rug carpet tile tiling lantern vase porcelain furniture furnishing decor décor lacquer
  lacquerware tapestry embroidery lamp pottery ceramic townhouse terrace architecture mansion manor cottage farmhouse bungalow villa pagoda
  garden courtyard facade façade rectory`);

/** Clothes and blankets named for a knit or a cut (`Norwegian sweaters`, `a Greek-key kaftan`). */
const CLOTHING_NOUNS = words(`sweater jumper cardigan shawl scarf poncho kaftan kimono blanket slipper sandal`);

/** Treatments and grooming named for a method (`a Swedish massage`, `a Thai massage studio`). */
const TREATMENT_NOUNS = words(`massage manicure pedicure acupuncture reflexology sauna`);

/**
 * Breeds (`an Irish setter`, `a Japanese spitz`; not `shepherd`, which is a
 * person too), and plants and their diseases (`Dutch elm disease`, `Spanish
 * moss`, `a Norway spruce`).
 */
const BREED_AND_PLANT_NOUNS =
  words(`hound terrier setter spaniel mastiff wolfhound retriever pointer sheepdog collie bulldog
  spitz poodle husky pug cat kitten pony elm oak maple pine spruce fir cypress cedar ivy moss lavender marigold bluebell
  lilac knotweed honeysuckle wisteria tulip iris`);

/**
 * Animals named for where the kind was first described (`a Syrian hamster`,
 * `an Egyptian goose`, `a Japanese quail`); not livestock (`Sudanese
 * cattle` are the state's trade) or `bear` (`the Russian bear` is Russia).
 */
const ANIMAL_NOUNS = words(`hamster gerbil rabbit parrot parakeet canary finch tortoise turtle goldfish carp cobra
  python viper gecko iguana macaque mongoose goose quail pheasant partridge`);

/** Games, and fabrics and lace named for a weave (`Chinese chess`, `Belgian lace`, `Scottish tweed`). */
const GAME_AND_FABRIC_NOUNS = words(`chess checker draughts dominoes mahjong lace tweed linen damask chintz`);

/** Every noun that makes a lower-case demonym before it name a kind of thing. */
export const KIND_NOUNS: ReadonlySet<string> = new Set([
  ...DISH_NOUNS,
  ...DECOR_NOUNS,
  ...CLOTHING_NOUNS,
  ...TREATMENT_NOUNS,
  ...BREED_AND_PLANT_NOUNS,
  ...ANIMAL_NOUNS,
  ...GAME_AND_FABRIC_NOUNS,
]);

/**
 * How a dish is cooked or coloured, between a demonym and a dish's noun
 * (`Thai green curry`, `Korean fried chicken`): the demonym names the dish
 * still.
 */
export const COOKING_WORDS = words(`fried roast roasted grilled smoked stuffed fermented spicy green red`);

/**
 * Nouns after a kind's noun that make it the state's trade again (`Georgian
 * wine exports`, `Ukrainian egg producers`, `Belgian beer makers`): singular.
 */
export const TRADE_NOUNS =
  words(`export exporter import importer industry sector market trade producer production output price
  tariff grower farmer maker ban quota sale subsidy`);

/**
 * Verbs whose object is a thing one consumes or wears, and containers' nouns
 * before `of`: a state's name and a capitalised word after them name a
 * product (`drinking Malta Guinness`, `a bottle of Fiji Water`).
 */
export const CONSUMING_VERBS = words(`drink drinks drank drinking sip sips sipped sipping eat eats ate eating smoke
  smokes smoked smoking wear wears wore wearing`);
export const CONTAINER_NOUNS = words(`bottle bottles can cans glass glasses pack packs packet packets carton cartons
  jar jars tin tins pint pints cup cups box boxes crate crates pair pairs`);

/**
 * Nouns of trade after an everyday compound that make the thing its state's
 * again (`Egyptian cotton exports`): what leaves or grows in the state, not
 * what is sold anywhere (`sales`, `prices`). Singular.
 */
export const ORIGIN_TRADE_NOUNS = words(`export exporter import importer producer production grower industry`);
/** Nouns for a firm that makes a thing, which a name set off after them shows is a firm: `A Belgian waffle maker, X,`. */
export const FIRM_NOUNS = words(`maker manufacturer`);

/**
 * Demonyms that are a language's name too (`in French`, `speaks fluent
 * Russian`, `the Japanese word for`): the language, not the state, where
 * the words around say so (`settle.ts`).
 */
export const LANGUAGE_DEMONYMS = words(`english french german spanish portuguese italian russian ukrainian polish
  dutch greek turkish japanese chinese korean vietnamese thai swedish norwegian danish finnish hungarian czech
  slovak romanian bulgarian serbian croatian albanian armenian georgian persian indonesian malay mongolian icelandic
  estonian latvian lithuanian maltese somali burmese khmer lao nepali filipino`);

/** Every language's name: the demonyms that are one, and languages no state's demonym names (`in Arabic and French`). */
export const LANGUAGE_NAMES: ReadonlySet<string> = new Set([
  ...LANGUAGE_DEMONYMS,
  ...words(`arabic hebrew hindi urdu farsi dari pashto kurdish swahili amharic tamil bengali punjabi latin yiddish`),
]);

/** Verbs and adjectives a language's name follows: `speaks Russian`, `learn Japanese`, `fluent Greek`. */
export const LANGUAGE_VERBS = words(`speak speaks spoke spoken speaking learn learns learned learnt learning teach
  teaches taught teaching study studies studied studying understand understands understood fluent native`);

/**
 * Nouns after a language's name that make it the language (`the Russian word
 * for`, `Japanese lessons`; not `version`, since `the Russian version of
 * events` is the state's account, or `speakers`, a people).
 */
export const LANGUAGE_NOUNS = words(`word words phrase phrases term terms expression idiom translation translations
  subtitle subtitles lesson lessons class classes course courses dictionary grammar alphabet accent dialect spelling`);

/**
 * Words a state's name or demonym is joined to by a hyphen to name a manner
 * or a language, not the state (`a Mexican-style lager`, `a Japanese-inspired
 * garden`, `a Moroccan-themed party`, `a Thai-fusion menu`, `a
 * Spanish-speaking nurse`, `a Portuguese-language paper`), or a garment's
 * cut named for a style (`Cuban-heeled boots`, `French-cuffed shirts`,
 * `Italian-tailored suits`); never `-made`, `-backed` or `-owned`, where the
 * state is the maker, backer or owner (`Iranian-made drones`).
 */
export const STYLE_SUFFIXES = words(
  `style styled inspired themed flavoured flavored fusion speaking language heeled cuffed tailored`,
);

/**
 * Words in a sentence that place `Georgia` in the United States: its
 * office-holders and lawmakers, its cities, the federal level above it (the
 * country Georgia is a unitary state, with no federal anything), and the
 * other states (their one-word names from `places.ts`, and the last words of
 * two-word ones that name nothing else: `Carolina`, `Dakota`).
 */
export const US_STATE_CUES: ReadonlySet<string> = new Set([
  ...words(`governor gov. legislature statehouse senator sen. attorney atlanta savannah augusta macon athens county counties sheriff peach
  carolina dakota federal`),
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

/**
 * Words right after `Georgia's` that only a sovereign state owns: a
 * parliament, a prime minister, a head of state, envoys and a foreign
 * ministry (an American state has a legislature, a governor, no army or
 * embassy). They outweigh the American state's cities in the sentence.
 */
export const COUNTRY_OWN_WORDS = words(`parliament prime president ambassador ambassadors embassy embassies
  foreign army navy ministry ministries`);

/** States that share a name with a state of the United States. */
export const US_STATE_NAMES = words(`georgia`);

/** Words that place `Georgia` in the Caucasus, which the US cues never outweigh. */
export const COUNTRY_CUES = words(`tbilisi georgian georgians caucasus abkhazia ossetia kremlin moscow russia russian`);

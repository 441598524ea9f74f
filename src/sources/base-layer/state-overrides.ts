/**
 * The hand-written part of the state layer: where English news and the
 * `world-countries` package disagree. Everything else in `states.ts` is
 * generated from the package; this module is data only, so a reviewer sees
 * every human decision in one place. Keys are ISO 3166-1 alpha-3 codes
 * (`cca3`; the package gives Kosovo the user-assigned `UNK`).
 */

/**
 * States the package does not flag as UN members that the layer includes,
 * and how each stands. The package flags the Vatican as a member: the UN
 * lists the Holy See as an observer state, so it is counted here instead.
 * Dependencies and autonomous territories (Hong Kong, Greenland, Puerto
 * Rico, …) and Western Sahara are not states and are left out.
 */
export const NON_MEMBER_STATES: Readonly<Record<string, 'UN observer state' | 'Partially recognised state'>> = {
  VAT: 'UN observer state',
  PSE: 'UN observer state',
  UNK: 'Partially recognised state',
  TWN: 'Partially recognised state',
};

/** Regions the package names without the article English writes before them. */
export const REGION_PHRASES: Readonly<Record<string, string>> = {
  Caribbean: 'the Caribbean',
};

/** Ids that differ from the slug of the package's common name, to agree with `content/actors/`. */
export const ID_OVERRIDES: Readonly<Record<string, string>> = {
  TUR: 'turkey',
};

/** Names as an English headline writes them, where the package's common name is not (it becomes an alias). */
export const NAME_OVERRIDES: Readonly<Record<string, string>> = {
  TUR: 'Turkey',
};

/**
 * Short forms and initialisms news writes that the package lacks or only
 * lists among native-language spellings. The package's other alternative
 * spellings are used only when they are English long forms (`Republic of
 * Kenya`); the rest are native names and transliterations that never appear
 * in English text, and some are English words (`Island` for Iceland,
 * `Timor`, `Nippon` in company names).
 */
export const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  USA: ['US', 'U.S.', 'USA', 'U.S.A.', 'America'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  TUR: ['Turkiye'],
  ARE: ['UAE', 'U.A.E.'],
  // `Congo` and `Korea` name two states each; SHARED_FORMS makes them shared.
  COD: ['DRC', 'DR Congo', 'Congo-Kinshasa', 'Democratic Republic of Congo', 'Congo'],
  COG: ['Congo-Brazzaville', 'Republic of Congo', 'Congo'],
  KOR: ['Korea'],
  PRK: ['DPRK', 'Korea'],
  CHN: ['PRC'],
  CIV: ["Côte d'Ivoire", "Cote d'Ivoire"],
  MMR: ['Burma'],
  SWZ: ['Swaziland'],
  TLS: ['East Timor'],
  NLD: ['Holland'],
  MKD: ['Macedonia'],
  VNM: ['Viet Nam'],
  BRN: ['Brunei Darussalam'],
  VAT: ['Holy See', 'Vatican'],
  BIH: ['Bosnia', 'Bosnia-Herzegovina'],
  CPV: ['Cabo Verde'],
  STP: ['Sao Tome and Principe'],
  CZE: ['Czech Republic'],
};

/**
 * Demonyms the package's single adjective does not give: nouns that differ
 * from the adjective (`Turkish` → `Turk`, `Turks`), plurals the rule in
 * `states.ts` cannot make (`Czechs`), spellings news prefers to the
 * package's (`Maldivian` for `Maldivan`), and the colloquial plurals news
 * writes for a people acting together (`Brits`, `Aussies`, `Kiwis`, `Yanks`). The
 * package's own demonym is always kept as well.
 */
export const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  USA: ['Yanks'],
  GBR: ['Briton', 'Britons', 'Brits'],
  AUS: ['Aussie', 'Aussies'],
  NZL: ['Kiwis'],
  TUR: ['Turk', 'Turks'],
  DNK: ['Dane', 'Danes'],
  FIN: ['Finn', 'Finns'],
  // Not `Pole`: it would link the North and South Poles.
  POL: ['Poles'],
  ESP: ['Spaniard', 'Spaniards'],
  SWE: ['Swede', 'Swedes'],
  CZE: ['Czechs'],
  ISL: ['Icelandic'],
  PHL: ['Philippine'],
  BWA: ['Batswana'],
  LSO: ['Basotho'],
  KGZ: ['Kyrgyz', 'Kyrgyzstani', 'Kyrgyzstanis'],
  TJK: ['Tajik', 'Tajiks', 'Tajikistani', 'Tajikistanis'],
  UZB: ['Uzbek', 'Uzbeks'],
  KAZ: ['Kazakh', 'Kazakhs'],
  SAU: ['Saudi', 'Saudis'],
  MDV: ['Maldivian', 'Maldivians'],
  CPV: ['Cape Verdean', 'Cape Verdeans'],
  ECU: ['Ecuadorian', 'Ecuadorians'],
  DJI: ['Djiboutian', 'Djiboutians'],
  ARG: ['Argentinian', 'Argentinians'],
  SUR: ['Surinamese'],
  GNB: ['Bissau-Guinean', 'Bissau-Guineans'],
  KOR: ['Korean', 'Koreans'],
  PRK: ['Korean', 'Koreans'],
};

/** Demonyms that are their own plural though the plural rule would add an -s. */
export const INVARIABLE_DEMONYMS: ReadonlySet<string> = new Set([
  'Vatican',
  'Malagasy',
  'Burkinabe',
  'I-Kiribati',
  'Ni-Vanuatu',
  'Motswana',
  'Mosotho',
]);

/**
 * Capitals news also writes in another spelling, and the seats of government
 * it writes for the government (`the Élysée said`, `Downing Street denied`).
 */
export const EXTRA_METONYMS: Readonly<Record<string, readonly string[]>> = {
  USA: ['Washington'],
  UKR: ['Kiev'],
  MNG: ['Ulaanbaatar'],
  FRA: ['Élysée', 'Elysee', 'Élysée Palace', 'Elysee Palace'],
  GBR: ['Downing Street'],
};

/**
 * Forms left out wherever they come from, because in news they mostly mean
 * something else: an ordinary word, another place, or another actor.
 */
export const DROPPED_FORMS: ReadonlySet<string> = new Set([
  // The region as often as the Central African Republic.
  'Central African',
  'Central Africans',
  // Capitals that are as often given names or surnames, or other places:
  // Queen Victoria, the Australian state.
  'Sofia',
  'Victoria',
  // Libya's capital shares its name with Lebanon's second city, and a
  // briefing on the 2011 siege names it as a place throughout.
  'Tripoli',
  // Native Americans (`Cowboys and Indians`) as often as people of India.
  'Indians',
  // Belgium's capital stands for the EU institutions in news; the EU entry claims it.
  'Brussels',
]);

/**
 * Forms two states claim alike. Each is written as an alias marked
 * `shared: true` on both (demonyms have no such flag), so the registry
 * accepts it and each briefing links it to the state it names otherwise.
 */
export const SHARED_FORMS: ReadonlySet<string> = new Set([
  'Congo',
  'Congolese',
  'Korea',
  'Korean',
  'Koreans',
  'Dominican',
  'Dominicans',
]);

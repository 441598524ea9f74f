/**
 * The state a town a dateline names is in (`ISTANBUL —`, `SENDAI, Miyagi —`, `GALWAY, Ireland —`), read from a
 * maintained gazetteer rather than a hand list: the `city-timezones` package (MIT; 7,300 cities and towns of
 * Natural Earth's populated places, each with its country's ISO code, its province and its population). Its
 * country is named as the `world-countries` package names it, which the state layer is generated from, so the
 * registry knows the name.
 */
import { cityMapping, type CityData } from 'city-timezones';
import countries from 'world-countries';

/** How many times more people the likeliest town of a name must hold than any of that name in another state. */
const TOWN_LEAD = 2;

let byName: Map<string, CityData[]> | null = null;

/** The gazetteer's towns by name in lower case, as written and without accents; built on first use. */
function townsNamed(name: string): readonly CityData[] {
  if (byName === null) {
    byName = new Map();
    for (const town of cityMapping) {
      for (const key of new Set([town.city.toLowerCase(), town.city_ascii.toLowerCase()])) {
        const towns = byName.get(key) ?? [];
        towns.push(town);
        byName.set(key, towns);
      }
    }
  }
  return byName.get(name.toLowerCase()) ?? [];
}

/**
 * Each country's common name by its ISO code: the name (or alias) the base layer gives every state it generates
 * from the same package (`sources/base-layer/states.ts`, which the core may not import), so the registry finds it.
 */
const COMMON_NAMES = new Map(countries.map((country) => [country.cca3, country.name.common]));

/**
 * The federations by their constitutions (ISO codes), whose states, provinces or regions have governments of
 * their own: a story from one of their towns (`TORONTO —`, `CHICAGO —`, `MELBOURNE —`) is often its region's,
 * whose minister, premier or police chief the text names with no country, so such a town names no state.
 */
const FEDERATIONS = new Set(
  'ARE ARG AUS AUT BEL BIH BRA CAN CHE COM DEU ETH FSM IND IRQ KNA MEX MYS NGA NPL PAK RUS SDN SOM SSD USA VEN'.split(
    ' ',
  ),
);

/** The region written after a town names its province or its country: `Texas`, `Ont.` for Ontario, `Bermuda`. */
function inRegion(town: CityData, region: string): boolean {
  const written = region.replace(/\.$/u, '').toLowerCase();
  return town.province.toLowerCase().startsWith(written) || town.country.toLowerCase() === written;
}

/**
 * The common name of the country a town is in, or null: of the towns of that name (in the region written
 * after it, when one is), the most populous, when it holds at least `TOWN_LEAD` times as many people as any of
 * the name in another country (`HAMILTON —` is Canada's, not New Zealand's); a name the gazetteer does not
 * hold, shared by towns of like size, in a region it does not list (`PERTH, Scotland`) or in a federation
 * names none.
 */
export function countryOfTown(town: string, region?: string): string | null {
  const named = townsNamed(town).filter((candidate) => region === undefined || inRegion(candidate, region));
  const [top, ...rest] = [...named].sort((a, b) => b.pop - a.pop);
  if (top === undefined) return null;
  const rival = rest.find((candidate) => candidate.iso3 !== top.iso3);
  if ((rival !== undefined && top.pop < TOWN_LEAD * rival.pop) || FEDERATIONS.has(top.iso3)) return null;
  return COMMON_NAMES.get(top.iso3) ?? top.country;
}

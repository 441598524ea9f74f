/**
 * Places inside a state that news names to say where a body or a person is
 * (`University of Texas at Arlington`, `Duke University, located in Durham,
 * North Carolina`, `a Texas-based firm`): the first-level divisions of the
 * states whose divisions English news names most. Data only; `location.ts`
 * reads it. A place is never linked as a mention: it only places what the
 * text names beside it.
 *
 * Keyed by the state's name as the registry holds it, so a registry without
 * that state places nothing. Left out: divisions named like a state
 * (`Georgia`), a capital the registry already holds (`Washington`), and
 * names that are as often a person's (`Victoria`).
 */

export const PLACES_IN_STATES: ReadonlyMap<string, readonly string[]> = new Map([
  [
    'United States',
    [
      ...`Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois
      Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri
      Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin
      Wyoming`
        .trim()
        .split(/\s+/u),
      'New Hampshire',
      'New Jersey',
      'New Mexico',
      'New York',
      'North Carolina',
      'North Dakota',
      'Rhode Island',
      'South Carolina',
      'South Dakota',
      'West Virginia',
    ],
  ],
  [
    'Canada',
    [
      'Alberta',
      'British Columbia',
      'Manitoba',
      'New Brunswick',
      'Newfoundland',
      'Nova Scotia',
      'Ontario',
      'Prince Edward Island',
      'Quebec',
      'Saskatchewan',
    ],
  ],
  ['Australia', ['New South Wales', 'NSW', 'Queensland', 'Tasmania', 'Western Australia', 'South Australia']],
  ['United Kingdom', ['England', 'Scotland', 'Wales', 'Northern Ireland']],
  // Italy's regions in English; the hyphenated ones (`Emilia-Romagna`) are several tokens and left out.
  [
    'Italy',
    [
      ...`Abruzzo Apulia Basilicata Calabria Campania Lazio Liguria Lombardy Marche Molise Piedmont Puglia Sardinia
      Sicily Tuscany Umbria Veneto`
        .trim()
        .split(/\s+/u),
      'Aosta Valley',
    ],
  ],
]);

/**
 * Speaker attribution on the error classes batch 21 of our own sentences
 * (`test/gold/speakers/own-sentences-21.json`) showed once it became a tuning
 * set, each on new sentences written in other shapes (other states, roles and
 * word orders), with sentences where the rule must not fire.
 */
import { describe, expect, test } from 'vitest';
import { roleOf } from '../../src/core/text/lexicon.ts';
import { lastCreditOnPage } from '../helpers/speakers.ts';

describe('a national office held in a body or at a level below the state is no home state’s', () => {
  test.each([
    [
      'a regional president set off before his name',
      'NAPLES — Rain flooded the old town on Monday, and Italy’s government promised help.\n\nThe regional president, Marco Ferlito, said the region would pay for the pumps. “We cannot wait for Rome,” he said.',
      'Marco Ferlito for null',
    ],
    [
      'an airline’s president, owned by the firm’s word',
      'NAIROBI — Kenya’s government has cut the landing fees at the capital’s airport.\n\nThe airline’s president, Joseph Mwangi, welcomed the cut. “It is a start,” Mwangi said.',
      'Joseph Mwangi for null',
    ],
    [
      'a university’s president in a title',
      'ACCRA — Ghana’s government froze research grants on Tuesday.\n\n“Our laboratories will stay open,” University President Amara Osei said.',
      'Amara Osei for null',
    ],
    [
      'a union’s president named in a clause of whose',
      'OSLO — Norway’s government will cut the subsidy for fishing boats.\n\nThe fishermen’s union, whose president Lena Sørby called the plan a betrayal, will meet on Friday. “We were not asked,” she said.',
      'Lena Sørby for null',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'a portfolio named by a level is still a national office',
      'ACCRA — Ghana’s government unveiled a road plan on Monday.\n\n“Every district will be reached,” Regional Development Minister Kofi Asante said.',
      'Kofi Asante for ghana',
    ],
    [
      'a federation’s Union before the office',
      'NEW DELHI — India’s government widened the rail subsidy on Friday.\n\n“The poor travel by train,” Union Minister Ravi Chandran said.',
      'Ravi Chandran for india',
    ],
    [
      'whose after the country is the state’s president',
      'SANTIAGO — Chile’s copper exports rose in May, and the country, whose president Gabriel Soto visited the mines, expects more. “This is our year,” he said.',
      'Gabriel Soto for chile',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });
});

describe('a role for a body set off beside a name is that body’s: bare after an inverted cue, or before the name with the body in full', () => {
  test.each([
    [
      'a bare post after an inverted cue, no determiner, the name like a state’s',
      'LILONGWE — Wells ran dry across the north on Monday.\n\n“The wells are dry,” said Jordan Mwale, regional coordinator for UNICEF.',
      'Jordan Mwale for unicef',
    ],
    [
      'a role before the name owned by a body named in full, with where it is held',
      'AMMAN — Camps near the border were full on Sunday.\n\nA spokesman for the United Nations High Commissioner for Refugees in Jordan, Karim Haddad, said tents had run out. “We have nothing left to hand out,” he said.',
      'Karim Haddad for unhcr',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'a participle after the name is no role',
      'SUVA — The airport reopened on Friday.\n\n“We will appeal,” said Dana Whitfield, adding that the minister had misled the board.',
      'Dana Whitfield for null',
    ],
    [
      'a clause opener after the name is no role',
      'QUITO — The strike ended on Friday.\n\n“It was over,” said Tomas Reyes, then the head of the port.',
      'Tomas Reyes for null',
    ],
    [
      'a body named in full inside a phrase of place before the name is not the role’s',
      'PARIS — Wages fell again in the spring.\n\nIn a letter to the Organisation for Economic Co-operation and Development, Lars Berg, a union leader, said pay had stalled. “We are poorer,” Berg said.',
      'Lars Berg for null',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });
});

describe('staff of a government agency found with no state speak for the home state, as the agency does', () => {
  test.each([
    [
      'an agency’s spokesman titled by its name, in Japan',
      'TOKYO — The Fisheries Agency cut the eel quota on Monday, and Japan’s fishing towns protested.\n\nFisheries Agency spokesman Kenji Mori said stocks had fallen by half. “We had no choice,” Mori said.',
      'Kenji Mori for japan',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'a city’s body by its name is no state’s, nor are its staff',
      'LONDON — The Metropolitan Police Authority approved new stop-and-search rules on Friday, weeks after Britain’s government asked for a review.\n\nMetropolitan Police Authority spokesman Daniel Okoro said the rules would be published. “We listened to residents,” Okoro said.',
      'Daniel Okoro for metropolitan-police-authority',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });
});

describe('a guard of a state’s coast or border, named with its state, speaks for the state', () => {
  test.each([
    [
      'a coast guard by its demonym, then it',
      'BERGEN — A trawler caught fire off the coast on Sunday.\n\nThe Norwegian Coast Guard said it had towed the boat into port. “All fourteen crew are safe,” it said.',
      'Norwegian Coast Guard for norway',
    ],
    [
      'a border guard by its demonym',
      'WARSAW — Migrants tried to cross the fence again overnight.\n\nThe Polish Border Guard said it had stopped 40 people. “The pressure has not eased,” it said.',
      'Polish Border Guard for poland',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'an army named like a place may be a rebel one',
      'SITTWE — Fighting spread to the port on Monday.\n\nThe Arakan Army said it had taken two bases. “The town will fall,” it said.',
      'Arakan Army for arakan-army',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });
});

describe('a colleague of the one his or her means serves the same body, titled or set off', () => {
  test.each([
    [
      'his colleague as a title before the name',
      'GENEVA — Cholera spread in three camps, the World Health Organization said on Monday.\n\nIts regional director, Hans Meyer, said cases had doubled. His colleague Ana Lopez said vaccines were short. “We have days, not weeks,” she said.',
      'Ana Lopez for world-health-organization',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'his friend is no one’s voice',
      'GENEVA — Cholera spread in three camps, the World Health Organization said on Monday.\n\nIts regional director, Hans Meyer, said cases had doubled. His friend Ana Lopez said vaccines were short. “We have days, not weeks,” she said.',
      'Ana Lopez for null',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });
});

describe('a person’s role joined to general is that role’s chief holder, a title before a name', () => {
  test.each([
    [
      'an inspector-general titled by a registered body',
      'AMMAN — Aid stores in two camps were found short on Monday.\n\n“Every warehouse will be audited by Friday,” UNHCR Inspector-General Maria Lund said in a statement.',
      'Maria Lund for unhcr',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });

  test('must not fire: a body’s word joined to general is no person’s role', () => {
    expect(roleOf('Directorate-General')).toBeUndefined();
    expect(roleOf('Consulate-General')).toBeUndefined();
  });
});

describe('what one leads ends before a clause of its own, which describes the thing led, not whom they serve', () => {
  test.each([
    [
      'a café that once served a state’s tourists, set off before the cue',
      'NARVA — Trade across the bridge has dried up since the border closed.\n\nMarta Kask, who runs a café in Narva that once served Russian tourists, was blunt. “Half my tables are empty,” Kask said.',
      'Marta Kask for null',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'a body’s office led, with a clause after it, is still the body’s',
      'GENEVA — Cholera spread in three camps on Monday.\n\nAna Lopez, who heads the WHO office that covers the camps, said vaccines were short. “We have days, not weeks,” she said.',
      'Ana Lopez for world-health-organization',
    ],
    [
      'the same after an inverted cue',
      'GENEVA — Cholera spread in three camps on Monday.\n\n“We have days, not weeks,” said Ana Lopez, who heads the WHO office that covers the camps.',
      'Ana Lopez for world-health-organization',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });
});

/**
 * Speaker attribution on the error classes batch 22 of our own sentences
 * (`test/gold/speakers/own-sentences-22.json`) showed once it became a tuning
 * set, each on new sentences written in other shapes (other states, roles and
 * word orders), with sentences where the rule must not fire.
 */
import { describe, expect, test } from 'vitest';
import { lastCreditOnPage, speakersOf } from '../helpers/speakers.ts';

describe('`and` inside one name in the phrase before a cue joins no clause', () => {
  test.each([
    [
      'portfolios before the title they share',
      '“The tender will reopen in March,” Transport and Communications Minister Ilse Marrow told reporters.',
      ['Ilse Marrow via name'],
    ],
    [
      'a body’s complement after `of`, as a document’s author',
      '“Wells in the south are dry,” a survey by the Department of Water and Sanitation said.',
      ['Department of Water and Sanitation via document'],
    ],
  ])('%s', (_, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test.each([
    ['two people named by surname', '“We will sign,” Okonkwo and Brandt said.', []],
    [
      'two people each with a title',
      '“We will sign,” Trade Minister Ilse Marrow and Labour Minister Pavel Dusek said.',
      [],
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe('a post read out after an inverted cue speaks for the owner of the account it was posted on', () => {
  test.each([
    [
      'the owner’s possessive before the platform',
      'LIMA — Flights were cancelled on Monday.\n\n“All runways will reopen by noon,” read a post on the Transport Ministry’s X account.',
      'Transport Ministry via document',
    ],
    [
      'the owner after the account, with a title',
      'Fighting went on near the dam.\n\n“We hold the ridge,” read a post on the Telegram channel of rebel spokesman Tomas Adeyemi.',
      'Tomas Adeyemi via name',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakersOf(text).at(-1)).toBe(expected);
  });

  test.each([
    [
      'a day after `on` is no account',
      'Flights were cancelled.\n\n“All runways will reopen,” read a statement on Monday.',
      'a statement via description',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(speakersOf(text).at(-1)).toBe(expected);
  });
});

describe('a central bank by its name, and its governor named at the cue, speak for its state', () => {
  test.each([
    [
      'a reserve bank by its name, found with its state',
      'SUVA — Tourist arrivals rose in June.\n\n“Tourism is holding up, and so are remittances,” the Reserve Bank of Fiji said on Thursday.',
      'Reserve Bank of Fiji for fiji',
    ],
    [
      'a governor in lower case at the cue, after the bank in the paragraph before',
      'ACCRA — The Bank of Ghana raised its policy rate by a point on Monday.\n\n“Inflation must come down before it can go up again,” governor Kwame Asante told reporters.',
      'Kwame Asante for ghana',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'a county’s governor, no bank named',
      'NAIROBI — The county reopened the market road on Monday.\n\n“The road is open to every trader,” governor Tom Mwangi told reporters.',
      'Tom Mwangi for null',
    ],
    [
      'a commercial bank of no state by its name',
      'JOHANNESBURG — Mortgage lending slowed in May.\n\n“Buyers are waiting for a rate cut,” First National Bank said.',
      'First National Bank for null',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });
});

describe('a state’s coast guard, presidency or federal department written by what it is speaks for the home state', () => {
  test.each([
    [
      'the coast guard as a body, in lower case',
      'LISBON — Portugal’s coast guard rescued 40 people off the Algarve on Monday.\n\n“The sea was rough and the boat was overloaded,” the coast guard said in a statement.',
      'the coast guard for portugal',
    ],
    [
      'a named spokesman of the coast guard by his title',
      'MANILA — A ferry sank off Mindoro on Sunday.\n\nCoast guard spokesman Commodore Ramon Dizon said divers had reached the hull. “We are still searching the cabins,” he said.',
      'Commodore Ramon Dizon for philippines',
    ],
    [
      'the presidency',
      'LIMA — Peru’s president dissolved the cabinet on Monday.\n\n“A new cabinet will be sworn in on Friday,” the presidency said in a statement.',
      'the presidency for peru',
    ],
    [
      'a federal department',
      'OTTAWA — Canada will close the cod fishery for a second year.\n\n“Stocks have not recovered,” the federal fisheries department said.',
      'the federal fisheries department for canada',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'a coast guard officer with no name',
      'LISBON — A ferry sank off Madeira on Sunday.\n\n“We pulled twelve people out,” said a coast guard officer who asked not to be named.',
      'a coast guard officer for null',
    ],
    [
      'a security guard',
      'BRISBANE — Fans rushed a gate at the stadium on Saturday.\n\n“Nobody got in without a ticket,” said Dale Hewitt, a security guard at the gate.',
      'Dale Hewitt for dale-hewitt',
    ],
    [
      'a federal court',
      'OTTAWA — A pipeline permit was struck down on Friday.\n\n“The review was not adequate,” the federal court said.',
      'the federal court for null',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });
});

describe('the first person a story names, bare, is the holder its lede introduced unnamed as reporting', () => {
  test.each([
    [
      'a state’s minister in the lede',
      'RABAT, March 3 - Morocco will build two desalination plants near Casablanca, Morocco’s water minister said on Monday.\n\n“We cannot wait for the rain any longer,” Karim Bensaid told reporters.',
      'Karim Bensaid for morocco',
    ],
    [
      'an agency’s director in the lede',
      'NAIROBI, May 5 - Rations in the camps of northern Kenya will be cut by half next month, UNICEF’s country director said on Monday.\n\n“We have money for six more weeks,” Ingrid Solberg told reporters.',
      'Ingrid Solberg for unicef',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'named with a description of their own',
      'RABAT, March 3 - Morocco will build two desalination plants, the country’s water minister said on Monday.\n\n“The plants will take years,” said Karim Bensaid, an engineer in Casablanca.',
      'Karim Bensaid for null',
    ],
    [
      'named after someone else was named',
      'RABAT, March 3 - Morocco will build two desalination plants, the country’s water minister said on Monday.\n\nOpposition leader Salma Idrissi called the plan late. “We asked for this in 2019,” Driss Tazi said.',
      'Driss Tazi for null',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });
});

describe('bodies only discovery knows: a world body is no state’s, a guard service is, and a firm is never one', () => {
  test.each([
    [
      'a body the world’s states share, in a story from a state',
      'VIENNA — Doping cases rose last year.\n\n“Testing has never been stronger,” the World Anti-Cheating Agency said.',
      'World Anti-Cheating Agency for world-anti-cheating-agency',
    ],
    [
      'a border guard service with no state in its name, for the home state',
      'RIGA — Latvian border guards stopped 40 people on Sunday.\n\n“The fence held,” said Ilze Kalnina, a spokeswoman for the State Border Guard.',
      'Ilze Kalnina for latvia',
    ],
    [
      '`the company` after a guard service is the firm of no known kind',
      'RIGA — Latvian border guards boarded a cargo ship on Sunday.\n\nThe State Border Guard inspected the hold. The ship’s operator, Baltmar Carriers, said it would cooperate. “We have nothing to hide,” the company said.',
      'Baltmar Carriers for null',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'a state’s own agency by its name',
      'VIENNA — Emissions rose last year.\n\n“Traffic is the cause,” the Federal Environment Agency said.',
      'Federal Environment Agency for austria',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });
});

describe('a role with a typo after a portfolio, right before a name’s two last words, is a title', () => {
  test.each([
    [
      'a given name no list holds, before a colon',
      'ATHENS — Ferries to the Cyclades stayed in port on Friday as gales swept the Aegean.\n\nShipping Minster Pericles Dimou was firm: “No ship sails until the wind drops.”',
      'Pericles Dimou for greece',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'a word close to a role inside a name of three words',
      'LISBON — Hotels in the Algarve were full in August.\n\n“We turned people away every night,” said Rita Manger Moutinho.',
      'Rita Manger Moutinho for null',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });
});

describe('an internal document no author is given for is the body the story has been about', () => {
  test.each([
    [
      'a leaked internal memo seen by an outlet',
      'STOCKHOLM — Norvalis Mining will close two shafts at its northern mine next year.\n\nA leaked internal memo seen by Dagens Industri says “the northern shafts have lost money every month since March”.',
      ['Norvalis Mining via document'],
    ],
  ])('%s', (_, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test.each([
    [
      'a leaked memo, not said to be internal',
      'STOCKHOLM — Norvalis Mining will close two shafts at its northern mine next year.\n\nA leaked memo seen by Dagens Industri says “the northern shafts have lost money every month since March”.',
      ['A leaked memo via document'],
    ],
    [
      'a state named last is no internal document’s author',
      'STOCKHOLM — Sweden will sell its stake in the northern mine next year.\n\nAn internal memo seen by Dagens Industri says “the northern shafts have lost money every month since March”.',
      ['An internal memo via document'],
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe('athletes by their sport are roles held for oneself', () => {
  test.each([
    [
      'the sport’s word finds the one introduced with it, past a coach',
      'The Eritrean cyclist Amanuel Tesfay said he would ride the mountain stage. His coach, Bruno Ferri, said the team was ready. “I feel strong in the heat,” the cyclist said.',
      ['Amanuel Tesfay via nominal'],
    ],
  ])('%s', (_, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test.each([
    [
      'a demonym before the sport credits no state',
      'ADDIS ABABA — The national championships opened on Friday.\n\n“The pool is faster than I expected,” said Ethiopian swimmer Selam Bekele.',
      'Selam Bekele for null',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'a minister for sport is still the state’s',
      'ADDIS ABABA — The national championships opened on Friday.\n\n“The pool was built in a year,” said Ethiopian Sports Minister Selam Bekele.',
      'Selam Bekele for ethiopia',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });
});

describe('growers are people, a group `they` means', () => {
  test.each([
    [
      'growers as the subject before a state named in the lede',
      'NAIROBI — Kenya raised the levy on tea exports on Monday.\n\nTea growers around Kericho said they would stop picking. “We cannot pay the levy and the pickers,” they said.',
      'Tea growers for null',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'the growers’ association is a body `it` means',
      'NAIROBI — Kenya raised the levy on tea exports on Monday.\n\nThe Kericho Tea Growers Association said it would go to court. “The levy breaks the law,” it said.',
      'Kericho Tea Growers Association for kericho-tea-growers-association',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });
});

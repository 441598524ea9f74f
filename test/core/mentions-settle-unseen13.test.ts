/**
 * Rules written for the failure classes of the thirteenth unseen batch
 * (test/gold/mentions/unseen-batch-13.md), each on new sentences where it
 * must fire and where it must not.
 */
import { describe, expect, test } from 'vitest';
import { linkedMentions as linked } from '../helpers/registry.ts';

describe('a name set off after a common noun that it names is a person’s', () => {
  test.each([
    [
      'The groom, Jordan Ashcombe, thanked Jordan for the visa.',
      ['Jordan Ashcombe → jordan-ashcombe', 'Jordan → jordan'],
    ],
    ['Tickets were sold out, said the festival director, Kenya Marwood.', ['Kenya Marwood → kenya-marwood']],
    ['The prize went to the youngest entrant, India Castellane, on Sunday.', ['India Castellane → india-castellane']],
    // A place, a body or a state set off after its noun, or no second word: the state.
    ['The loan was welcomed by the region’s biggest economy, India.', ['India → india']],
    ['Ships were turned back by the neighbour, Kenya, on Monday.', ['Kenya → kenya']],
    [
      'The money came from the agency, Kenya Revenue Authority, in March.',
      ['Kenya Revenue Authority → kenya-revenue-authority'],
    ],
    // A plural noun names more than one, so the state is one of a list.
    ['Aid came from the donors, India and Japan.', ['India → india', 'Japan → japan']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a state’s given name and a surname-shaped word, with the state said alone in the same sentence', () => {
  test.each([
    [
      'Kenya Oduori ran the Boston marathon to raise money for schools in Kenya.',
      ['Kenya Oduori → kenya-oduori', 'Kenya → kenya'],
    ],
    [
      'Jordan Pickersgill sang at a gala for refugees in Jordan and Lebanon.',
      ['Jordan Pickersgill → jordan-pickersgill', 'Jordan → jordan', 'Lebanon → lebanon'],
    ],
    // A name that runs on, or a place's or a body's: the state.
    ['Chad Basin farmers said Chad must share the water.', ['Chad → chad']],
    [
      'Kenya Revenue Authority officers met Kenya’s president.',
      ['Kenya Revenue Authority → kenya-revenue-authority', 'Kenya → kenya'],
    ],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a state’s word before a noun the text uses as a kind of thing', () => {
  test.each([
    // In a list with an everyday compound or a kind.
    ['An Irish setter and a Cuban parrot won ribbons at the county fair.', []],
    ['The shop sells Persian rugs or Syrian mosaics, and Syrian officials visited it.', ['Syrian → syria']],
    // The sentence names the state itself after it.
    ['Shops in London sell Kenya tea, though in Kenya itself prices fell.', ['Kenya → kenya']],
    // People, roles, a body or trade in the list, no kind beside it, or no mass noun: the state.
    ['A Syrian soldier and an Iraqi officer were killed.', ['Syrian → syria', 'Iraqi → iraq']],
    ['Syrian refugees and Lebanese villagers shared Turkish eggs.', ['Syrian → syria', 'Lebanese → lebanon']],
    ['A Syrian tractor was sold to a buyer in Syria.', ['Syrian → syria', 'Syria → syria']],
    ['Sudan grain exports fell, while in Sudan itself prices rose.', ['Sudan → sudan', 'Sudan → sudan']],
    [
      'The Sudan crisis spilled into Chad, while in Sudan itself food ran short.',
      ['Sudan → sudan', 'Chad → chad', 'Sudan → sudan'],
    ],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a state’s name opening the name of a kind of object', () => {
  test.each([
    ['The auction house sold two Benin Bronzes last year, and Benin asked for them back.', ['Benin → benin']],
    ['Curators in Berlin restored the Jordan Scrolls before they went on show.', []],
    // No everyday word, a person's plural, a body's or place's head, or a name that runs on: the state.
    ['The Kenya Rangers patrolled the park.', ['Kenya → kenya']],
    [
      'Benin Airways cancelled its flights, and Benin closed the border.',
      ['Benin Airways → benin-airways', 'Benin → benin'],
    ],
    ['The Jordan Scrolls Trust funds the archive.', ['Jordan Scrolls Trust → jordan-scrolls-trust']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a capital before things a participle places in another state', () => {
  test.each([
    ['Traders in Accra say Ankara prints made in China sell for half the price.', ['China → china']],
    ['Shops sell Cairo cottons woven in India.', ['India → india']],
    // Made or sent from no state, no participle, or the capital's own state: the government.
    ['Moscow strikes launched from Crimea hit Odesa.', ['Moscow → russia']],
    ['Tehran needs renewed talks with Washington.', ['Tehran → iran', 'Washington → united-states']],
    ['Ankara prints made in Turkey are dearer.', ['Ankara → turkey', 'Turkey → turkey']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a person named earlier, said alone beside the speaker', () => {
  test.each([
    [
      'The painters Tessa Jordan and Liam Hart will show in Amman. "Jordan and I met at art school," Hart said.',
      ['Tessa Jordan → tessa-jordan', 'Liam Hart → liam-hart', 'Hart → liam-hart'],
    ],
    // No person of that name before, or no speaker joined to it: the state.
    ['"Jordan and I have always been friends," the Iraqi minister said.', ['Jordan → jordan', 'Iraqi → iraq']],
    [
      'The painter Tessa Jordan spoke in Amman, and Jordan and Iraq signed a deal.',
      ['Tessa Jordan → tessa-jordan', 'Jordan → jordan', 'Iraq → iraq'],
    ],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a demonym with no noun for one person, used as a noun for a thing', () => {
  test.each([
    ['After the match we shared a Chinese and a bottle of wine.', []],
    ['The Danish on the counter was stale, said the Danish consul.', ['Danish → denmark']],
    // A demonym that is a person's noun, a noun after it, a hyphen, or a people of many: the state.
    ['A Russian and an American were arrested in Minsk.', ['Russian → russia', 'American → united-states']],
    ['He met a Chinese delegation and a Chinese-owned firm.', ['Chinese → china', 'Chinese → china']],
    ['A Chinese and a Russian ship collided at sea.', ['Chinese → china', 'Russian → russia']],
    ['The Danish in the coalition are divided.', ['Danish → denmark']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a capital before a time said after it', () => {
  test.each([
    ['The envoy will take the offer to talks with Tehran next week.', ['Tehran → iran']],
    ['The paper said Ankara today rejected the plan.', ['Ankara → turkey']],
    // A noun after it makes the capital an adjective, a place's name.
    ['The Moscow protest ended peacefully.', []],
    ['Crowds gathered at the Ankara rally.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('words inside a name that only a person’s name has', () => {
  test.each([
    ['Jordan van Rensburg scored twice for the Sharks.', []],
    ['The designer India May Castellane showed her first collection.', []],
    // `of` joins a body's name, a month alone is a date, and a name that runs on is no person's.
    ['The Bank of Jordan raised rates.', ['Bank of Jordan → bank-of-jordan']],
    ['Georgia in May voted for the bill.', ['Georgia → georgia']],
    ['Jordan May Trade Fair opened.', ['Jordan → jordan']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a state’s name before a word no lexicon holds, with the state said alone in the sentence', () => {
  test.each([
    ['Bangladesh Jatiya members met in Dhaka, and Bangladesh recalled its envoy.', ['Bangladesh → bangladesh']],
    // An everyday word, a body's head, a registered name, or no state alone: the state.
    ['Syria Tomorrow said Syria must vote.', ['Syria → syria', 'Syria → syria']],
    ['Bangladesh Jatiya members met in Dhaka.', ['Bangladesh → bangladesh']],
    [
      'Pakistan Peoples Party leaders said Pakistan must vote.',
      ['Pakistan Peoples Party → pakistan-peoples-party', 'Pakistan → pakistan'],
    ],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a demonym before a fixed name joined by the old o’', () => {
  test.each([
    [
      "Divers spotted an Irish man o' war jellyfish off Cork, and Irish officials closed the beach.",
      ['Irish → ireland'],
    ],
    // `of` written out is a state's ship or man.
    ['A Portuguese man of war fired on the pirates.', ['Portuguese → portugal']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a capital after `from` and the people a government sends', () => {
  test.each([
    ['Tribal elders met a delegation from Riyadh on Monday.', ['Riyadh → saudi-arabia']],
    ['Envoys from Ankara reached the border town.', ['Ankara → turkey']],
    // People who only come from the city: the place.
    ['Tourists from Ankara reached the border town.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a given name said alone in the paragraph of the person it opened', () => {
  test.each([
    [
      'The bassist Jordan Pickersgill toured Ohio last month, and Jordan sold every ticket.',
      ['Jordan Pickersgill → jordan-pickersgill'],
    ],
    ['My aunt Kenya Oduori bakes on Sundays. Kenya makes the best bread in town.', ['Kenya Oduori → kenya-oduori']],
    // A pronoun of a thing, a clause that reports or explains, or another paragraph: the state.
    [
      'The bassist Jordan Pickersgill toured Ohio, and Jordan said it would reopen the crossing.',
      ['Jordan Pickersgill → jordan-pickersgill', 'Jordan → jordan'],
    ],
    [
      'The playwright Kenya Oduori told reporters that Kenya had banned her play.',
      ['Kenya Oduori → kenya-oduori', 'Kenya → kenya'],
    ],
    [
      'My aunt Kenya Oduori bakes on Sundays.\n\nKenya sends troops to Haiti.',
      ['Kenya Oduori → kenya-oduori', 'Kenya → kenya', 'Haiti → haiti'],
    ],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a state’s name that is a noun too, before people placed in another state’s division', () => {
  test.each([
    ['Turkey farmers in Iowa fear bird flu this winter.', []],
    ['Chile growers in Arizona lost half the crop, while Chile itself had rain.', ['Chile → chile']],
    // A state's own soldiers or officials, a place in the state itself, or a name that is no noun: the state.
    ['Turkey soldiers in Texas trained with US troops.', ['Turkey → turkey', 'US → united-states']],
    ['China officials in Texas met the governor.', ['China → china']],
    ['Peru growers in Arizona lost half the crop.', ['Peru → peru']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('discovery: a person set off after a calling, or after a role its owner’s `’s` opens', () => {
  test.each([
    ['The baker, Omar Saadeh, said flour prices had doubled.', ['Omar Saadeh → omar-saadeh']],
    ["The militia's spokesman, Karim Nassar, said the convoy was hit.", ['Karim Nassar → karim-nassar']],
    [
      "Kenya's health minister, Wanjiru Mbeki, called the outbreak contained.",
      ['Kenya → kenya', 'Wanjiru Mbeki → wanjiru-mbeki'],
    ],
    // No role before the comma: the name is found by its reporting verb alone.
    ['The bread, Omar Saadeh said, was stale.', ['Omar Saadeh → omar-saadeh']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a people’s adjective in -ic before a plural noun for its members', () => {
  test.each([
    ['Coptic families in Assiut buried the victims.', ['Coptic → copts']],
    // Not before a noun for its members, or no people of that name.
    ['A Coptic church was built without a permit.', []],
    ['Arabic students sat the exam.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a state’s given name and a surname-shaped word before an owner’s ’s', () => {
  test.each([
    ["Kenya Marwood's bakery in Leeds won a prize.", ['Kenya Marwood → kenya-marwood']],
    ["Shares rose after Jordan Pickersgill's fund sold its stake.", ['Jordan Pickersgill → jordan-pickersgill']],
    // The state owning in its own name, or a place's name before the `'s`: no person.
    ["Kenya's bakers won a prize.", ['Kenya → kenya']],
    ["Jordan Valley's farmers protested.", []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a state’s name before a word no lexicon holds, where people work', () => {
  test.each([
    ['Scientists at Kenya Medtronix built the pump.', []],
    ['A professor at Georgia Tech built the drone.', []],
    // Not people before `at`, a possessive, a name that runs on, or a body's head: the state, a person or the body.
    ['Protesters shouted at Jordan Henderson, who left.', ['Jordan Henderson → jordan-henderson']],
    ['A professor at Georgia Penrose’s lab spoke.', ['Georgia Penrose → georgia-penrose']],
    ['Staff at Kenya Airways went on strike.', ['Kenya Airways → kenya-airways']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

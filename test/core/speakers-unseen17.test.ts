/**
 * Speaker attribution on the error classes batch 17 of our own sentences
 * (`test/gold/speakers/own-sentences-17.json`) showed once it became a tuning
 * set, each on new sentences written in other shapes (other states, roles and
 * word orders), with sentences where the rule must not fire.
 */
import { describe, expect, test } from 'vitest';
import { lastCreditOnPage as creditOnPage, speakersOf } from '../helpers/speakers.ts';
import { findQuotes } from '../../src/core/quotes/index.ts';

describe('a story filed from a state’s capital is about that state when the text names it', () => {
  test.each([
    [
      'a minister with no country written, in a story naming another state more often',
      'NAIROBI — Kenya will challenge new U.S. visa rules at the WTO, the government said on Friday. The U.S. rules take effect in May, and U.S. officials have defended them as routine.\n\nTrade Minister Wanjiru Kamau said the rules broke a 2019 agreement. “Washington signed that agreement, and Washington can read it,” she said.',
      'Wanjiru Kamau for kenya',
    ],
    [
      'a minister in a story from a town and its state',
      'HERAT, Afghanistan — Iran deported 3,000 Afghans through the Islam Qala crossing on Monday, Iran’s state media said. Iran plans to deport a million more by March.\n\nRefugees Minister Abdul Kabir said camps at the border were full. “We have tents for a tenth of them,” Kabir said.',
      'Abdul Kabir for afghanistan',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await creditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'a capital’s state the text never names leaves the count to decide',
      'NAIROBI — Ethiopia will open a new port route through Djibouti, Ethiopia’s government said on Friday. Ethiopia has sought sea access for years.\n\nTransport Minister Alemu Sime said the route would cut costs. “It halves the time to the sea,” he said.',
      'Alemu Sime for ethiopia',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await creditOnPage(text)).toBe(expected);
  });
});

describe('a government body’s role with no owner is the home state’s before a state named in passing', () => {
  test('a ministry’s spokesman after a sentence naming another state as a modifier', async () => {
    const text =
      'AMMAN — Jordan reopened its airspace on Sunday. Jordan had shut it for a day. Flights resumed after a request from the U.S. military.\n\nForeign ministry spokesman Sufian Qudah said no missiles had crossed. “Our skies were never used,” the spokesman said.';
    expect(await creditOnPage(text)).toBe('Sufian Qudah for jordan');
  });

  test('must not fire: a state opening the sentence before owns the body', async () => {
    const text =
      'AMMAN — Jordan reopened its airspace on Sunday. Jordan had shut it for a day.\n\nIran denied any role. Foreign ministry spokesman Esmaeil Baqaei said Tehran had warned no one. “We informed no neighbour,” the spokesman said.';
    expect(await creditOnPage(text)).toBe('Esmaeil Baqaei for iran');
  });
});

describe('an office of a place that is no registered state speaks for no state', () => {
  test.each([
    [
      'a provincial premier titled before the name, in the home state',
      'OTTAWA — Canada’s cabinet met on Monday to discuss the strike. Canada has never ordered dock workers back.\n\nQuebec Premier Sylvie Tremblay said the port must reopen. “Our factories are running out of parts,” Tremblay said.',
      'Sylvie Tremblay for null',
    ],
    [
      'a territory’s prime minister in lower case, set off before the name',
      'WELLINGTON — New Zealand and Niue signed a new aid deal on Tuesday. New Zealand will fund a new wharf.\n\nThe Niue premier, Dalton Tagelagi, said the wharf would end years of waiting. “Ships will dock safely at last,” he said.',
      'Dalton Tagelagi for null',
    ],
    [
      'a devolved first minister',
      'LONDON — Britain’s Treasury set out its spending plans on Wednesday. Britain will borrow less next year.\n\nScottish First Minister Iona Barclay said the plans shortchanged Scotland. “This is austerity by another name,” she said.',
      'Iona Barclay for null',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await creditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'a portfolio before the office is a title alone',
      'OTTAWA — Canada’s cabinet met on Monday to discuss the strike. Canada has never ordered dock workers back.\n\nLabour Minister Steven MacKinnon said talks would resume. “Both sides are at the table,” MacKinnon said.',
      'Steven MacKinnon for canada',
    ],
    [
      'an office in lower case opening its sentence',
      'OTTAWA — Canada’s cabinet met on Monday to discuss the strike. Canada has never ordered dock workers back.\n\nPrime minister Mark Carney said the government would act. “We will not let the ports stay shut,” Carney said.',
      'Mark Carney for canada',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await creditOnPage(text)).toBe(expected);
  });
});

describe('of two surnames, the first said alone points back to the person named in full', () => {
  test.each([
    [
      'a minister set off after a possessive state, then the first surname',
      'LIMA — Peru’s economy minister, Raúl Pérez Reyes, said on Monday that the deficit would narrow. “We will spend less on fuel subsidies,” Pérez told reporters.',
      'Raúl Pérez Reyes for peru',
    ],
    [
      'a title before the name, then the first surname after a paragraph',
      'MAPUTO — Mozambique’s government extended the curfew in the capital.\n\nInterior Minister Paulo Chachine Magaia said the army would stay in the streets. Police made 40 arrests overnight.\n\n“Order comes before everything,” Chachine said.',
      'Paulo Chachine Magaia for mozambique',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await creditOnPage(text)).toBe(expected);
  });

  test('must not fire: a surname first said by someone named with it last stays theirs', async () => {
    const text =
      'BOGOTÁ — Colombia’s senate rejected the labour bill. Senator Marta Lucía Ortiz voted against it. Labour Minister Antonio Ortiz Gómez said he would bring it back.\n\n“This bill protects no one,” Ortiz said.';
    expect(await creditOnPage(text)).toBe('Marta Lucía Ortiz for null');
  });
});

describe('a capitalised word after a quote is a name, not the noun of a title', () => {
  test.each([
    [
      'a surname that is a title’s noun',
      'In Beijing, the spokeswoman, Song Yuqing, spoke. “Those who play with fire will get burned,” Song said.',
      ['Song Yuqing via name'],
    ],
    [
      'another such surname before its cue',
      '“We will cut the fare in half,” Page told reporters after the vote.',
      ['Page via name'],
    ],
  ])('%s', (_, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test.each([
    ['a title’s noun in lower case after a quote', 'The band played the “Harbour Lights” song twice.'],
    ['a plan named before its noun', 'Ministers backed the “Safe Roads” plan on Monday.'],
  ])('must not fire: %s', (_, text) => {
    expect(findQuotes(text).quotes.map((quote) => quote.kind)).toEqual(['title']);
  });
});

describe('a given name read from the lists with its accents, and no gender from a surname written first', () => {
  test('an accented woman’s name, then a colleague with an accented man’s name named last', async () => {
    const text =
      'Cláudia Furtado, a Brazilian researcher at Amnesty International, said witnesses described soldiers firing at a bus near Belém. Her colleague Tomás Araújo had gathered accounts from drivers.\n\n“Nobody fires at a bus by accident,” she said.';
    expect(await creditOnPage(text)).toMatch(/^Cláudia Furtado for /u);
  });

  test.each([
    [
      'a Korean man, surname first, whose surname the lists hold as a woman’s name',
      'Lin Hui-min, the economy minister, said exports rose in May. Kim Tae-yong, a trade official, agreed.\n\n“The chip orders have not slowed at all,” he said.',
      'Kim Tae-yong via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakersOf(text).at(-1)).toBe(expected);
  });

  test('must not fire: a surname first is no given name a pronoun must disagree with', () => {
    const text =
      'Park Min-jun, the trade minister, met exporters on Friday. Park said tariffs would fall.\n\n“Our exporters will feel the change by summer,” he said.';
    expect(speakersOf(text).at(-1)).toBe('Park Min-jun via pronoun');
  });
});

describe('a central bank’s governor by the title alone, the bank named just before', () => {
  test.each([
    [
      'the bank opening the sentence before, the governor titled',
      'NAIROBI — The Central Bank of Kenya cut its benchmark rate to 10.75 percent on Tuesday. Kenya’s shilling held steady.\n\nGovernor Kamau Thugge said inflation was within the target. “We have room to support lending,” Thugge said.',
      'Kamau Thugge for kenya',
    ],
    [
      'the bank and the governor in one sentence',
      'WELLINGTON — The Reserve Bank of New Zealand held its rate on Wednesday, with Governor Anna Breman warning that prices were still rising. New Zealand’s dollar fell.\n\n“We are not done yet,” Breman said.',
      'Anna Breman for new-zealand',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await creditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'a province’s governor after a central bank is named further back',
      'JAKARTA — Bank Indonesia held rates on Tuesday. Indonesia’s rupiah fell. Floods closed roads in Java.\n\nFarmers lost their crops. Governor Dedi Mulyadi of West Java said aid would come. “Every village will get rice,” Mulyadi said.',
      'Mulyadi for null',
    ],
    [
      'a governor by title with no bank named near',
      'NAHA, Japan — Okinawa’s assembly met on Tuesday. Japan’s defence ministry sent an official.\n\nGovernor Keiko Tamaki said the base must move. “Our island has carried enough,” Tamaki said.',
      'Keiko Tamaki for null',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await creditOnPage(text)).toBe(expected);
  });
});

describe('the office of a national office and a cabinet’s secretary serve the state', () => {
  test.each([
    [
      'the presidential office’s spokesman, set off after the name',
      'MANILA — The Philippines recalled its ambassador on Monday. The Philippines gave no reason.\n\n“The recall is temporary,” said Claire Castro, the presidential office’s press officer.',
      'Claire Castro for philippines',
    ],
    [
      'a cabinet secretary titled before the name, the state only in the dateline',
      'NAIROBI — Fuel taxes will rise in July, the government said on Monday.\n\nCabinet Secretary Wycliffe Oparanya said the rise was unavoidable. “Roads do not build themselves,” he said.',
      'Wycliffe Oparanya for kenya',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await creditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'a shadow secretary is the opposition’s',
      'LONDON — Britain’s asylum backlog rose again, Britain’s Home Office said.\n\nShadow Home Secretary Chris Philp said the plan had failed. “The boats keep coming,” Philp said.',
      'Chris Philp for null',
    ],
    [
      'a party’s secretary, in lower case after a possessive',
      'NAIROBI — Fuel taxes will rise in July, the government said on Monday.\n\nThe party’s secretary, Edwin Sifuna, said the rise would hurt farmers. “Farmers will pay twice,” Sifuna said.',
      'Edwin Sifuna for null',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await creditOnPage(text)).toBe(expected);
  });
});

describe('a surname opening with Abu or Umm is said with it', () => {
  test('a titled spokesman, then the surname with its Abu', async () => {
    const text =
      'GAZA — Hamas said talks had stalled. Hamas spokesman Hazem Abu Qassem said Israel had added conditions. “They move the line every day,” Abu Qassem said.';
    expect(await creditOnPage(text)).toBe('Hazem Abu Qassem for hamas');
  });

  test('must not fire: another name opening with Abu is someone else', async () => {
    const text =
      'GAZA — Hamas said talks had stalled. Mahmoud Abu Daqqa, a Hamas official, said Israel had added conditions. “They move the line every day,” Abu Obeida, a spokesman for the Qassam Brigades, said.';
    expect(await creditOnPage(text)).toMatch(/^Abu Obeida for /u);
  });
});

describe('one who works under or beside the person `his` or `her` means serves the same body', () => {
  test.each([
    [
      'her deputy, after a woman of a registered body',
      'KHERSON, Ukraine — Shelling cut power to the city on Monday.\n\nLena Fischer, a Red Cross official in Kherson, said the water plant had stopped. Her deputy, Oleh Marchenko, drove to the plant at dawn. “The pumps are dry,” he said.',
      'Oleh Marchenko for red-cross-and-red-crescent-movement',
    ],
    [
      'her aide, after a woman named with the role of a registered body',
      'JUBA — Fighting closed the road to Malakal on Friday.\n\nMary-Ellen McGroarty, the WFP’s country director, said convoys had turned back. Her aide, Tomasz Nowak, saw the trucks stopped at Renk. “Nothing moved for two days,” he said.',
      'Tomasz Nowak for world-food-programme',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await creditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'her husband is no member of her body',
      'KHERSON, Ukraine — Shelling cut power to the city on Monday.\n\nLena Fischer, a Red Cross official in Kherson, said the water plant had stopped. Her husband, Oleh Marchenko, drove to the plant at dawn. “The pumps are dry,” he said.',
      'Oleh Marchenko for null',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await creditOnPage(text)).toBe(expected);
  });
});

describe('a role owned by a kind of body in lower case is that kind’s', () => {
  test.each([
    [
      'the court’s spokeswoman after an embassy spoke last',
      'BELGRADE — Serbia’s Constitutional Court struck down the protest law on Monday. The French embassy said the ruling was welcome.\n\nThe court’s spokeswoman, Jelena Ilić, said the decision was final. “There is no appeal,” she said.',
      'Jelena Ilić for null',
    ],
    [
      'the company’s manager, the company described by its state’s demonym after a ministry',
      'LUANDA — Angola’s mines ministry signed a diamond deal on Tuesday with a Chinese mining company.\n\nThe company’s country manager, Wang Lei, said 800 jobs would follow. “Most will be local hires,” the manager said.',
      'Wang Lei for null',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await creditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'a general word for a body is the body named last, whatever it was called',
      'GENEVA — The World Food Programme warned on Friday that rations in Chad would run out in May.\n\nMaria Lukas, the agency’s country director, said 1.2 million refugees depended on them. “We are down to half rations,” she said.',
      'Maria Lukas for world-food-programme',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await creditOnPage(text)).toBe(expected);
  });
});

describe('a body’s role after a possessive name opening its sentence is that body, shown as written', () => {
  test.each([
    [
      'a state’s ministry, then the ministry',
      'NAIROBI — Doctors at public hospitals went on strike on Monday.\n\nKenya’s health ministry denied that wages were late. “Every doctor was paid in full,” the ministry said.',
      'Kenya’s health ministry via nominal',
    ],
    [
      'a state’s body set off after a clause as who said it, then its statement',
      'Drones struck the port of Berbera overnight, Djibouti’s interior ministry said.\n\n“The attack came from the sea,” the ministry’s statement said.',
      'Djibouti’s interior ministry via document',
    ],
    [
      'a state’s commission, then the commission after a paragraph',
      'KAMPALA — Opposition leaders said the vote count in three districts had been rigged.\n\nUganda’s electoral commission dismissed the claim on Sunday. The count resumed at noon.\n\n“Every tally sheet is public,” the commission said.',
      'Uganda’s electoral commission via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakersOf(text).at(-1)).toBe(expected);
  });

  test.each([
    [
      'a possessive name opening the sentence before a person’s title and a name',
      'NAIROBI — Doctors at public hospitals went on strike on Monday.\n\nKenya’s health ministry spokesman Paul Mwangi denied that wages were late. “Every doctor was paid in full,” he said.',
      'Paul Mwangi via pronoun',
    ],
    [
      'a state’s body set off after a clause that is no one’s speaker',
      'Drones struck the port overnight, and Somaliland’s interior ministry closed the roads.\n\n“The attack came from the sea,” the ministry’s statement said.',
      'the ministry via document',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(speakersOf(text).at(-1)).toBe(expected);
  });
});

describe('the owner of what is said is who says it, named without the possessive', () => {
  test.each([
    [
      'a body described opening the sentence before the colon',
      'KYIV — Russia said its drones had struck an arms depot. Ukraine denied it.\n\nThe British embassy’s response was brief: “The depot was a grain store.”',
      'the British embassy via nominal',
    ],
    [
      'the body’s word alone, the body described right after a dateline',
      'HARARE — The Dutch embassy said its staff had left the capital. Zimbabwe called the move hasty.\n\nThe embassy’s answer was short: “Our staff are safe.”',
      'the Dutch embassy via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakersOf(text).at(-1)).toBe(expected);
  });

  test('must not fire: a named person’s possessive before the colon keeps the person', () => {
    const text =
      'KYIV — Russia said its drones had struck an arms depot.\n\nForeign Minister Andrii Sybiha’s reply was brief: “The depot was a grain store.”';
    expect(speakersOf(text).at(-1)).toMatch(/^Andrii Sybiha via /u);
  });
});

describe('a name one goes by or calls oneself names the role that introduced them, someone new', () => {
  test.each([
    [
      'the head of a group, after an officer named with a leading role',
      'Army chief Moses Kiprop said the road was open again. “We control every checkpoint,” Kiprop said.\n\nThe commander of the Marsabit militia, who goes by the name Jaldesa, said in an audio message that the fighting would go on. “They cannot hold the road at night,” he said.',
      'Jaldesa via pronoun',
    ],
    [
      'one who calls himself by a name',
      'Army chief Moses Kiprop said the road was open again. “We control every checkpoint,” Kiprop said.\n\nThe leader of the raiders, who calls himself Lokiru, spoke to reporters by phone. “We will take back our cattle,” he said.',
      'Lokiru via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakersOf(text).at(-1)).toBe(expected);
  });

  test('must not fire: a role’s holder named in apposition stays that person', () => {
    const text =
      'Army chief Moses Kiprop said the road was open again. “We control every checkpoint,” Kiprop said.\n\nThe commander of the Marsabit militia, Jaldesa Guyo, said the fighting would go on. “They cannot hold the road at night,” he said.';
    expect(speakersOf(text).at(-1)).toBe('Jaldesa Guyo via pronoun');
  });
});

describe('a capital setting the scene of a state’s office holder’s introduction is their state’s', () => {
  test.each([
    [
      'a ministry’s spokesman set off before the name, in a story filed from another state',
      'ERBIL, Iraq — Iraq’s Kurdish region reopened its border crossings on Monday. Iraq said trade would resume.\n\nIn Ankara, the defence ministry’s spokesman, Rear Admiral Selçuk Ünal-Kaya, said the crossings would be watched. “Every truck will be checked,” he said.',
      'Rear Admiral Selçuk Ünal-Kaya for turkey',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await creditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'a city that stands for no state leaves the home state',
      'ERBIL, Iraq — Iraq’s Kurdish region reopened its border crossings on Monday. Iraq said trade would resume.\n\nIn Zakho, the defence ministry’s spokesman, Rear Admiral Selçuk Ünal-Kaya, said the crossings would be watched. “Every truck will be checked,” he said.',
      'Rear Admiral Selçuk Ünal-Kaya for iraq',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await creditOnPage(text)).toBe(expected);
  });
});

describe('a region’s or a city’s government by its name is no state’s', () => {
  test.each([
    [
      'an official of a regional government named in full',
      'MOGADISHU — Somalia’s parliament passed the election law on Saturday. Somalia will vote in June.\n\nA senior official of the Puntland Regional Government, Abdirahman Farah, said the region would not take part. “This law was written without us,” he said.',
      'Abdirahman Farah for null',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await creditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'an official of the state’s own government',
      'MOGADISHU — Somalia’s parliament passed the election law on Saturday. Somalia will vote in June.\n\nA senior government official, Abdirahman Farah, said the vote would be on time. “The date will hold,” he said.',
      'Abdirahman Farah for somalia',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await creditOnPage(text)).toBe(expected);
  });
});

describe('a body its owner’s possessive names speaks for the owner in a statement it issued', () => {
  test('a state’s service, then the statement', async () => {
    const text =
      'NAIROBI, Kenya — Protesters blocked the road to the airport on Tuesday.\n\nKenya’s National Intelligence Service said the protests had been planned abroad. “Foreign money paid for the buses,” the statement said.';
    expect(await creditOnPage(text)).toBe('Kenya’s National Intelligence Service for kenya');
  });

  test('must not fire: a court a state’s possessive names speaks for no state', async () => {
    const text =
      'ROME — The government’s migration law was struck down on Friday.\n\nItaly’s Court of Cassation said the detentions had been unlawful. “No one may be held without a judge’s order,” the statement said.';
    expect(await creditOnPage(text)).not.toMatch(/ for italy$/u);
  });
});

describe('a document an owner’s body spoke in, its role in lower case, is that body’s', () => {
  test.each([
    [
      'a ministry that protested in a letter',
      'Niger’s interior ministry complained in a letter to the French embassy. “Our airspace is not a corridor,” the letter said.',
      'Niger’s interior ministry via document',
    ],
    [
      'a company’s board that replied in a statement',
      'Shares in Orvane Mining fell on Friday. Orvane’s board replied in a statement to investors. “The bid undervalues the company,” the statement said.',
      'Orvane’s board via document',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakersOf(text).at(-1)).toBe(expected);
  });

  test('must not fire: a person’s role in lower case after a possessive is no body', () => {
    const text =
      'Niger’s interior minister complained in a letter to the French embassy. “Our airspace is not a corridor,” the letter said.';
    expect(speakersOf(text).at(-1)).not.toBe('Niger’s interior minister via document');
  });
});

describe('a place phrase opening the sentence before a quote is no subject of it', () => {
  test.each([
    [
      'a nominal subject after a place phrase',
      'Health Minister Aisha Bello told senators the clinics would stay open. Senators booed. Outside the chamber, the minister was defiant. “I do not close clinics to win a vote.”',
      'Aisha Bello via previous-sentence',
    ],
    [
      'a surname after a place phrase',
      'Coach Luis Ortega named his squad on Monday. Reporters pressed him on the goalkeeper. Behind the podium, Ortega was calm. “He has earned his place.”',
      'Luis Ortega via previous-sentence',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakersOf(text).at(-1)).toBe(expected);
  });

  test('must not fire: a sentence whose subject is no person gives no speaker', () => {
    const text =
      'Health Minister Aisha Bello told senators the clinics would stay open. Outside the chamber, the rain kept falling. “I do not close clinics to win a vote.”';
    expect(speakersOf(text).at(-1)).toBeNull();
  });
});

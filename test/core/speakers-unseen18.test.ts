/**
 * Speaker attribution on the error classes batch 18 of our own sentences
 * (`test/gold/speakers/own-sentences-18.json`) showed once it became a tuning
 * set, each on new sentences written in other shapes (other states, roles and
 * word orders), with sentences where the rule must not fire.
 */
import { describe, expect, test } from 'vitest';
import { lastCreditOf, lastCreditOn, lastCreditOnPage, lastSpeakerOf } from '../helpers/speakers.ts';

describe('a line citing another story names no one, with or without a quoted headline', () => {
  test.each([
    [
      'a headline in plain words between a man and his pronoun',
      'Treasurer Dominic Ashworth released the state budget on Tuesday. Greens leader Tamsin Rowe called it timid.\n\nREAD MORE: Queensland budget leans on coal royalties again\n\n“Every line of this budget is paid for,” he said.',
      'Dominic Ashworth via pronoun',
    ],
    [
      'the only person named, the headline’s line between him and his pronoun',
      'Premier Grant Lefebvre said the hospital would open in 2027.\n\nREAD MORE: Hospital costs in Red Deer have tripled since 2019, audit finds\n\n“We will cut the ribbon in 2027,” he said.',
      'Grant Lefebvre via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });

  test.each([
    [
      'a dateline with a colon, as Gulf papers write it, is the story’s own first line',
      'RIYADH: Saudi Arabia’s energy minister, Prince Abdulaziz bin Salman, said output would hold. “The market is balanced,” he said.',
      'Abdulaziz bin Salman via pronoun',
    ],
    [
      'a paragraph opening with an update label is part of the story',
      'UPDATE: Fire Chief Norma Beckett said the blaze was contained by noon.\n\n“We were lucky with the wind,” she said.',
      'Norma Beckett via pronoun',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });
});

describe('an abbreviated title is its role, also inside a longer title, and a city council’s members by their titles', () => {
  test.each([
    [
      'a police rank abbreviated after the force’s name',
      'Toronto Police Insp. Karen Doyle said two men had been charged. Witness Omar Saleh said the car had been parked there for a week.\n\n“We are not looking for anyone else,” the inspector said.',
      'Karen Doyle via nominal',
    ],
    [
      'a doctor by her honorific, a man named after her',
      'Dr. Amara Osei treated the first patients in Kumasi. Health Minister Kwame Mensah said the ward would get more beds.\n\n“We ran out of oxygen twice,” the doctor said.',
      'Amara Osei via nominal',
    ],
    [
      'a councilman titled as American cities title one, the mayor named after him',
      'Councilman Derek Hale said the vote had been rushed. Mayor Lucia Romero said the city could not wait another year.\n\n“Nobody read the contract,” the councilman said.',
      'Derek Hale via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });

  test.each([
    [
      'a nurse named after a doctor is not the doctor',
      'Dr. Lena Ortiz said the clinic had no heating. A nurse, Paul Kimani, said staff wore coats on shift.\n\n“My hands are too cold to find a vein,” the nurse said.',
      'Paul Kimani via nominal',
    ],
    [
      'an honorific that is no role leaves the councillor to the one titled so',
      'Coun. Ruth Adeyemi said the plan was too costly. Mr. Brendan Walsh, a landlord, said rents would rise.\n\n“We cannot afford this,” the councillor said.',
      'Ruth Adeyemi via nominal',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });
});

describe('a plural’s possessive inside a body’s name keeps the name whole', () => {
  test.each([
    [
      'a nurses’ association named in full, then by its word',
      'The Ontario Nurses’ Association said hospitals were short of 20,000 nurses. Health Minister Sylvia Jones said hiring was up.\n\n“Patients wait in hallways for days,” the association said.',
      'Ontario Nurses’ Association via nominal',
    ],
    [
      'a workers’ party abroad, then by its word',
      'The Workers’ Party of Korea opened its congress on Friday, state media said.\n\n“The enemy will find us ready,” the party said.',
      'Workers’ Party of Korea via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });

  test.each([
    [
      'a team’s possessive before its player’s name is no part of it',
      '“We didn’t show up in the first period,” the Oilers’ Leon Draisaitl said after the loss.',
      'Leon Draisaitl via name',
    ],
    [
      'a plural’s possessive in lower case before a body’s word names no body',
      'The nurses’ union in Manitoba said talks had failed.\n\n“We will vote on Monday,” the union said.',
      'the union via nominal',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });
});

describe('words modifying a title between its owner and its role belong to the title', () => {
  test.each([
    [
      'a UN coordinator introduced opening the sentence, then by role',
      'UN humanitarian coordinator Margit Lindqvist, who visited three camps near Goma, said the aid was not arriving.\n\n“Nobody here has seen a food truck since May,” the coordinator said.',
      'Margit Lindqvist for united-nations',
    ],
    [
      'a Hamas official with two words before the role, then by surname',
      'Hamas senior political official Khaled Nasser said the group had answered the proposal. “We have given our reply to the mediators,” Nasser said.',
      'Khaled Nasser for hamas',
    ],
  ])('%s', (_, text, expected) => {
    expect(lastCreditOf(text)).toBe(expected);
  });

  test.each([
    [
      'a verb between a state and the modifier is no owner’s title',
      'Syria welcomed veteran envoy Stefan Marek on Monday. “Both sides want quiet,” Marek said.',
      'Stefan Marek for null',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(lastCreditOf(text)).toBe(expected);
  });
});

describe('a role a group’s or a company’s word owns is no state’s named since', () => {
  test.each([
    [
      'a group’s spokesman after a state is the subject of the sentence between',
      'Hamas accepted the outline on Monday. Israel said it would study the reply. The group’s spokesman, Hazem Qassem, said the reply was final. “There is nothing more to give,” he said.',
      'Hazem Qassem for hamas',
    ],
    [
      'a group’s spokesman after a neighbouring state closed the border',
      'The Taliban took the district on Sunday. Pakistan closed the border crossing. The group’s spokesman, Zabiullah Mujahid, said the crossing should reopen. “Trade must go on,” he said.',
      'Zabiullah Mujahid for taliban',
    ],
  ])('%s', (_, text, expected) => {
    expect(lastCreditOf(text)).toBe(expected);
  });

  test.each([
    [
      'a government’s spokesman is the state’s named before',
      'Iraq said on Monday it had closed the Rabia crossing. The government’s spokesman, Basim al-Awadi, said it would reopen within a week. “This is temporary,” he said.',
      'Basim al-Awadi for iraq',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(lastCreditOf(text)).toBe(expected);
  });
});

describe('a body’s word alone as a name, capitalised, is the body named before with it', () => {
  test.each([
    [
      'the Council’s secretary-general after the Gulf Cooperation Council',
      'Gulf ministers met in Kuwait, and the Gulf Cooperation Council called for calm in the strait. The Council’s secretary-general, Jasem Albudaiwi, said shipping had to resume. “The strait belongs to everyone,” he said.',
      'Jasem Albudaiwi for gulf-cooperation-council',
    ],
    [
      'the League’s envoy after the Arab League, a state named between',
      'Sudan asked the Arab League for help with talks on Tuesday. Egypt offered Cairo as a venue. The League’s envoy to Sudan, Tariq Mansour, said both generals had agreed to meet. “They have never been this close,” he said.',
      'Tariq Mansour for arab-league',
    ],
  ])('%s', (_, text, expected) => {
    expect(lastCreditOf(text)).toBe(expected);
  });

  test.each([
    [
      'with no body of that word named before, the word is a body of its own',
      'The Council’s chair, Ingrid Holm, said the vote would wait until spring. “We need more time,” she said.',
      'Ingrid Holm for null',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(lastCreditOf(text)).toBe(expected);
  });
});

describe('a name that is a person to discovery only for speaking, with no given name, may be a firm’s', () => {
  test.each([
    [
      'a salmon farmer named by its firm, then the company',
      'TROMSØ, Norway — Orvik Salmon said on Tuesday it would close two farms in Finnmark after a lice outbreak.\n\n“We cannot keep fish in water this warm,” the company said.',
      'Orvik Salmon for null',
    ],
    [
      'a cement maker, then it',
      'DAR ES SALAAM — Mbeya Cement said it would raise prices by a fifth from July. “Coal costs have doubled since January,” it said.',
      'Mbeya Cement for null',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'a man whose given name no list holds is still he',
      'HARARE — Tendai Chikwanha said he would appeal the ruling. “The court did not read the contract,” he said.',
      'Tendai Chikwanha for null',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });
});

describe('a state’s name before a coach’s, a player’s or a judge’s role is where they are from, not whom they speak for', () => {
  test.each([
    [
      'a national team’s midfielder titled by the state’s name',
      'ACCRA — Ghana midfielder Kwame Asante-Boateng said the squad had not been paid its bonuses. “We play for the shirt, but we have families,” Asante-Boateng said.',
      'Kwame Asante-Boateng for null',
    ],
    [
      'a judge titled with the state’s demonym and court',
      'NAIROBI — Kenyan High Court Judge Wanjiku Mbugua halted the deployment on Friday. “The executive cannot send police abroad without Parliament,” Mbugua wrote.',
      'Wanjiku Mbugua for null',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'a minister titled by the state’s name still speaks for it',
      'NAIROBI — Kenya Health Minister Aden Duale said the strike had to end. “Patients are dying in the corridors,” Duale said.',
      'Aden Duale for kenya',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await lastCreditOnPage(text)).toBe(expected);
  });
});

describe('the place a dateline opens with is no one a pronoun means', () => {
  test.each([
    [
      'a capital in two words before a story naming no body',
      'PORT LOUIS — Talks on the island’s fuel subsidy broke down on Thursday. “There is no money left for it,” it said.',
      'it via pronoun',
    ],
    [
      'a capital before a firm named in one word',
      'KUALA LUMPUR — Petronas raised fuel prices on Monday. “Subsidies cannot last,” it said.',
      'it via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });

  test.each([
    [
      'the dateline’s capital still gives a minister with no country written the state',
      'NAIROBI — Foreign Minister Musalia Mudavadi said the envoys would meet on Monday. “Our door is open,” Mudavadi said.',
      'Musalia Mudavadi for kenya',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(lastCreditOf(text)).toBe(expected);
  });
});

describe('a document no one was said to issue, opening the paragraph after one reporting what someone said, is theirs', () => {
  test.each([
    [
      'a ports authority, then the statement',
      'MOMBASA — The Kenya Ports Authority said on Monday that two berths would close for repairs until March.\n\n“Shipping lines have been told to divert to Lamu,” the statement said.',
      'Kenya Ports Authority via document',
    ],
    [
      'a miner, then its report',
      'PERTH — Harlow Iron Holdings said its shipments fell 8 per cent in the quarter after two cyclones.\n\n“The weather cost us three weeks of loading,” the report said.',
      'Harlow Iron Holdings via document',
    ],
  ])('%s', (_, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });

  test.each([
    [
      'after a paragraph that reports no words, the document stays as written',
      'GENEVA — The mediators met both delegations on Sunday.\n\n“Progress was made on the prisoner lists,” the statement said.',
      'the statement via nominal',
    ],
    [
      'after a paragraph between, the document stays as written',
      'LIMA — Volcan Andino said its mine would reopen in June.\n\nVillagers blocked the road to the pit for a third day.\n\n“The water is ours,” the statement said.',
      'the statement via nominal',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });
});

describe('a body described after a clause as the one who said it is introduced', () => {
  test.each([
    [
      'a defence ministry, then it',
      'Troops crossed the border at dawn, the defence ministry said. “We are defending our villages,” it said.',
      'the defence ministry via pronoun',
    ],
    [
      'an electoral commission with a modifier, then it',
      'Turnout reached 61 per cent, the national electoral commission said. “Counting will finish by Friday,” it said.',
      'the national electoral commission via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });

  test.each([
    [
      'a body’s word as the object of a clause is no one who said it',
      'Protesters marched on the ministry, and the police said nothing. “We will come back tomorrow,” they said.',
      'Protesters via pronoun',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });
});

describe('a service’s word opening a title with no owner is the service named before', () => {
  test.each([
    [
      'an army spokesman after the Israeli military set off after a clause',
      'JERUSALEM — Drones were launched at Eilat overnight, the Israeli military said.\n\nArmy spokesman Nadav Shoshani said all had been shot down. “Nothing reached the city,” Shoshani said.',
      'Nadav Shoshani for israel-defense-forces',
    ],
    [
      'a military spokesman after the Israeli army opening the sentence',
      'JERUSALEM — The Israeli army said it had struck 40 sites in southern Lebanon.\n\nMilitary spokesman Daniel Hagari said the strikes were precise. “We hit what we aimed at,” Hagari said.',
      'Daniel Hagari for israel-defense-forces',
    ],
  ])('%s', (_, text, expected) => {
    expect(lastCreditOf(text)).toBe(expected);
  });

  test.each([
    [
      'a police spokesman is not the army’s',
      'JERUSALEM — The Israeli army said it had sealed the road.\n\nPolice spokesman Dean Elsdunne said two men had been arrested. “They were armed,” Elsdunne said.',
      'Dean Elsdunne for israel',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(lastCreditOf(text)).toBe(expected);
  });
});

describe('a role held for oneself that no one was introduced with is the person named last, who has no role', () => {
  test.each([
    [
      'a witness named with what she did, after a police officer',
      'Const. Ravi Sandhu said the bus had left the road at about 7 a.m. Aroha Ngata, who was driving behind it, said she saw it tip over.\n\n“It just rolled onto its side,” the witness said.',
      'Aroha Ngata via nominal',
    ],
    [
      'a farmer named by what happened to his fields',
      'Pieter de Wit, whose fields flooded in March, said the dike had been too low for years. “I told them in 2019,” the farmer said.',
      'Pieter de Wit via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });

  test.each([
    [
      'the person named last holds a role of their own',
      'Aroha Ngata said she saw the bus tip over. Fire Chief Dale Rennick said two passengers were hurt. “It just rolled onto its side,” the witness said.',
      'the witness via nominal',
    ],
    [
      'the person named last is of the other gender',
      'Carlos Mendes said the school had closed early. “Nobody called us,” the mother said.',
      'the mother via nominal',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });
});

describe('a short title with two letters swapped, before a given name, is its role', () => {
  test.each([
    [
      'a county fire chief, three title words before the name',
      'County Fire Cheif Marta Olsen said the blaze had jumped the highway. Mayor Glen Harcourt ordered the east side out.\n\n“We lost the line at about four,” the chief said.',
      'Marta Olsen via nominal',
    ],
    [
      'a police chief opening the sentence',
      'Police Cheif Dana Okoro said two officers were hurt. Councillor Ben Asante called for an inquiry.\n\n“Both will recover,” the chief said.',
      'Dana Okoro via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });

  test.each([
    [
      'a surname that is a role with two letters swapped is no title',
      'Ann Cheif, who lives by the river, said the water rose in an hour. Fire Chief Tom Becker said crews were stretched.\n\n“We had boats out all night,” the chief said.',
      'Tom Becker via nominal',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });
});

describe('a mission and a presidency are kinds of body, for the word and for what they post', () => {
  test.each([
    [
      'a state’s mission to a body, then a post on its channel',
      'Russia’s mission to the OSCE said the monitors had overstepped their mandate. “The mandate is not a blank cheque,” a post on the mission’s Telegram channel read.',
      'Russia’s mission via document',
    ],
    [
      'a presidency described by its demonym, then its statement',
      'ANKARA — The Turkish presidency said on Friday that talks with Damascus would resume. “Our door has never been closed,” the presidency’s statement said.',
      'the Turkish presidency via document',
    ],
  ])('%s', (_, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });

  test.each([
    [
      'a mission that is an undertaking names no body',
      'The rescue mission ended on Friday with nobody found. “We searched every valley,” the coordinator said.',
      'the coordinator via nominal',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });
});

describe('a state’s body of government described by its demonym speaks for the government of the day', () => {
  test.each([
    [
      '2025-02-10',
      'a presidency described, then it, under the caretaker government',
      'DAMASCUS — The Syrian presidency said a national dialogue conference would open this month. “Every Syrian will have a seat,” it said.',
      'the Syrian presidency for syrian-caretaker-government',
    ],
    [
      '2023-06-01',
      'a presidency described after a clause, then it, under Assad',
      'DAMASCUS — Bread prices would rise by a third from Sunday, the Syrian presidency said. “Subsidies will reach those who need them,” it said.',
      'the Syrian presidency for syrian-government',
    ],
  ])('%s: %s', (date, _, text, expected) => {
    expect(lastCreditOn(date, text)).toBe(expected);
  });

  test.each([
    [
      '2024-05-01',
      'a state with no government of its own in the registry keeps the state',
      'AMMAN — The Jordanian government said the border would stay open. “Trade must go on,” it said.',
      'the Jordanian government for jordan',
    ],
  ])('must not fire: %s: %s', (date, _, text, expected) => {
    expect(lastCreditOn(date, text)).toBe(expected);
  });
});

describe('an armed group’s demonym before a noun names the group in passing', () => {
  test.each([
    [
      'a drone of the group, then the group',
      'RIYADH — Saudi air defences intercepted a Houthi drone over Jizan on Tuesday. “Our reach grows every month,” the group said.',
      'Houthis for houthis',
    ],
    [
      'the group’s spokesman after its depots were struck and a state spoke',
      'HODEIDAH — Israeli jets hit Houthi fuel depots in the port on Monday. Israel said the port had been used to bring in weapons. The group’s spokesman, Mohammed Abdulsalam, said the strikes hit civilians. “They bombed our bread,” he said.',
      'Mohammed Abdulsalam for houthis',
    ],
  ])('%s', (_, text, expected) => {
    expect(lastCreditOf(text)).toBe(expected);
  });

  test.each([
    [
      'a state’s demonym before a noun is no group',
      'ERBIL — Iranian drones hit a base near the airport overnight. “We will answer at a time we choose,” the group said.',
      'the group for null',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(lastCreditOf(text)).toBe(expected);
  });
});

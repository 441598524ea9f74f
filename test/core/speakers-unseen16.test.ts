/**
 * Speaker attribution on the error classes batch 16 of our own sentences
 * (`test/gold/speakers/own-sentences-16.json`) showed at first look, and the
 * ones left open from the stop before it, each on new sentences written in
 * the same shape, with sentences where the rule must not fire.
 */
import { describe, expect, test } from 'vitest';
import {
  lastCreditOf as creditOf,
  lastCreditOn as creditOn,
  lastCreditOnPage as creditOnPage,
  lastSpeakerOf as speakerOf,
} from '../helpers/speakers.ts';

describe('an office holder with no country written speaks for the home state’s government of the day', () => {
  test.each([
    [
      'a capital that stands for the government of the day places a dateline’s story in its state',
      '2024-10-02',
      'DAMASCUS, Oct. 2, 2024 — Rebels shelled a town north of Hama on Wednesday. Prime Minister Mahmoud Qassem visited the wounded. “The state will rebuild every house,” the prime minister said.',
      'Mahmoud Qassem for syrian-government',
    ],
    [
      'the same office in the same state after the government changed',
      '2025-02-10',
      'DAMASCUS, Feb. 10, 2025 — The cabinet met for the first time in the new year. Economy Minister Bassel Hamdan said prices would be freed. “Bread will no longer be rationed,” he said.',
      'Bassel Hamdan for syrian-caretaker-government',
    ],
  ])('%s', (_, date, text, expected) => {
    expect(creditOn(date, text)).toBe(expected);
  });

  test.each([
    [
      'a private person under the same dateline speaks for no one',
      '2024-10-02',
      'DAMASCUS, Oct. 2, 2024 — Rebels shelled a town north of Hama on Wednesday. Rami Saleh, a shopkeeper, swept glass from his floor. “We have nothing left,” he said.',
      'Rami Saleh for null',
    ],
    [
      'a state medium still speaks for the state, not its government',
      '2024-10-02',
      'DAMASCUS, Oct. 2, 2024 — Rebels shelled a town north of Hama on Wednesday. “The army repelled the attack,” state television said.',
      'state television for syria',
    ],
  ])('must not fire: %s', (_, date, text, expected) => {
    expect(creditOn(date, text)).toBe(expected);
  });
});

describe('a state’s own body no one owns in the text speaks for the home state', () => {
  test.each([
    [
      'a spokesman of `the foreign ministry’s`, its owner written in lower case',
      'DOHA — Qatar said on Monday that talks had resumed. Qatar hosts both delegations.\n\n“The gaps are narrower,” Khalid al-Nuaimi, the foreign ministry’s spokesman, told reporters.',
      'Khalid al-Nuaimi for qatar',
    ],
    [
      'the office of a national office',
      'JERUSALEM — Israel said the three hostages had crossed the border. Israel thanked Egypt.\n\nThe Prime Minister’s Office said the women were with doctors. “They are home,” its statement said.',
      'Prime Minister’s Office for israel',
    ],
    [
      'a ministry’s statement with its modifier kept',
      'AMMAN — Jordan closed its airspace on Sunday. Jordan reopened it at dawn. The foreign ministry’s statement was short: “Our skies are not a battlefield.”',
      'the foreign ministry for jordan',
    ],
    [
      'a ministry by its name',
      'TOKYO — Japan will tighten export rules for chips. Japan said the rules start in May.\n\n“Three firms will need licences,” the Ministry of Industry said.',
      'Ministry of Industry for japan',
    ],
  ])('%s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });

  test.each([
    [
      'a party’s spokesman, its owner a name',
      'DOHA — Qatar said on Monday that talks had resumed. Qatar hosts both delegations.\n\n“The gaps are narrower,” Khalid al-Nuaimi, the Labour party’s spokesman, told reporters.',
      'Khalid al-Nuaimi for null',
    ],
    [
      'the office of a city’s mayor',
      'AMMAN — Jordan closed its airspace on Sunday. Jordan reopened it at dawn.\n\nThe Mayor’s Office said schools would open. “Classes start at nine,” its statement said.',
      'Mayor’s Office for null',
    ],
    [
      'a group whose name holds a body’s word, capitalised',
      'DAMASCUS — Syria said its forces had retaken the town. Syria named no casualties.\n\nThe Army of Islam said its fighters had withdrawn. “We left to spare the people,” the group said.',
      'Army of Islam for null',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });
});

describe('a document’s author after `from` keeps the modifiers of its body', () => {
  test('a demonym and a modifier before the body’s word', () => {
    const text = '“The meeting opens a new chapter,” read a statement from the Egyptian foreign ministry on Wednesday.';
    expect(creditOf(text)).toBe('Egyptian foreign ministry for egypt');
  });

  test('must not fire: a name, then a complement naming a body, is the name', () => {
    const text =
      'A letter from Omar Haddad to the ministry was read aloud. “I ask only for a hearing,” the letter said.';
    expect(creditOf(text)).toBe('Omar Haddad for null');
  });
});

describe('a state’s own body only discovery knows speaks for its state', () => {
  test.each([
    [
      'a nation’s army named with its demonym',
      'MOGADISHU — Fighters attacked a base near Jowhar before dawn on Sunday.\n\nThe Somali National Army said it had repelled the attack. “The attackers fled and left their dead,” the Somali National Army said.',
      'Somali National Army for somalia',
    ],
    [
      'an election body with no state written, in the home state',
      'CARACAS — Venezuela held municipal elections on Sunday. Venezuela’s opposition stayed away.\n\n“Turnout was high and the vote was calm,” the National Electoral Council said.',
      'National Electoral Council for venezuela',
    ],
  ])('%s', async (_, text, expected) => {
    expect(await creditOnPage(text)).toBe(expected);
  });

  test.each([
    [
      'a national body of another kind stays its own',
      'CARACAS — Venezuela held municipal elections on Sunday. Venezuela’s opposition stayed away.\n\n“Three of our reporters were detained,” the National Union of Press Workers said.',
      'National Union of Press Workers for national-union-of-press-workers',
    ],
    [
      'a national human rights body is no state’s voice',
      'CARACAS — Venezuela held municipal elections on Sunday. Venezuela’s opposition stayed away.\n\n“Detentions rose in the week before the vote,” the National Human Rights Observatory said.',
      'National Human Rights Observatory for national-human-rights-observatory',
    ],
  ])('must not fire: %s', async (_, text, expected) => {
    expect(await creditOnPage(text)).toBe(expected);
  });
});

describe('a state’s name opening a longer name is no state', () => {
  test.each([
    [
      'a party named after its state',
      'Elin Berg, the economic spokeswoman of the Sweden Democrats, said the budget was too small. “We wanted more,” she said.',
      'Elin Berg for null',
    ],
    [
      'a monitoring group named after its state',
      'Hamit Dardagan, a researcher at the Iraq Body Count project, said the toll had risen. “We count every name,” he said.',
      'Hamit Dardagan for null',
    ],
  ])('%s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });

  test.each([
    [
      'a state’s department by its name',
      'Ned Carter, a spokesman for the US State Department, said talks would resume. “We are ready,” he said.',
      'Ned Carter for united-states',
    ],
    [
      'a state’s name before a role in lower case',
      'Elin Berg, a spokeswoman for the Sweden government, said the budget was balanced. “We are prudent,” she said.',
      'Elin Berg for sweden',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });
});

describe('one who leads what a body owns speaks for that body', () => {
  test.each([
    [
      'a clause of leading after a nationality',
      'Amina Yusuf, a Kenyan who runs UNICEF’s nutrition programme in Somalia, said stocks were low. “We have two weeks left,” she said.',
      'Amina Yusuf for unicef',
    ],
    [
      'a clause of leading alone, its owner a body named in full',
      'Pieter de Vries, who heads the International Committee of the Red Cross’s delegation in Juba, said the road was closed. “Nothing moves,” he said.',
      'Pieter de Vries for international-committee-of-the-red-cross',
    ],
    [
      'the statement the leader spoke in is theirs, past the clause',
      'Sofia Marques, who leads the IMF’s mission to Angola, said in a statement that talks would go on. “Angola has met its targets,” the statement said.',
      'Sofia Marques for international-monetary-fund',
    ],
  ])('%s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });

  test.each([
    [
      'a clause of another verb says nothing of whom one serves',
      'Amina Yusuf, a Kenyan who visited UNICEF’s clinic in Baidoa, said stocks were low. “We have two weeks left,” she said.',
      'Amina Yusuf for null',
    ],
    [
      'one who led it once no longer serves it',
      'Pieter de Vries, who headed the International Committee of the Red Cross’s delegation in Juba until 2019, said the road was closed. “Nothing moves,” he said.',
      'Pieter de Vries for null',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });
});

describe('a platform’s name between an owner and its account is no one introduced', () => {
  test('`the group` after a post on the group’s Telegram channel is the group named before', async () => {
    const text =
      'SANAA — The Houthis said their forces had struck a ship in the Red Sea.\n\nA post on the group’s Telegram channel said the crew had been warned. “The ship ignored our calls,” the post said.';
    expect(await creditOnPage(text)).toBe('Houthis for houthis');
  });

  test('must not fire: the owner written by name before the platform is the author', async () => {
    const text =
      'BEIRUT — Rockets were fired at northern Israel overnight.\n\nA post on Hezbollah’s Telegram channel said its fighters had fired them. “We answered the strike on Nabatieh,” the post said.';
    expect(await creditOnPage(text)).toBe('Hezbollah for hezbollah');
  });
});

describe('the subject of a subordinate clause is not its sentence’s', () => {
  test('`after X spoke` leaves the sentence’s subject the one a pronoun means', () => {
    const text =
      'Defence Minister Avi Dror welcomed the ruling. Tal Orbach, who runs a bakery in Modiin, watched the news at home after Dror spoke. “We need soldiers from every family,” she said.';
    expect(speakerOf(text)).toBe('Tal Orbach via pronoun');
  });

  test('must not fire: the main clause’s subject after a subordinate clause is the subject', () => {
    const text =
      'When Tal Orbach arrived, Avi Dror was already speaking. “We need soldiers from every family,” he said.';
    expect(speakerOf(text)).toBe('Avi Dror via pronoun');
  });
});

describe('a spokesperson or an office owned by `his` or `her` speaks for the one the pronoun means', () => {
  test.each([
    [
      'a spokesman after a clause naming his principal',
      'Britain suspended 30 licences. Asked whether Keir Starmer had been consulted, his official spokesman told reporters: “The decision has his full support.”',
      'Keir Starmer’s official spokesman for null',
    ],
    [
      'a registered principal’s actor is the spokesman’s',
      'Abbas Araghchi arrived in Muscat on Sunday for a second round. His spokesman told reporters: “The talks will be indirect.”',
      'Abbas Araghchi’s spokesman for iran',
    ],
  ])('%s', (_, text, expected) => {
    expect(creditOf(text)?.replace(/'/gu, '’')).toBe(expected);
  });

  test.each([
    [
      'a lawyer is no one’s voice',
      'Maria Olsen, a novelist, was arrested on Monday. Her lawyer told reporters: “She will be freed.”',
      'her lawyer for null',
    ],
    [
      'with no one before, the words stay as written',
      'His spokesman told reporters: “The talks will be indirect.”',
      'his spokesman for null',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });
});

describe('the sentence before: a name with an article or particle in lower case is still a name', () => {
  test.each([
    [
      'an Arabic article in the surname',
      'Information Minister Faisal al-Mekdad was less enthusiastic. “The government gave more than it got.”',
      'Faisal al-Mekdad via previous-sentence',
    ],
    [
      'a particle in the name',
      'Commissioner Pieter van Dijk was blunt. “The rules apply to everyone.”',
      'Pieter van Dijk via previous-sentence',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  test('must not fire: words in lower case that are no particle make no subject', () => {
    const text = 'Crowds outside the office of Faisal al-Mekdad grew angry. “The government gave more than it got.”';
    expect(speakerOf(text)).toBe(null);
  });
});

describe('a title’s words capitalised after a demonym are a title, not a name', () => {
  test.each([
    [
      'a minister’s portfolio capitalised',
      'Egyptian Energy Minister Tarek Mansour said supplies would hold. “We have gas for the summer,” he said.',
      'Tarek Mansour for egypt',
    ],
    [
      'a royal title after the office',
      'Saudi Energy Minister Prince Faisal bin Turki said the group would be patient. “We will not chase the market,” the prince said.',
      'Faisal bin Turki for saudi-arabia',
    ],
  ])('%s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });

  test('must not fire: a body’s name opening with a demonym is a name', () => {
    const text =
      'Marco Bellini, secretary general of the Italian Episcopal Conference, said the tax was unfair. “It is a dangerous sentence,” he said.';
    expect(creditOf(text)).toBe('Marco Bellini for null');
  });
});

describe('a document no one was said to issue, right after a sentence reporting what someone said, is theirs', () => {
  test('a body said, then `the statement read`', () => {
    const text =
      'The International Committee of the Red Cross said both sides had agreed to the exchange. “The handover will take place on Sunday,” the statement read.';
    expect(creditOf(text)).toBe(
      'International Committee of the Red Cross for international-committee-of-the-red-cross',
    );
  });

  test.each([
    [
      'a sentence that reports no words',
      'The International Committee of the Red Cross met both sides on Friday. “The handover will take place on Sunday,” the statement read.',
      'the statement for null',
    ],
    [
      'the sentence before two paragraphs back',
      'The International Committee of the Red Cross said both sides had agreed to the exchange.\n\nFamilies waited at the crossing through the night.\n\n“The handover will take place on Sunday,” the statement read.',
      'the statement for null',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });
});

describe('a document’s author described in lower case, of a name, is the whole description', () => {
  test.each([
    [
      'a command of a state’s army',
      'A statement from the general command of the Syrian army said units had pulled back. “The terrorists will not keep the city,” the statement read.',
      'the general command of the Syrian army for syrian-arab-army',
    ],
    [
      'the head of a body',
      'A letter from the head of Amnesty said the trial was unfair. “The verdict was written in advance,” the letter said.',
      'the head of Amnesty for amnesty-international',
    ],
  ])('%s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });

  test.each([
    [
      'a role in lower case with no name after it stays the role',
      'A statement from the union said talks had failed. “We will strike on Monday,” the statement said.',
      'the union for null',
    ],
    [
      'a complement in lower case is no name',
      'A statement from the union of bus drivers said talks had failed. “We will strike on Monday,” the statement said.',
      'the union for null',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });
});

describe('the minutes of a meeting, set off by a participle, speak for the body `its` means', () => {
  test('a name set off by `, which` is a body’s, whose minutes these are', () => {
    const text =
      'The Landsbanki, which cut its rate to 7% in June, struck a cautious note. The minutes of its latest meeting, published the same morning, said: “Wage growth could slow the return of inflation to target.”';
    expect(speakerOf(text)).toBe('Landsbanki via document');
  });

  test.each([
    ['`minutes` as time is no document', 'Minutes later, the army said: “The fire is out.”', 'the army via nominal'],
    [
      'a name set off by `, who` is a person, not the body `its` means',
      'Halla Jonsdottir, who chairs the bank’s board, struck a cautious note. The minutes of its latest meeting, published the same morning, said: “Wage growth could slow the return of inflation.”',
      'the minutes of its latest meeting via nominal',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a state’s body is never a company named before', () => {
  test('`the mines ministry` after a miner that was `the company`', () => {
    const text =
      'Tarnwick Mining said it would appeal the order. “We will fight this in court,” the company said. “The law applies to every company,” the mines ministry said.';
    expect(speakerOf(text)).toBe('the mines ministry via nominal');
  });

  test('must not fire: `the government` after a state is the state', () => {
    const text = 'Iran said the talks would resume in Muscat. “We are ready,” the government said.';
    expect(speakerOf(text)).toBe('Iran via nominal');
  });
});

describe('a body’s word written as a name in a description is the body named before with it', () => {
  test('`A Commission spokesman` after the European Commission', () => {
    const text =
      'The European Commission fined the carmaker on Thursday. A Commission spokesman, Arnaud Peeters, said it had 90 days to comply. “Penalties will follow,” the spokesman said.';
    expect(creditOf(text)).toBe('Arnaud Peeters for european-commission');
  });

  test.each([
    [
      'with no body named before with the word',
      'A Commission spokesman, Arnaud Peeters, said the carmaker had 90 days to comply. “Penalties will follow,” the spokesman said.',
      'Arnaud Peeters for null',
    ],
    [
      'a word inside a longer name is that name’s',
      'The European Commission fined the carmaker on Thursday. A Securities Commission spokesman, Arnaud Peeters, said the shares were suspended. “Trading resumes Monday,” the spokesman said.',
      'Arnaud Peeters for null',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });
});

describe('where one was born describes them and is no one they speak for', () => {
  test('`the Swedish-born X` is introduced by name, for `he`', () => {
    const text =
      'Commissioner Ilze Kalnina spoke first. The firm’s general counsel, the Danish-born Henrik Lauritsen, said it would appeal. “We compete on price,” he said.';
    expect(creditOf(text)).toBe('Henrik Lauritsen for null');
  });

  test('must not fire: a demonym before a role still gives the state', () => {
    const text =
      'Commissioner Ilze Kalnina spoke first. The Danish foreign minister, Henrik Lauritsen, said talks would go on. “We compete on price,” he said.';
    expect(creditOf(text)).toBe('Henrik Lauritsen for denmark');
  });
});

describe('a name set off after the subject’s head, with its article, is the subject', () => {
  test('must not fire: a name set off after an object is named in passing', () => {
    const text =
      'Commissioner Jonas Berzins spoke first. He thanked the firm’s lawyer, the Danish-born Henrik Lauritsen, for coming. “We will study the appeal,” he said.';
    expect(speakerOf(text)).toBe('Jonas Berzins via pronoun');
  });
});

describe('a command or a mission is found by the word its name ends in', () => {
  test.each([
    [
      'a military command',
      'U.S. Africa Command said the strike hit a training camp. “No civilians were harmed,” the command said.',
      'Africa Command via nominal',
    ],
    [
      'a UN mission',
      'The U.N. Assistance Mission in Somalia said aid convoys had resumed. “Access remains fragile,” the mission said.',
      'U.N. Assistance Mission via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  test('must not fire: a mission no name holds stays as written', () => {
    const text = 'A trade delegation from Ghana toured the port on Monday. “We see great potential,” the mission said.';
    expect(speakerOf(text)).toBe('the mission via nominal');
  });
});

describe('a body’s name setting the scene is where the titled person after it serves', () => {
  test('`At the White House, press secretary X said`', () => {
    const text =
      'At the White House, press secretary Dana Whitfield said the president had been briefed. “He is following it closely,” Whitfield said.';
    expect(creditOf(text)).toBe('Dana Whitfield for united-states');
  });

  test.each([
    [
      'a place described is no body',
      'At a Kremlin-funded school in Donetsk, teacher Olga Ivanova said classes had resumed. “The children are back,” Ivanova said.',
      'Olga Ivanova for null',
    ],
    [
      'a person with no title there is no one’s staff',
      'At the White House, Dana Whitfield, a tourist from Ohio, said the fence was new. “It is taller now,” Whitfield said.',
      'Dana Whitfield for null',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });
});

describe('a scare quote in the sentence before is one of its words', () => {
  test('a person who dismissed a term in marks, then a quote with no cue', () => {
    const text =
      'Finance Minister Karl Brenner dismissed the “emergency” as invented. “There is no crisis, only an election.”';
    expect(speakerOf(text)).toBe('Karl Brenner via previous-sentence');
  });

  test('must not fire: speech in the sentence before is the running statement the quote goes on with', () => {
    const text =
      'Anna Weiss spoke first. Karl Brenner told reporters “nothing was agreed today, nothing at all” before he left. “Not one line.”';
    expect(speakerOf(text)).toBe('Karl Brenner via continuation');
  });
});

describe('a central bank written by what it is speaks for the home state', () => {
  test('`the central bank said` in a story about its state', () => {
    const text =
      'SANTIAGO — Chile cut interest rates on Tuesday. Chile’s peso fell.\n\n“Inflation is converging to target,” the central bank said in a statement.';
    expect(creditOf(text)).toBe('the central bank for chile');
  });

  test('its governor, named, serves the state', () => {
    const text =
      'SANTIAGO — Chile cut interest rates on Tuesday. Chile’s peso fell. Rosa Vidal, the central bank governor, said more cuts could follow. “We are not done,” she said.';
    expect(creditOf(text)).toBe('Rosa Vidal for chile');
  });

  test('must not fire: a state’s governor of a province is no central bank’s', () => {
    const text =
      'SANTIAGO — Chile cut interest rates on Tuesday. Chile’s peso fell. Rosa Vidal, the governor of Valparaíso, said the port was calm. “We are not worried,” she said.';
    expect(creditOf(text)).toBe('Rosa Vidal for null');
  });

  test('must not fire: a commercial bank written by what it is', () => {
    const text =
      'SANTIAGO — Chile cut interest rates on Tuesday. Chile’s peso fell.\n\n“Our margins will shrink,” the largest private bank said in a statement.';
    expect(creditOf(text)).toBe('the largest private bank for null');
  });
});

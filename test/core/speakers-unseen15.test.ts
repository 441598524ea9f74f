/**
 * Speaker attribution on the error classes batch 15 of our own sentences
 * (`test/gold/speakers/own-sentences-15.json`) showed at first look, each on
 * new sentences written in the same shape, with sentences where the rule must
 * not fire.
 */
import { describe, expect, test } from 'vitest';
import { lastCreditOf as creditOf, lastSpeakerOf as speakerOf } from '../helpers/speakers.ts';

describe('a pronoun agrees with the gender the text and the name give', () => {
  test.each([
    [
      '`said he` after a name a list holds as a man’s makes him a man the text says, whom `she` passes over',
      'Nino Beridze, a pharmacist, closed her shop early. Next to her, Giorgi Tsereteli, a baker, said he had stayed open. “We are tired of the fines,” she said.',
      'Nino Beridze via pronoun',
    ],
    [
      'a surname in -ova is a woman’s when no list holds her given name',
      'Gulnara Saparova, an analyst at a bank in Almaty, expected the cut. Yerbol Tursynov, who trades bonds for a pension fund, bought notes on Friday. “The market had priced it in,” she said.',
      'Gulnara Saparova via pronoun',
    ],
    [
      'an Icelandic -dóttir is a woman’s',
      'Sigrún Magnúsdóttir, a scientist at the university, measured the lava field. Her colleague, Bjarki Thorsteinsson, a researcher, watched from a helicopter. “The crust is still thin,” she said.',
      'Sigrún Magnúsdóttir via pronoun',
    ],
    [
      'a relative clause of `who` after the appositive’s noun makes a person',
      'Almaz Bekele, an Ethiopian who runs the Red Crescent office in Gondar, said food had run out. “The trucks have not come for a week,” she said.',
      'Almaz Bekele via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  test.each([
    [
      'a pronoun after a listed name that disagrees with the list says nothing of that person',
      'Tamar Gelashvili, a nurse, said the ward was full. Her brother, Peter Gelashvili, said she had worked two shifts. “Nobody has slept,” he said.',
      'Peter Gelashvili via pronoun',
    ],
    [
      'a surname ending gives way when the one it rules out is the only one there',
      'Nurlan Sadykov, an analyst in Almaty, sold his bonds on Friday. “I expect no cut this year,” she said.',
      'Nurlan Sadykov via pronoun',
    ],
    [
      'a short surname says no gender by its ending (`Lev`)',
      'Aigul Lev, a teacher, spoke first. Dana Orlova, a nurse, spoke after her. “We are not paid on time,” she said.',
      'Dana Orlova via pronoun',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a court’s ruling speaks for the court', () => {
  test.each([
    [
      '`the ruling` with no author of its own is the court named before',
      'The Tbilisi City Court on Monday jailed two activists for six months. “The defendants blocked a public road,” the ruling said.',
      'Tbilisi City Court via document',
    ],
    [
      '`the verdict` after a judge named since the court is the judge’s',
      'The Supreme Court heard the appeal in March. On Friday, Judge Amara Osei dismissed it. “The evidence falls short of the standard,” the verdict said.',
      'Amara Osei via document',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  test.each([
    [
      'a report is no court’s document',
      'The Tbilisi City Court on Monday jailed two activists. “Protest is being criminalised,” the report said.',
      'the report via nominal',
    ],
    [
      'a ruling a body was said to issue stays that body’s',
      'The Tbilisi City Court jailed two activists. The electoral commission issued a ruling on the recount. “The count stands,” the ruling said.',
      'the electoral commission via document',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a role with a named complement beside a name', () => {
  test('`chairman of the Cabinet of Ministers` after a name makes a man `he` finds', () => {
    const text =
      'Almazbek Toktorov, chairman of the Cabinet of Ministers, toured the plant on Monday. He told the workers there:\n\n“Every som will be counted.”';
    expect(speakerOf(text)).toBe('Almazbek Toktorov via pronoun');
  });

  test('must not fire: the holder of a role is not the body named in its complement', () => {
    const text =
      'Almazbek Toktorov, chairman of the State Committee for Industry, toured the plant on Monday. “Output will double,” the committee said.';
    expect(speakerOf(text)).toBe('the committee via nominal');
  });
});

describe('courts and bodies’ presidents speak for no state', () => {
  test.each([
    ['the court', 'Georgia’s Supreme Court for null'],
    ['the ruling', 'Georgia’s Supreme Court for null'],
  ])('a court with a state in its name speaks for no one, as %s', (cue, expected) => {
    const text = `TBILISI — Georgia’s Supreme Court on Monday upheld the sentences. “The appeal is without merit,” ${cue} said.`;
    expect(creditOf(text)).toBe(expected);
  });

  test('must not fire: a ministry with a state in its name speaks for the state', () => {
    const text =
      'TBILISI — Georgia’s Ministry of Justice on Monday defended the sentences. “The courts are independent,” the ministry said.';
    expect(creditOf(text)).toBe('Georgia’s Ministry of Justice for georgia');
  });

  test('the president of a body named after the title is no president of the home state', () => {
    const text =
      'OTTAWA — Canada will raise health transfers, Canada’s finance minister said. Canada and the provinces meet in Ottawa next week.\n\nPaul Girard, president of the Quebec Teachers’ Federation, said the plan fell short. “The schools need more,” he said.';
    expect(creditOf(text)).toBe('Paul Girard for null');
  });

  test('must not fire: a president with no body after the title holds the home state’s office', () => {
    const text =
      'KYIV — Ukraine will hold talks on Friday, Ukraine’s foreign ministry said. Ukraine and its allies meet in Kyiv.\n\nPresident Andriy Melnyk said the talks were urgent. “We cannot wait,” he said.';
    expect(creditOf(text)).toBe('Andriy Melnyk for ukraine');
  });
});

describe('`its` and a body’s word own a role for the body `it` means', () => {
  test.each([
    [
      'a state named since in passing owns no one’s role',
      'Nordvik Air will ground six jets this summer, cutting seats on routes to Turkey. Its chief executive, Ingrid Lund, said the engines were at fault. “Safety comes first,” she said.',
      'Ingrid Lund for null',
    ],
    [
      'the body that was the subject, over a state in passing',
      'The African Union’s mission said its troops stayed out of the fighting in Somalia. Its spokeswoman, Amina Yusuf, said helicopters had flown the wounded out. “We only evacuated,” the spokeswoman said.',
      'Amina Yusuf for african-union',
    ],
    [
      'the body’s, over the place the role is held in',
      'The World Food Programme will cut rations from June. The agency’s Sudan director, Karin Olsen, said donors had been warned. “We cannot feed everyone,” she said.',
      'Karin Olsen for world-food-programme',
    ],
    [
      '`it` is a name of no known kind that was the subject, not a state named after it in passing',
      'Nordvik Air will ground six jets this summer, cutting seats on routes to Turkey. “Safety comes first,” it said.',
      'Nordvik Air for null',
    ],
  ])('%s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });

  test.each([
    [
      'a state that is the subject owns `its` minister',
      'Turkey said on Monday it would close the border. Its interior minister, Kemal Aydin, said the decision was final. “The gates are shut,” the minister said.',
      'Kemal Aydin for turkey',
    ],
    [
      'a state that is the subject since is what `it` means',
      'Nordvik Air will ground six jets this summer. Turkey said on Monday it would ask for compensation. “Our passengers are stranded,” it said.',
      'Turkey for turkey',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });
});

describe('a body by the word its name ends in, or by its kind of company', () => {
  test.each([
    [
      '`the bank` is the body whose name ends in Bank',
      'The Central Bank of Nigeria raised its policy rate on Tuesday. “Inflation remains too high,” the bank said.',
      'Central Bank of Nigeria via nominal',
    ],
    [
      '`the bank’s statement` is that bank’s',
      'The Central Bank of Nigeria raised its rate on Tuesday. “Inflation remains too high,” the bank’s statement said.',
      'Central Bank of Nigeria via document',
    ],
    [
      '`the airline` is the company named before, as `the company` is',
      'Nordvik Airways cancelled 40 flights on Monday. “We apologise to our passengers,” the airline said.',
      'Nordvik Airways via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  test('must not fire: a kind of company is never a state or a person', () => {
    const text =
      'Nigeria raised fuel prices on Tuesday. Ngozi Okafor, an economist, was unsurprised. “Inflation remains too high,” the bank said.';
    expect(speakerOf(text)).toBe('the bank via nominal');
  });
});

describe('a role beside a name before a relative clause, with a participle as its modifier', () => {
  test('`a retired army general who has promised …` introduces the general `the retired general` finds', () => {
    const text =
      'Rosalía Quispe, a former mayor, edged ahead of Wilfredo Salazar, a retired army general who has promised to send troops into Lima. Salazar did not concede. “We will defend every vote,” the retired general said.';
    expect(speakerOf(text)).toBe('Wilfredo Salazar via nominal');
  });

  test('must not fire: a relative clause alone gives no role', () => {
    const text =
      'Ana Ruiz, a lawyer, spoke first. Wilfredo Salazar, who was elected in 2021, spoke after her. “We will defend every vote,” the general said.';
    expect(speakerOf(text)).toBe('the general via nominal');
  });

  test('a former minister speaks for no home state', () => {
    const text =
      'NAIROBI — Kenya will hold talks, Kenya’s government said. Kenya and Uganda meet in Nairobi.\n\nMartha Wanjiku, a former justice minister who served under Kibaki, rejected the plan. “This is a mistake,” she said.';
    expect(creditOf(text)).toBe('Martha Wanjiku for null');
  });

  test('must not fire: a minister in office speaks for the home state', () => {
    const text =
      'NAIROBI — Kenya will hold talks, Kenya’s government said. Kenya and Uganda meet in Nairobi.\n\nMartha Wanjiku, the justice minister, defended the plan. “This is the right step,” she said.';
    expect(creditOf(text)).toBe('Martha Wanjiku for kenya');
  });
});

describe('an account and a letter speak for their owner', () => {
  test.each([
    [
      '`a post on her X account` is whom `her` means',
      'Defence Minister Anders Vinding spoke first. Foreign Minister Sara Vestergaard sat beside him.\n\nVestergaard was sharper online. A post on her X account said: “Allies do not shop for land.”',
      'Sara Vestergaard via document',
    ],
    [
      'a state’s office opening a sentence with no name after it is someone `he` means',
      'NAIROBI — Kenya’s president on Monday signed the finance bill into law. “The country needs the revenue,” he said.',
      'Kenya’s president via pronoun',
    ],
    [
      '`the president’s statement` is the office introduced so',
      'Kenya’s president on Monday signed the bill. The president’s statement said: “The country needs the revenue.”',
      'Kenya’s president via document',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  test.each([
    [
      'an account a body’s possessive owns stays the body’s',
      'Foreign Minister Sara Vestergaard spoke in Copenhagen. The Danish foreign ministry later weighed in. A post on the ministry’s X account said: “Allies do not shop for land.”',
      'the Danish foreign ministry via document',
    ],
    [
      'an office with its holder named beside it is the holder',
      'Kenya’s president, William Ruto, on Monday signed the finance bill into law. “The country needs the revenue,” he said.',
      'William Ruto via pronoun',
    ],
    [
      'a state’s body opening a sentence is no person',
      'Kenya’s finance ministry on Monday published the bill. “The country needs the revenue,” it said.',
      'Kenya’s finance ministry via pronoun',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a dateline’s capital makes its state the home state, unless another is named as often', () => {
  test.each([
    [
      'an office with no country under a dateline with no state named in the text',
      'OSLO — The wind farm must be taken down, a court ruled on Thursday.\n\nEnergy Minister Tore Berg said the government would study the ruling. “We respect the court,” the minister said.',
      'Tore Berg for norway',
    ],
    [
      'the dateline’s state named more often than any other, though not twice as often',
      'TALLINN — Estonia asked for consultations after Russian jets entered its airspace. Lithuania and Latvia offered help, Lithuania said.\n\nForeign Minister Kadri Tamm said the jets stayed for 12 minutes. “This was no error,” she said.',
      'Kadri Tamm for estonia',
    ],
  ])('%s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });

  test.each([
    [
      'a town and its state in the dateline',
      'IJEVAN, Armenia — Armenia and Azerbaijan marked 12 km of border on Tuesday, officials in Washington said.\n\nDeputy Prime Minister Tigran Avetyan said the work would go on. “Not a village will be cut off,” he said.',
      'Tigran Avetyan for armenia',
    ],
    [
      'a named government spokeswoman serves the home state',
      'TBILISI — Thousands marched again on Sunday.\n\nGovernment spokeswoman Tamar Lortkipa said the law was modelled on American rules. “We translated it,” she said.',
      'Tamar Lortkipa for georgia',
    ],
  ])('%s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });

  test.each([
    [
      'a town and a state of a federation in the dateline name no state',
      'SPRINGFIELD, Illinois — The state budget passed on Tuesday.\n\nFinance Minister Tigran Avetyan said the work would go on. “Not a village will be cut off,” he said.',
      'Tigran Avetyan for null',
    ],
    [
      'an unnamed government spokeswoman may speak for any government',
      'TBILISI — Thousands marched again on Sunday.\n\nA government spokeswoman said the law was modelled on American rules. “We translated it,” she said.',
      'a government spokeswoman for null',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });

  test('must not fire: another state named more often than the dateline’s', () => {
    const text =
      'OSLO — Sweden and Finland will share radar data, Sweden said on Tuesday, and Finland agreed.\n\nForeign Minister Kari Nyström said the deal was signed. “It starts in May,” she said.';
    expect(creditOf(text)).toBe('Kari Nyström for null');
  });
});

describe('a surgeon and a scientist named by the field are roles', () => {
  test.each([
    [
      '`the surgeon` is the one introduced as a surgeon',
      'Nafisa Omer, a doctor, said 60 wounded arrived. Her colleague Tom Hale, a British surgeon, had operated through the night.\n\nHale said the blood bags ran out. “We are operating by torchlight,” the surgeon said.',
      'Tom Hale via nominal',
    ],
    [
      '`the volcanologist` is the one introduced as one',
      'Police chief Gunnar Berg said the town was empty. Sólrún Jónsdóttir, a volcanologist at the University of Iceland, flew over the fissure at dawn. “The magma is refilling,” the volcanologist said.',
      'Sólrún Jónsdóttir via nominal',
    ],
    [
      '`the scientist` finds one named by the field',
      'Police chief Gunnar Berg said the town was empty. Sólrún Jónsdóttir, a volcanologist at the University of Iceland, flew over the fissure at dawn. “The magma is refilling,” the scientist said.',
      'Sólrún Jónsdóttir via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  test('must not fire: a field’s name is no one’s role', () => {
    const text =
      'Ana Ruiz, a nurse, and the hospital’s biology laboratory reported the samples lost. “We will test again,” the laboratory said.';
    expect(speakerOf(text)).toBe('the laboratory via nominal');
  });
});

describe('a speaker keeps the affiliation the text gave them', () => {
  test.each([
    [
      'a registered person with no body of their own speaks for the one the text introduced them with',
      'UNHCR said on Monday it would expand the camps. Its senior coordinator, Evgenia Chirikova, visited the site. “The camps are full,” Chirikova said.',
      'Evgenia Chirikova for unhcr',
    ],
    [
      '`its` at the cue is the body that was the subject, not a state after a preposition and a modifier',
      'The UN mission in northern Mali said one of its bases had come under fire. “We urge all parties to respect peacekeepers,” said its spokeswoman, Anna Berg.',
      'Anna Berg for united-nations',
    ],
    [
      'a role a body’s word owns after the name at the cue is the body’s',
      'Human Rights Watch called the sentences harsh. “Baku fills its prisons with reporters,” said Sofia Demir, the group’s South Caucasus researcher.',
      'Sofia Demir for human-rights-watch',
    ],
  ])('%s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });

  test.each([
    [
      'a registered person introduced with a role of their own speaks for no one',
      'UNHCR said on Monday it would expand the camps. Evgenia Chirikova, an activist, visited the site. “The camps are full,” Chirikova said.',
      'Evgenia Chirikova for null',
    ],
    [
      '`its` at the cue is a state that is the subject',
      'Officials in northern Mali said one of the bases had come under fire. Mali said it would investigate. “We urge all parties to respect peacekeepers,” said its spokeswoman, Anna Berg.',
      'Anna Berg for mali',
    ],
    [
      'a state named in passing owns no one’s role at the cue',
      'The talks stalled in Baku on Monday. “Baku fills its prisons with reporters,” said Sofia Demir, the group’s researcher in Azerbaijan.',
      'Sofia Demir for null',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });
});

describe('a state’s services and names given by the unnamed', () => {
  test.each([
    [
      'a police chief with no country written serves the home state',
      'REYKJAVIK — A volcanic eruption began near Grindavík on Wednesday.\n\nPolice chief Gunnar Berg said the town had been evacuated. “Everyone was out in time,” he said.',
      'Gunnar Berg for iceland',
    ],
    [
      'a name someone unnamed gave is the role’s name',
      'A Fano commander who gave his name only as Asres was reached by telephone. “We left the towns ourselves,” the commander said.',
      'Asres for null',
    ],
  ])('%s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });

  test.each([
    [
      'a retired general no longer serves the home state',
      'LIMA — Peru will hold a runoff in June.\n\nWilfredo Salas, a retired army general, did not concede. “We will defend every vote,” he said.',
      'Wilfredo Salas for null',
    ],
    [
      'a name after `known as` that is no person’s is not the role’s',
      'A villager spoke first. The well, known as Karim, was dry. “We drink from the river now,” he said.',
      'he for null',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(creditOf(text)).toBe(expected);
  });
});

describe('a person’s role with a complement of `from` or `with`', () => {
  test('`a lawmaker from the Union of …` is a person, whatever body the complement names', () => {
    const text =
      'Raimonds Ozols, a lawmaker from the Union of Greens and Farmers, pushed for the vote. “We will win again,” he said.';
    expect(speakerOf(text)).toBe('Raimonds Ozols via pronoun');
  });

  test('must not fire: a document from a body stays the body’s', () => {
    const text =
      'Raimonds Ozols, a lawmaker, read a statement from the Union of Greens and Farmers. “We will win again,” the union said.';
    expect(speakerOf(text)).toBe('Union of Greens and Farmers via nominal');
  });
});

describe('what the text gives and what discovery reads agree', () => {
  test('must not fire: an unnamed officer of an army is no state’s without a name', () => {
    const text =
      'Iran’s foreign ministry said talks would resume. Iran and its allies met in Tehran.\n\n“These are fresh reinforcements,” a senior army officer told Reuters.';
    expect(creditOf(text)).toBe('a senior army officer for null');
  });
});

describe('a company’s legal form ends a body’s name', () => {
  test('`Kessler Automobil AG` is the body `the company` finds, though `Kessler` is a given name', () => {
    const text = 'Kessler Automobil AG will cut 4,800 jobs in Germany. “Our costs are too high,” the company said.';
    expect(speakerOf(text)).toBe('Kessler Automobil AG via nominal');
  });

  test('must not fire: a person whose given name is a company’s first word is a person', () => {
    const text = 'Kessler Hartmann, a welder, said the plant would close. “Our costs are too high,” he said.';
    expect(speakerOf(text)).toBe('Kessler Hartmann via pronoun');
  });
});

describe('a body’s word written as a name is the body named with it', () => {
  test('`the Commission’s X account` after `the European Commission`', () => {
    const text =
      'In Brussels, the European Commission said the law ran against the values of the bloc. A post on the Commission’s X account said: “Georgia’s path to the EU runs through free media.”';
    expect(creditOf(text)).toBe('European Commission for european-commission');
  });

  test('must not fire: a body’s word no body named before holds stays as written', () => {
    const text =
      'The Electoral Commission said the count was over. A post on the Ministry’s X account said: “The count stands.”';
    expect(creditOf(text)).toBe('Ministry for null');
  });
});

describe('a state’s name that is someone’s surname is no state the briefing names', () => {
  test('`Ireland, who arrived in March,` after `Tom Ireland` leaves Sudan the home state', () => {
    const text =
      'PORT SUDAN — Sudan’s army said it shot down drones over the port.\n\nNafisa Idris, a doctor, said 60 wounded arrived. Her colleague Tom Ireland, a British surgeon, operated all night. Ireland, who arrived in March, said the blood ran out.\n\n“Air defences intercepted eleven drones,” army spokesman Khalid Osman said.';
    expect(creditOf(text)).toBe('Khalid Osman for sudan');
  });

  test('must not fire: a state named with no one of that surname is a state', () => {
    const text =
      'PORT SUDAN — Sudan’s army said it shot down drones over the port. Ireland said it would send aid.\n\n“Air defences intercepted eleven drones,” army spokesman Khalid Osman said.';
    expect(creditOf(text)).toBe('Khalid Osman for null');
  });
});

describe('a dateline’s dash opens the story’s first sentence', () => {
  test('a name of no known kind after the dash is its subject, whom `the airline` finds', () => {
    const text =
      'ALMATY — Nordvik Air will ground four jets this summer, the airline said. “Safety is not negotiable,” the airline said.';
    expect(speakerOf(text)).toBe('Nordvik Air via nominal');
  });

  test.each([
    [
      'a name of no known kind in passing after the dash is no subject',
      'ALMATY — Flights were cancelled on Monday, stranding passengers of Nordvik Air and others. “Safety is not negotiable,” the airline said.',
      'the airline via nominal',
    ],
    [
      'an owner and what it owns after the dash is no name of its own',
      'BISHKEK — Kyrgyzstan’s Kumtor gold mine produced 17 tonnes last year. “Output will rise,” the company said.',
      'the company via nominal',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

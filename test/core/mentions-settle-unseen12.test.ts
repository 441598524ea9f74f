/**
 * Rules written for the failure classes of the twelfth unseen batch
 * (test/gold/mentions/unseen-batch-12.md), each on new sentences where it
 * must fire and where it must not.
 */
import { describe, expect, test } from 'vitest';
import { linkedMentions as linked } from '../helpers/registry.ts';

describe('a state’s word joined by a hyphen to a manner names the manner', () => {
  test.each([
    ['The pub served a Belgian-style wheat beer to Belgian tourists.', ['Belgian → belgium']],
    ["A Moroccan-themed wedding was held the day Morocco's king visited.", ['Morocco → morocco']],
    ['The chef made Thai-inspired noodles for the Thai ambassador.', ['Thai → thailand']],
    ['A Spanish-speaking nurse and a Portuguese-language paper helped the Spanish consul.', ['Spanish → spain']],
    ['The Georgian-era terraces of Bath drew Georgian officials.', ['Georgian → georgia']],
    // The state as maker, backer or owner.
    ['Iranian-made drones hit the depot, and a Chinese-owned port was sold.', ['Iranian → iran', 'Chinese → china']],
    ['Russian-backed separatists seized the town.', ['Russian → russia']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a lower-case demonym before a noun that names a kind of thing', () => {
  test.each([
    ['The Italian villa and its Japanese garden were sold to a Dutch buyer.', ['Dutch → netherlands']],
    ['She booked a Thai massage after the Thai minister left.', ['Thai → thailand']],
    ['An Irish setter and a Japanese spitz won prizes at the show.', []],
    ['Hungarian sausages and Polish dumplings sold out at the fair.', []],
    ['The stall sells Jamaican patties, Turkish baklava and Lebanese hummus.', []],
    ['Mexican tequila exports and Peruvian pisco producers gained.', ['Mexican → mexico', 'Peruvian → peru']],
    ['Georgian troops crossed the border, and a Georgian terrace in Bristol sold.', ['Georgian → georgia']],
    ['The hotel has Moroccan lamps, Polish pottery and Norwegian sweaters.', []],
    // How a dish is cooked, between the demonym and the dish.
    ['The menu lists Thai green curry and Korean fried chicken.', []],
    ['Thai red shirts rallied in Bangkok.', ['Thai → thailand']],
    // The state's business: its officials, its trade, its cabinet.
    ['Chinese officials and Russian oil companies signed the deal.', ['Chinese → china', 'Russian → russia']],
    ['The Israeli cabinet approved the plan.', ['Israeli → israel']],
    ['Ukrainian egg exports to Poland rose by a third.', ['Ukrainian → ukraine', 'Poland → poland']],
    ['Georgian wine exports doubled, and Belgian beer makers complained.', ['Georgian → georgia', 'Belgian → belgium']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('everyday compounds of several words, or with the name second', () => {
  test.each([
    ['The bar poured India pale ales as India played Pakistan.', ['India → india', 'Pakistan → pakistan']],
    ['An Irish wolfhound slept while Irish ministers met.', ['Irish → ireland']],
    ['She quit smoking cold turkey before flying to Turkey.', ['Turkey → turkey']],
    ['They bought bone china and a Maltese cross at the market.', []],
    ['Lima beans and Manila envelopes were on the list.', []],
    ['The bank keeps a Chinese wall between its traders and its advisers.', []],
    ['The Chinese New Year parade passed the Chinese embassy.', ['Chinese → china']],
    // The first words of a longer compound alone are no compound.
    ['Officials in India pale at the cost.', ['India → india']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a club’s name that opens with a state’s name, in a sentence about a game', () => {
  test.each([
    // Discovery makes the club an actor of its own.
    [
      'The Jamaica Tallawahs won the final, and Jamaica sent a minister.',
      ['Jamaica Tallawahs → jamaica-tallawahs', 'Jamaica → jamaica'],
    ],
    ['The Kenya Rhinos beat the visitors 21-14 at home.', ['Kenya Rhinos → kenya-rhinos']],
    // A national side, a body's or place's head, a name that runs on, or no game: the state.
    ['Brazil beat Argentina 2-1 in the final.', ['Brazil → brazil', 'Argentina → argentina']],
    [
      'Kenya Airways won a safety award, and the Kenya Defence Forces beat back an attack.',
      ['Kenya Airways → kenya-airways', 'Kenya Defence Forces → kenya-defence-forces'],
    ],
    ['Protesters in New Zealand beat drums outside the embassy.', ['New Zealand → new-zealand']],
    ['The Jamaica Tallawahs Foundation won a grant.', ['Jamaica Tallawahs Foundation → jamaica-tallawahs-foundation']],
    ['The Jamaica Tallawahs opened a shop in Kingston.', ['Jamaica → jamaica']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a name before a division’s noun in lower case is a place', () => {
  test.each([
    ["Fighting in Sudan's Blue Nile state had displaced 3,000 people.", ['Sudan → sudan']],
    ["Floods in Nigeria's Akwa Ibom state had killed 30 people by Sunday.", ['Nigeria → nigeria']],
    // The division's noun capitalised as part of a body's name, or a noun running on from it: not this rule.
    ['The Kogi State Government said schools would close.', ['Kogi State Government → kogi-state-government']],
    ['Akwa Ibom state governor Umo Eno said roads were shut.', ['Akwa Ibom → akwa-ibom', 'Umo Eno → umo-eno']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a part a person plays in a scene, or a player’s position, before a name', () => {
  test.each([
    ['One buyer, Paris Okafor, resold his pair online within the hour.', ['Paris Okafor → paris-okafor']],
    ['A passenger, Chad Mills, filmed the landing.', ['Chad Mills → chad-mills']],
    ['The shopper Georgia Lane paid in cash.', ['Georgia Lane → georgia-lane']],
    ['Defender China Moyo was sent off.', ['China Moyo → china-moyo']],
    // Nouns that are verbs too are left out; a noun before no name says nothing.
    ["Troops were sent to guard South Sudan's oil fields.", ['South Sudan → south-sudan']],
    ['Crowds came to witness South Africa win the final.', ['South Africa → south-africa']],
    ['A voter in Chad said the poll was fair.', ['Chad → chad']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a people’s adjective before a plural noun for its members is the people', () => {
  test.each([
    ['An Alawite village was shelled, and Alawite fighters fled.', ['Alawite → alawites']],
    ['Eleven Tamil fishermen were freed by India.', ['Tamil → tamils', 'India → india']],
    // The adjective before anything else describes, and a state's demonym is the state's as before.
    ['Uyghurs protested, and Tamil cinema thrived.', ['Uyghurs → uyghurs']],
    ['Syrian refugees and Kenyan farmers met.', ['Syrian → syria', 'Kenyan → kenya']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a capital as its government: speaking after an address’s comma, or after its officials and `in`', () => {
  test.each([
    ['Troops killed 12 fighters near Kismayo, Nairobi said.', ['Nairobi → kenya']],
    ['Officials in Beijing said the two plans need not compete.', ['Beijing → china']],
    ['The officials in Beijing said the deal was fair.', ['Beijing → china']],
    // An address, officials with an owner, or other people in the city: the place.
    ['Firefighters in Seattle, Washington, said the blaze was out.', []],
    ['Kenyan officials in Nairobi said the envoy was late.', ['Kenyan → kenya']],
    ['The envoy met officials in Nairobi on Sunday.', []],
    ['Protesters in Moscow said the vote was rigged.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a player’s position that is an everyday word too, capitalised opening a sentence', () => {
  test.each([
    ['Forward Chad Kemp scored twice on Saturday.', ['Chad Kemp → chad-kemp']],
    [
      'Guard Kenya Ochola scored 31 points. Ochola was named player of the game.',
      ['Kenya Ochola → kenya-ochola', 'Ochola → kenya-ochola'],
    ],
    // Lower case, or a verb opening an order: the state.
    ['Troops were sent to guard Chad’s border.', ['Chad → chad']],
    ["Guard Chad's border posts, the general told his troops.", ['Chad → chad']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

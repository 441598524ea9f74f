/**
 * A kind of thing that English names after a state's name or demonym, as
 * WordNet's compounds attest its head noun (`src/core/discovery/wordnet-kinds.ts`):
 * the state's word is no mention there, unless its people, bodies or trade
 * are what the words after it name.
 */
import { describe, expect, test } from 'vitest';
import { buildNotes as notes, linkedMentions as linked } from '../helpers/registry.ts';

describe('kinds of thing WordNet names after a state', () => {
  test.each([
    // A demonym before a plant's, an animal's or an illness's name that no hand list holds.
    ['A florist in Cork sold Moroccan violets, days after Morocco cut its tariffs.', ['Morocco → morocco']],
    ['Keepers in Lyon welcomed a Malaysian tapir calf, and Malaysia sent a vet.', ['Malaysia → malaysia']],
    // A state's name before one, and nouns between the word and the head.
    ['Gardeners near Otago planted Peru lilies while Peru’s president toured the coast.', ['Peru → peru']],
    ['Cooks added Chinese water chestnuts to the stir-fry as China lowered duties.', ['China → china']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test.each([
    // The state's people, trade or acts after its word: the state.
    ['Kenyan farmers planted violets on the terraces.', ['Kenyan → kenya']],
    ['Chinese garlic exports fell sharply in May.', ['Chinese → china']],
    ['Brazilian cherry growers asked for help.', ['Brazilian → brazil']],
    ['Russia rose to third in the medal table.', ['Russia → russia']],
  ])('the state still: %s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the note names the kind', async () => {
    expect(await notes('A florist in Cork sold Moroccan violets.')).toContain(
      'everyday-compound: "Moroccan" names a kind of thing, "Moroccan violets", as WordNet\'s compounds after a state\'s word do; not linked to morocco',
    );
  });
});

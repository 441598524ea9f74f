/**
 * Ways real news introduces and refers to people and organisations, one rule
 * at a time, on sentences written for these tests (never taken from a
 * labelled briefing): each rule's must-fire sentences and the look-alikes it
 * must leave alone.
 */
import { describe, expect, test } from 'vitest';
import { linkedMentions } from '../helpers/registry.ts';

describe('a surname two people share', () => {
  test('stays with the person the story is about, not a relative introduced by a kin noun', async () => {
    const found = await linkedMentions(
      'The chess prodigy Tomasz Wilk won the junior title in Gdansk. ' +
        'His mother Ewa Wilk said the family had driven all night. ' +
        'Wilk will play in the senior event next spring.',
    );
    expect(found).toContain('Wilk → tomasz-wilk');
    expect(found).not.toContain('Wilk → ewa-wilk');
  });

  test('goes to the person named last when neither is a relative', async () => {
    const found = await linkedMentions(
      'Judge Harriet Vance opened the hearing. ' +
        'Defence lawyer Owen Vance, no relation, asked for more time. ' +
        'Vance said the papers were late.',
    );
    expect(found).toContain('Vance → owen-vance');
  });
});

describe('a body whose name opens with its state’s', () => {
  test('is keyed by the state, however the state is written', async () => {
    const found = await linkedMentions(
      'The US Forest Service said the wolves had returned. ' +
        'A letter from the United States Postal Service reached the rangers on Friday.',
    );
    expect(found).toContain('US Forest Service → united-states-forest-service');
    expect(found).toContain('United States Postal Service → united-states-postal-service');
  });

  test('not a body whose name opens with a demonym, which is a word of its own name', async () => {
    const found = await linkedMentions('The Canadian Wildlife Federation said the count was too low.');
    expect(found).toContain('Canadian Wildlife Federation → canadian-wildlife-federation');
  });
});

describe('a paper’s name with its article', () => {
  test('a capitalised `The` before a paper’s name is a word of the name', async () => {
    const found = await linkedMentions(
      'The mayor told The Otago Gazette that the bridge would reopen, as The Wairarapa Times reported.',
    );
    expect(found).toContain('The Otago Gazette → the-otago-gazette');
    expect(found).toContain('The Wairarapa Times → the-wairarapa-times');
  });

  test('not a lower-case `the`, a `The` opening the sentence, nor a body that is no paper', async () => {
    const found = await linkedMentions(
      'The mayor told the Otago Gazette that the bridge would reopen. The Wairarapa Rowing Club said it was glad. ' +
        'The Taranaki Herald said so too.',
    );
    expect(found).toContain('Otago Gazette → otago-gazette');
    expect(found).toContain('Wairarapa Rowing Club → wairarapa-rowing-club');
    expect(found).toContain('Taranaki Herald → taranaki-herald');
  });
});

describe('a body named for the people it serves', () => {
  test('`People’s` inside a body’s name, written with a capital', async () => {
    const found = await linkedMentions(
      "The Ruvuma People's Party said it would contest every seat. The Sindhi Children's Fund said so too.",
    );
    expect(found).toContain("Ruvuma People's Party → ruvuma-peoples-party");
    expect(found).toContain("Sindhi Children's Fund → sindhi-childrens-fund");
  });

  test('not a possessive of a body before what it owns', async () => {
    const found = await linkedMentions(
      "The Ruvuma People's Party said it would contest every seat. People's homes flooded.",
    );
    expect(found.filter((link) => link.startsWith("People's"))).toEqual([]);
  });
});

describe('a body whose name opens with a demonym two states share', () => {
  test('is keyed by its own name, since the demonym cannot say whose it is', async () => {
    const found = await linkedMentions('The Congolese Army said the road to the mine was open again.');
    expect(found).toContain('Congolese Army → congolese-army');
  });
});

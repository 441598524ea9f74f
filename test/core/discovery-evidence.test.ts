/**
 * Discovery on more shapes of the descriptor and title classes: `think tank`
 * in two words, an appositive that says what a body is with its owner's
 * demonym in it, and `Major` spelled out as a rank. Each with sentences
 * where the rule must not fire.
 */
import { describe, expect, test } from 'vitest';
import { discoveredActor as discovered, renderWithContentRegistry as render } from '../helpers/registry.ts';

const discoveredIds = async (markdown: string) => (await render(markdown)).record.discovered.map(({ id }) => id);

describe('think tank in two words', () => {
  test('introduces the name after it, with the owner before it', async () => {
    expect(
      await discovered(
        'She worked at the think tank Carnegie Middle East Center before.',
        'carnegie-middle-east-center',
      ),
    ).toMatchObject({ kind: 'organisation', cue: 'descriptor' });
    expect(
      await discovered('The Israeli think tank Misgav Institute warned of war.', 'misgav-institute'),
    ).toMatchObject({
      memberOf: ['israel'],
    });
  });

  test('not a tank that is no think tank', async () => {
    expect(await discoveredIds('The tank Merkava Four rolled into the village.')).toEqual([]);
  });
});

describe('an appositive that says what a body is, with its owner', () => {
  test('a demonym before the noun phrase is the owner', async () => {
    expect(
      await discovered('The ship was hit, according to Ambrey, a British maritime security firm.', 'ambrey'),
    ).toMatchObject({ kind: 'organisation', memberOf: ['united-kingdom'] });
    expect(await discovered('Traffic fell, according to Kentrel, an Israeli data company.', 'kentrel')).toMatchObject({
      kind: 'organisation',
      memberOf: ['israel'],
    });
  });

  test('not a person the appositive describes', async () => {
    expect(await discoveredIds('According to Yasmin, a British nurse, the ward was full.')).toEqual([]);
    expect(await discovered('Dalia Haddad, a British lawyer, said the case was closed.', 'dalia-haddad')).toMatchObject(
      {
        kind: 'person',
      },
    );
  });
});

describe('Major spelled out as a rank', () => {
  test('before a given name it is the title, not part of the name', async () => {
    const text = 'Army spokesman Major Mike Jordan said the convoy had crossed into Iraq.';
    expect(await discovered(text, 'mike-jordan')).toMatchObject({ name: 'Mike Jordan', kind: 'person', role: 'Major' });
    expect(await discoveredIds(text)).not.toContain('major-mike-jordan');
  });

  test('elsewhere it is a word of the name', async () => {
    expect(await discoveredIds('Major League Baseball said the game was off.')).toEqual(['major-league-baseball']);
  });
});

describe('a demonym that is a word of a body’s own name', () => {
  test('a body that is not the state’s own, whose name runs on after its head, keeps its name as its id', async () => {
    const text = 'Forty detainees died, according to the Syrian Network for Human Rights.';
    expect(await discovered(text, 'syrian-network-for-human-rights')).toMatchObject({
      name: 'Syrian Network for Human Rights',
      memberOf: ['syria'],
    });
  });

  test('the state’s own bodies and names that end on their head are keyed by their owner', async () => {
    expect(await discoveredIds('The Turkish Ministry of Defence and the Iraqi Interior Ministry met.')).toEqual([
      'turkey-ministry-of-defence',
      'iraq-interior-ministry',
    ]);
    expect(await discoveredIds('The French Socialist Party said so.')).toEqual(['france-socialist-party']);
  });
});

/**
 * The base layer merged under the editors' layer (`content/actors/`). The
 * editors always win, and never silently:
 *
 * - An editor entry with a base entry's id replaces its name, kind,
 *   description, and its Wikidata id, surname and `memberOf` where it gives
 *   them; it keeps the base entry's other names (the base name becomes an
 *   alias, base aliases, demonyms and metonyms stay in their fields) unless
 *   the editor entry already has the text or another editor actor claims it.
 * - A name form that a base actor and a different editor actor both claim is
 *   taken from the base actor, with a notice. When the claimed form is the
 *   base actor's name, which is always matched, the base actor is left out
 *   and the editor actor takes its place in the base layer's `memberOf`.
 *
 * "Claim" means what the registry refuses (src/core/registry/registry.ts): two
 * forms of different actors that can match the same text, unless both are
 * aliases marked `shared: true`. Whatever the editors' layer holds, the
 * merged layers compile without a problem the base layer caused.
 */
import { NameTrie } from '../../core/registry/name-trie.ts';
import type { ActorEntry } from '../../core/registry/registry.ts';
import { tokenize } from '../../core/text/tokens.ts';
import type { Actor, ActorId, Alias } from '../../core/schema/index.ts';

export interface MergedLayers {
  entries: ActorEntry[];
  /** What the base layer gave up to the editors' layer, one sentence each. */
  notices: string[];
}

/** The fields that hold an actor's names, and what one of each is called in a notice. */
const FORM_FIELDS = { name: 'name', aliases: 'alias', demonyms: 'demonym', metonyms: 'metonym' } as const;

type FormField = keyof typeof FORM_FIELDS;

/** One text an actor answers to, keyed the way the registry's trie keys it. */
interface Claim {
  actor: ActorId;
  field: FormField;
  alias: Alias;
  folded: string;
  exact: string;
}

function claimOf(actor: ActorId, field: FormField, alias: Alias): Claim {
  const tokens = tokenize(alias.text.normalize('NFC'));
  return { actor, field, alias, folded: NameTrie.keyOf(tokens, 'folded'), exact: NameTrie.keyOf(tokens, 'exact') };
}

const plain = (text: string): Alias => ({ text, caseSensitive: true, shared: false });

function claimsOf({ id, data }: ActorEntry): Claim[] {
  return [
    claimOf(id, 'name', plain(data.name)),
    ...data.aliases.map((alias) => claimOf(id, 'aliases', alias)),
    ...data.demonyms.map((text) => claimOf(id, 'demonyms', plain(text))),
    ...data.metonyms.map((text) => claimOf(id, 'metonyms', plain(text))),
  ];
}

/** The two forms can match the same text (the registry's `overlap`). */
function overlap(a: Claim, b: Claim): boolean {
  return a.folded === b.folded && (!a.alias.caseSensitive || !b.alias.caseSensitive || a.exact === b.exact);
}

/** The registry would refuse the two forms together. */
function collide(a: Claim, b: Claim): boolean {
  return a.actor !== b.actor && overlap(a, b) && !(a.alias.shared && b.alias.shared);
}

/** An actor with its name forms replaced by `claims` (the name claim is the actor's own). */
function withForms(data: Actor, claims: readonly Claim[]): Actor {
  const texts = (field: FormField) => claims.filter((claim) => claim.field === field).map(({ alias }) => alias.text);
  return {
    ...data,
    aliases: claims.filter(({ field }) => field === 'aliases').map(({ alias }) => alias),
    demonyms: texts('demonyms'),
    metonyms: texts('metonyms'),
  };
}

/** The editors' entries (extended from the base layer) first, then the base entries they leave. */
export function mergeLayers(base: readonly ActorEntry[], editors: readonly ActorEntry[]): MergedLayers {
  const notices: string[] = [];
  const editorIds = new Set(editors.map(({ id }) => id));
  const editorClaims = new Map<string, Claim[]>();
  for (const claim of editors.flatMap(claimsOf)) {
    editorClaims.set(claim.folded, [...(editorClaims.get(claim.folded) ?? []), claim]);
  }
  const claimant = (claim: Claim) => editorClaims.get(claim.folded)?.find((other) => collide(claim, other));

  /** Base forms the editors leave to the base layer, with a notice for each one they take. */
  const keptFromBase = (claims: readonly Claim[]) =>
    claims.filter((claim) => {
      const other = claimant(claim);
      if (other) {
        notices.push(
          `the base layer's ${FORM_FIELDS[claim.field]} "${claim.alias.text}" of ${claim.actor} is left out: ` +
            `the editors' ${other.actor} claims it`,
        );
      }
      return other === undefined;
    });

  // Base actors whose name an editor actor claims give way to that actor.
  const replacedBy = new Map<ActorId, ActorId>();
  for (const entry of base) {
    const other = editorIds.has(entry.id) ? undefined : claimant(claimOf(entry.id, 'name', plain(entry.data.name)));
    if (other) {
      replacedBy.set(entry.id, other.actor);
      notices.push(
        `the base layer's ${entry.id} is left out: the editors' ${other.actor} claims its name "${entry.data.name}"`,
      );
    }
  }
  const memberOf = (ids: readonly ActorId[]) => [...new Set(ids.map((id) => replacedBy.get(id) ?? id))];

  const baseById = new Map(base.map((entry) => [entry.id, entry]));
  const merged = editors.map((editor): ActorEntry => {
    const under = baseById.get(editor.id);
    if (!under) return editor;
    const own = claimsOf(editor);
    const extra = claimsOf(under)
      .map((claim) => (claim.field === 'name' ? { ...claim, field: 'aliases' as const } : claim))
      .filter((claim) => !own.some((mine) => overlap(claim, mine)));
    const data: Actor = {
      ...under.data,
      ...editor.data,
      memberOf: editor.data.memberOf.length > 0 ? editor.data.memberOf : memberOf(under.data.memberOf),
    };
    return { id: editor.id, data: withForms(data, [...own, ...keptFromBase(extra)]) };
  });
  const baseOnly = base
    .filter(({ id }) => !editorIds.has(id) && !replacedBy.has(id))
    .map(({ id, data }): ActorEntry => {
      const forms = claimsOf({ id, data }).filter(({ field }) => field !== 'name');
      return { id, data: { ...withForms(data, keptFromBase(forms)), memberOf: memberOf(data.memberOf) } };
    });
  return { entries: [...merged, ...baseOnly], notices };
}

/**
 * A trie over tokens: every registered form is a path of token keys, so
 * finding the longest form that starts at a token walks at most as many
 * steps as the longest form has tokens, whatever the number of forms.
 *
 * Why not a regular expression built from the names: a combined pattern
 * of ten thousand alternatives backtracks, and a registry string must never
 * become a pattern. Why not Aho-Corasick over characters: matches must start
 * and end on word boundaries anyway, which tokens give for free.
 */
import type { ActorId } from '../schema/index.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import type { Period } from './periods.ts';

/** Which kind of name a mention matched: decides how much context it needs. */
export type MentionForm = 'name' | 'alias' | 'demonym' | 'metonym' | 'title' | 'surname';

/** One surface form of one actor, as the trie stores it. */
export interface NameForm {
  actor: ActorId;
  form: MentionForm;
  /** The form as written in the registry (NFC). */
  text: string;
  /** Token keys of exact case, compared when `caseSensitive`. */
  exactKey: string;
  caseSensitive: boolean;
  /** Another actor claims the same text on purpose; the briefing decides which is meant. */
  shared: boolean;
  /** When the form names the actor (none: always). */
  periods: readonly Period[];
}

interface TrieNode {
  children: Map<string, TrieNode>;
  forms: NameForm[];
}

/** A longest match: the forms that end at token `end - 1` and whose case fits. */
export interface TrieMatch {
  /** Index of the token after the match. */
  end: number;
  forms: NameForm[];
}

const newNode = (): TrieNode => ({ children: new Map(), forms: [] });

/** The key of a token within a form: whitespace before it is part of the key (`al-Sham` is not `al - Sham`). */
function stepKey(token: Token, first: boolean, field: 'exact' | 'folded'): string {
  return (!first && token.spaceBefore ? ' ' : '') + token[field];
}

export class NameTrie {
  readonly #root = newNode();
  #longest = 0;

  /** The key of a whole token sequence, to compare forms with each other. */
  static keyOf(tokens: readonly Token[], field: 'exact' | 'folded'): string {
    return tokens.map((token, index) => stepKey(token, index === 0, field)).join('\u0000');
  }

  insert(tokens: readonly Token[], form: NameForm): void {
    let node = this.#root;
    tokens.forEach((token, index) => {
      const key = stepKey(token, index === 0, 'folded');
      let child = node.children.get(key);
      if (!child) {
        child = newNode();
        node.children.set(key, child);
      }
      node = child;
    });
    node.forms.push(form);
    this.#longest = Math.max(this.#longest, tokens.length);
  }

  /** Every form the trie holds, each once, in no particular order. */
  *allForms(): Generator<NameForm> {
    const stack = [this.#root];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      yield* node.forms;
      stack.push(...node.children.values());
    }
  }

  /**
   * The forms a whole name is, as a text writing it would match them (`Congo`, `Uyghurs`, `Damascus`); null
   * when no registered form spans all of it.
   */
  wholeName(name: string): NameForm[] | null {
    const tokens = tokenize(name);
    const match = tokens.length > 0 ? this.longestAt(tokens, 0) : null;
    return match !== null && match.end === tokens.length ? match.forms : null;
  }

  /**
   * The longest registered form starting at `tokens[start]` whose letter
   * case fits the text, or null; with `accept`, the longest of the forms it accepts.
   */
  longestAt(tokens: readonly Token[], start: number, accept?: (form: NameForm) => boolean): TrieMatch | null {
    let node: TrieNode | undefined = this.#root;
    let best: TrieMatch | null = null;
    const limit = Math.min(tokens.length, start + this.#longest);
    for (let index = start; index < limit; index++) {
      const token = tokens[index];
      if (token === undefined) break;
      node = node.children.get(stepKey(token, index === start, 'folded'));
      if (!node) break;
      if (node.forms.length === 0) continue;
      const exactKey = NameTrie.keyOf(tokens.slice(start, index + 1), 'exact');
      const forms = node.forms.filter(
        (form) => (!form.caseSensitive || form.exactKey === exactKey) && (accept === undefined || accept(form)),
      );
      if (forms.length > 0) best = { end: index + 1, forms };
    }
    return best;
  }
}

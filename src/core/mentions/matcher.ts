/**
 * Finding actor mentions in plain text: the registry's forms, longest match
 * first, with the context rules that tell a mention from a look-alike.
 *
 * Framework-free and stateless between calls: a briefing's text goes in
 * whole (blocks separated by blank lines), mentions and notes come out with
 * offsets into that text.
 */
import type { ActorId } from '../schema/index.ts';
import type { NameForm, Registry, MentionForm } from '../registry/registry.ts';
import type { TrieMatch } from '../registry/name-trie.ts';
import { CUE_VERBS, IRREGULAR_PAST_ACTS, words } from '../text/lexicon.ts';
import { candidatePlacedByTown } from './shared-by-town.ts';
import { tokenize, type Token } from '../text/tokens.ts';

export interface Mention {
  actor: ActorId;
  /** Offset of the first character in the text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The text as it appears. */
  text: string;
  form: MentionForm;
}

/** Something the matcher was unsure about and did not link: for the editor to check. */
export interface MatchNote {
  start: number;
  end: number;
  text: string;
  message: string;
  ruleId: 'surname-before-name' | 'longer-name' | 'shared-alias';
}

export interface MatchOptions {
  /** Actors the briefing tags in its frontmatter: they settle shared aliases. */
  taggedActors?: readonly ActorId[];
}

/** Words before a capital that make it a place, not a government: `in Damascus`, `visit to Ankara`. */
const PLACE_CUES = new Set([
  'downtown',
  'capital',
  'in',
  'at',
  'to',
  'from',
  'into',
  'near',
  'outside',
  'inside',
  'around',
  'across',
  'through',
  'via',
  'toward',
  'towards',
  'within',
  'visit',
  'visited',
  'visiting',
  'visits',
  'reach',
  'reached',
  'left',
  'leave',
  'leaving',
  'flew',
  'arrived',
  'based',
]);

/**
 * What a government does to others, or whom it sends, before `from` and a
 * capital: `tariffs from Washington`, `pressure from Beijing`, `envoys from
 * Amman`. The capital is the government there, where `flights from Paris`
 * leave the city.
 */
const GOVERNMENT_ACTS = new Set([
  'tariffs',
  'sanctions',
  'pressure',
  'aid',
  'orders',
  'demands',
  'threats',
  'warnings',
  'funding',
  'guarantees',
  'assurances',
  'pledges',
  'criticism',
  'instructions',
  'approval',
  // The people it sends to speak for it: `envoys from Amman`.
  'envoy',
  'envoys',
  'emissary',
  'emissaries',
  'delegation',
  'delegations',
  'negotiators',
]);

/**
 * Verbs of addressing a government before `to` and a capital: `Manila protested to Beijing`, `appealed to
 * Ankara`. The capital is the government addressed, where `flew to Beijing` reaches the city.
 */
const GOVERNMENT_ADDRESSES = new Set([
  'protest',
  'protests',
  'protested',
  'complain',
  'complains',
  'complained',
  'appeal',
  'appeals',
  'appealed',
  'apologise',
  'apologises',
  'apologised',
  'apologize',
  'apologizes',
  'apologized',
  'petitioned',
]);

/**
 * A government's people before `in` and a capital that speak: `Officials in
 * Beijing said`. With no owner before them they are the capital's
 * government; with one (`Russian diplomats in Tbilisi said`), or met rather
 * than speaking (`met officials in Damascus`), the capital is where they are.
 */
const GOVERNMENT_PEOPLE = new Set(['officials', 'authorities', 'diplomats', 'policymakers']);

/** Words after a verb in `-ing` that make it take an object: `Kyiv pulling its troops back`. */
const OBJECT_OPENERS = new Set(['its', 'their', 'the', 'a', 'an', 'his', 'her', 'our']);

/** Nouns after which `of Damascus` is the city: `the suburbs of Damascus`, `the region of Damascus`. */
const PLACE_NOUNS = new Set([
  'region',
  'suburbs',
  'suburb',
  'outskirts',
  'streets',
  'centre',
  'center',
  'city',
  'heart',
  'south',
  'north',
  'east',
  'west',
  'countryside',
  'part',
  'parts',
  'district',
  'districts',
  'neighbourhood',
  'neighborhood',
  'neighbourhoods',
  'neighborhoods',
  'residents',
  'people',
  'mayor',
  'airport',
  'university',
]);

/**
 * Words after a capital that show it acting as a government (`the Kremlin
 * said`, `the Damascus government`); after `the`/`a`, any other lower-case
 * word makes the capital a place's name used as an adjective (`the Moscow
 * protest`, `a Moscow park`).
 */
const GOVERNMENT_WORDS = new Set([
  'said',
  'says',
  'say',
  'has',
  'had',
  'have',
  'is',
  'was',
  'were',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
  'also',
  'denied',
  'denies',
  'announced',
  'announces',
  'warned',
  'warns',
  'wants',
  'wanted',
  'accused',
  'accuses',
  'rejected',
  'rejects',
  'insisted',
  'insists',
  'claimed',
  'claims',
  'called',
  'calls',
  'sent',
  'sends',
  'backed',
  'backs',
  'supported',
  'supports',
  'condemned',
  'condemns',
  'signed',
  'agreed',
  'agrees',
  'refused',
  'refuses',
  'responded',
  'responds',
  'stated',
  'states',
  'government',
  'regime',
  'leadership',
  'administration',
  'authorities',
  'officials',
]);

/**
 * Roles after a capital that only a government has (`Kremlin spokesman X`,
 * `a Beijing envoy`): the capital is the government. Roles a city has too
 * (`the Tehran mayor`, `a Moscow judge`) or one holds for oneself (`a Moscow
 * correspondent`) leave it a place. (Plurals need no listing: a word ending in `s` after a capital is
 * read as a verb or a government's people already.)
 */
const GOVERNMENT_VOICES = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'aide',
  'adviser',
  'advisor',
  'envoy',
  'negotiator',
  'official',
  'diplomat',
  'insider',
]);

/** Words after a capital that say nothing about whether it is the city or the government. */
const FUNCTION_WORDS = new Set([
  'and',
  'or',
  'but',
  'nor',
  'on',
  'in',
  'at',
  'to',
  'for',
  'of',
  'with',
  'from',
  'by',
  'as',
  'over',
  'after',
  'before',
  'since',
  'during',
  'against',
  'into',
  'not',
  'again',
  'too',
  'itself',
  'now',
  'then',
  'last',
  'this',
  // A time said after it: `talks with Tehran next week`.
  'next',
  'today',
  'tonight',
  'tomorrow',
  'yesterday',
  'soon',
  'later',
  'earlier',
]);

/** Capitalised words that end the name of a newspaper, broadcaster or institution: `New Zealand Herald`. */
const INSTITUTION_WORDS = new Set(
  [
    'Herald',
    'Times',
    'Post',
    'Journal',
    'Tribune',
    'Gazette',
    'Daily',
    'Today',
    'Express',
    'Telegraph',
    'Observer',
    'Star',
    'Mail',
    'Review',
    'Magazine',
    'Broadcasting',
    'Radio',
    'Television',
    'TV',
    'Airlines',
    'Airways',
    'University',
    'College',
    'Institute',
    'Society',
    'Museum',
    'Corps',
    'Standards',
    'Foundation',
    'Association',
  ].map((word) => word.toLowerCase()),
);

/**
 * Capitalised words that may stand next to a name without making it part of
 * a longer proper name: titles before people (`President Assad`), roles and
 * institutions after a state (`US President`, `Iran Foreign Ministry`).
 */
const TITLE_WORDS = new Set(
  [
    'President',
    'Vice',
    'Prime',
    'Minister',
    'Ministry',
    'Foreign',
    'Defence',
    'Defense',
    'Interior',
    'Finance',
    'Secretary',
    'Secretary-General',
    'General',
    'Gen',
    'Lieutenant',
    'Colonel',
    'Col',
    'Major',
    'Captain',
    'Commander',
    'Admiral',
    'Ambassador',
    'Envoy',
    'Embassy',
    'Spokesman',
    'Spokeswoman',
    'Spokesperson',
    'Leader',
    'Supreme',
    'King',
    'Queen',
    'Prince',
    'Crown',
    'Emir',
    'Sheikh',
    'Sheik',
    'Ayatollah',
    'Chancellor',
    'Senator',
    'Sen',
    'Representative',
    'Rep',
    'Governor',
    'Gov',
    'Mayor',
    'Chairman',
    'Chair',
    'Chief',
    'Director',
    'Mr',
    'Mrs',
    'Ms',
    'Dr',
    'Government',
    'Army',
    'Navy',
    'Forces',
    'Force',
    'Military',
    'Officials',
    'Official',
    'Council',
    'Parliament',
    'Congress',
    'Senate',
    'Court',
    'Department',
    'State',
    'Police',
    'Revolutionary',
    'Guards',
    'Guard',
    'Special',
    'Deputy',
    'Ministers',
    'Presidents',
    'Authorities',
    'Troops',
    'Militias',
    'Rebels',
    'Intelligence',
    'Security',
    'Mission',
    'Delegation',
    'Delegate',
    'Consulate',
    'Cabinet',
    'Administration',
    'Regime',
  ].map((word) => word.toLowerCase()),
);

/**
 * Words before an office that make it someone other than its holder on the
 * briefing's date: `the former Syrian president`, `the then-President of
 * Syria`, `Vice President of Syria`.
 */
const NOT_THE_HOLDER = new Set([
  'former',
  'late',
  'ex',
  'then',
  'vice',
  'deputy',
  'acting',
  'next',
  'future',
  'previous',
]);

/** Words that introduce a name as someone new: `a man named X`, `a militant called X`. */
const INTRODUCING_WORDS = new Set(['named', 'called', 'dubbed']);

/** Marks after which a capital letter starts a sentence rather than continuing a name. */
const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', ';', '"', '“', '”', "'", '‘', '(', '[', '—', '–', '-', '•']);

function isCapitalised(token: Token): boolean {
  return token.word && /^\p{Lu}/u.test(token.exact);
}

/** The token starts a sentence or block: nothing before it, a sentence mark, or a line break. */
function startsSentence(text: string, tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  const current = tokens[index];
  if (previous === undefined || current === undefined) return true;
  if (text.slice(previous.end, current.start).includes('\n')) return true;
  return !previous.word && SENTENCE_OPENERS.has(previous.exact);
}

interface MatchSite {
  text: string;
  tokens: readonly Token[];
  /** Token range of the match. */
  first: number;
  end: number;
  /** Token indexes covered by accepted mentions so far. */
  mentionEnds: Set<number>;
}

/** The previous token, if it is a word joined to this one by whitespace only (same sentence, same block). */
function wordBefore({ text, tokens, first }: MatchSite): Token | null {
  const previous = tokens[first - 1];
  const current = tokens[first];
  if (!previous?.word || !current?.spaceBefore) return null;
  return text.slice(previous.end, current.start).includes('\n') ? null : previous;
}

/** A title right before the match, abbreviated or not: `President Assad`, `Mr. Obama`, `Gen. Smith`. */
function titleBefore(site: MatchSite): boolean {
  const before = wordBefore(site);
  if (before) return TITLE_WORDS.has(before.folded);
  const stop = site.tokens[site.first - 1];
  const abbreviation = site.tokens[site.first - 2];
  return (
    stop?.exact === '.' &&
    !stop.spaceBefore &&
    abbreviation !== undefined &&
    abbreviation.word &&
    TITLE_WORDS.has(abbreviation.folded)
  );
}

function wordAfter({ text, tokens, end }: MatchSite): Token | null {
  const next = tokens[end];
  const last = tokens[end - 1];
  if (!next?.word || !next.spaceBefore || last === undefined) return null;
  return text.slice(last.end, next.start).includes('\n') ? null : next;
}

/**
 * The match sits inside a longer capitalised name the registry does not
 * know: `New Mexico`, `George Washington`, `Washington Post`, `Hafez Assad`.
 * A neighbouring title, a neighbouring mention or a sentence start does not
 * count. `sides` says which neighbours to look at.
 */
function insideLongerName(site: MatchSite, registry: Registry, sides: 'both' | 'after' | 'before'): boolean {
  const before = sides === 'after' ? null : wordBefore(site);
  if (
    before &&
    isCapitalised(before) &&
    !TITLE_WORDS.has(before.folded) &&
    !site.mentionEnds.has(site.first - 1) &&
    !startsSentence(site.text, site.tokens, site.first - 1)
  ) {
    return true;
  }
  const after = sides === 'before' ? null : wordAfter(site);
  return (
    after !== null &&
    isCapitalised(after) &&
    !TITLE_WORDS.has(after.folded) &&
    // `Syrian Kurds`: the next word starts a registered name of its own.
    registry.trie.longestAt(site.tokens, site.end) === null
  );
}

/**
 * A capital named as a place: `the suburbs of Damascus`, `the Moscow protest`, `a Moscow park`,
 * `a Washington-based group`, the sky `over Kyiv` (but a dispute `over Tehran's programme` is the government's).
 */
function capitalAsPlace(site: MatchSite, registry: Registry): boolean {
  const { tokens, first, end } = site;
  const before = tokens[first - 1];
  if (before?.folded === 'of' && PLACE_NOUNS.has(tokens[first - 2]?.folded ?? '')) return true;
  const joined = (at: number) => tokens[at] !== undefined && !tokens[at]?.spaceBefore;
  if (tokens[end]?.exact === '-' && joined(end) && joined(end + 1) && tokens[end + 1]?.folded === 'based') return true;
  const possessive = tokens[end]?.exact === "'" && joined(end) && tokens[end + 1]?.folded === 's';
  if (['over', 'above'].includes(wordBefore(site)?.folded ?? '') && !possessive) return true;
  // A dateline or address: `Taipei, Taiwan`.
  if (tokens[end]?.exact === ',') {
    const next = registry.trie.longestAt(tokens, end + 1);
    if (next?.forms.some(({ form, actor }) => form === 'name' && registry.actors.get(actor)?.kind === 'state')) {
      return true;
    }
  }
  // `anti-Pyongyang propaganda`, `pro-Beijing candidates`: a side taken is a government's.
  if (tokens[first - 1]?.exact === '-' && ['anti', 'pro'].includes(tokens[first - 2]?.folded ?? '')) return false;
  // The city's name used as an adjective: `the Moscow protest`, `a rainy Ottawa street`.
  // A verb after it (`Moscow reiterated`, `Tehran says`, `Kyiv pulling its troops`) makes it the government,
  // through an adverb before the verb too (`Oslo still owes`, `Rome quietly dropped`; not `Oslo early on`).
  const after = wordAfter(site);
  // So does an irregular past tense with no article before the capital (`Tirana cut ties`; not `the Oslo cut`).
  if (after !== null && IRREGULAR_PAST_ACTS.has(after.folded) && !ARTICLES.has(tokens[first - 1]?.folded ?? '')) {
    return false;
  }
  // `Lima itself was calm`, `Kyiv itself remained largely untouched`: the city set against what lies around it,
  // described by a place's condition, is the place (not `Moscow itself said`, `Beijing itself is responsible`).
  if (after?.folded === 'itself' && tokens[end] === after && PLACE_STATE_VERBS.has(tokens[end + 1]?.folded ?? '')) {
    const next = tokens[end + 2];
    const condition = next && /ly$/u.test(next.folded) ? tokens[end + 3] : next;
    if (PLACE_CONDITIONS.has(condition?.folded ?? '')) return true;
  }
  // A demand's `that` before it takes a bare verb, the subjunctive (`urged that Lima release the crew`, `asked
  // that Quito cooperate with`): the capital is the one asked to act. The verb is a lower-case word with an
  // article, a preposition or the clause's end after it; a noun there runs on (`that Lima residents stay`).
  const objectAfter = (token: Token | undefined) =>
    token === undefined || !token.word || ARTICLES.has(token.folded) || FUNCTION_WORDS.has(token.folded);
  if (
    after !== null &&
    tokens[end] === after &&
    /^\p{Ll}/u.test(after.exact) &&
    !FUNCTION_WORDS.has(after.folded) &&
    objectAfter(tokens[end + 1]) &&
    tokens[first - 1]?.folded === 'that' &&
    DEMAND_WORDS.has(tokens[first - 2]?.folded ?? '')
  ) {
    return false;
  }
  const verb = (word: Token | undefined) =>
    word !== undefined && (GOVERNMENT_WORDS.has(word.folded) || /(?:ed|s)$/u.test(word.folded));
  const adverb = after !== null && (ADVERBS_BEFORE_VERBS.has(after.folded) || /ly$/u.test(after.folded));
  if (adverb && tokens[end + 1]?.spaceBefore && verb(tokens[end + 1])) return false;
  const takesObject = after?.folded.endsWith('ing') === true && OBJECT_OPENERS.has(tokens[end + 1]?.folded ?? '');
  return (
    after !== null &&
    tokens[end] === after &&
    /^\p{Ll}/u.test(after.exact) &&
    !GOVERNMENT_WORDS.has(after.folded) &&
    !GOVERNMENT_VOICES.has(after.folded) &&
    !FUNCTION_WORDS.has(after.folded) &&
    !/(?:ed|s)$/u.test(after.folded) &&
    !takesObject
  );
}

/** Verbs that describe a place's state after `itself`: `Lima itself was calm`, `Kyiv itself stayed dark`. */
const PLACE_STATE_VERBS = words(`was is were remained remains stayed stays seemed seems looked looks`);
/** A place's condition, which no government has: `calm`, `untouched`, `deserted`, `flooded`. */
const PLACE_CONDITIONS = words(`calm quiet peaceful untouched unscathed spared unaffected dark deserted empty crowded
  packed busy flooded safe tense`);

/** Verbs and nouns of demanding, whose `that` takes a subject and a bare verb: `demanded that Lima release`. */
const DEMAND_WORDS = words(`demand demands demanded urge urges urged insist insists insisted ask asks asked request
  requests requested recommend recommends recommended propose proposes proposed require requires required insistence`);

/** Articles, after which a capital's name and a lower-case word make a noun phrase: `the Oslo cut`. */
const ARTICLES = new Set(['the', 'a', 'an']);

/** Adverbs that stand between a subject and its verb: `Oslo still owes`, `Cairo already said`. */
const ADVERBS_BEFORE_VERBS = new Set([
  'still',
  'already',
  'again',
  'now',
  'then',
  'once',
  'never',
  'soon',
  'just',
  'since',
]);

/**
 * `in` before the capital after a government's people with no owner named, and a reporting verb after it; or
 * after `no one` or `nobody` that the reporting verb before `by` was done by (`denied by no one in Amman`), the
 * government's silence.
 */
function governmentPeopleIn(site: MatchSite): boolean {
  const { tokens, first } = site;
  if (tokens[first - 1]?.folded !== 'in') return false;
  const nobody =
    tokens[first - 2]?.folded === 'nobody'
      ? first - 2
      : tokens[first - 3]?.folded === 'no' && tokens[first - 2]?.folded === 'one'
        ? first - 3
        : -1;
  if (nobody >= 0) return tokens[nobody - 1]?.folded === 'by' && CUE_VERBS.has(tokens[nobody - 2]?.folded ?? '');
  if (!GOVERNMENT_PEOPLE.has(tokens[first - 2]?.folded ?? '')) return false;
  if (!CUE_VERBS.has(wordAfter(site)?.folded ?? '')) return false;
  // An owner is a capitalised word before them (`Kenyan officials`), but no sentence-opening `The`.
  const owner = tokens[first - 3];
  return !owner?.word || !isCapitalised(owner) || owner.folded === 'the';
}

/**
 * `from` before the capital after what a government does to others (`tariffs from Washington`), or `to` after a
 * verb of addressing one (`protested to Beijing`).
 */
function governmentAfterPreposition(site: MatchSite): boolean {
  const { tokens, first } = site;
  const before = tokens[first - 2]?.folded ?? '';
  if (tokens[first - 1]?.folded === 'to') return GOVERNMENT_ADDRESSES.has(before);
  return tokens[first - 1]?.folded === 'from' && GOVERNMENT_ACTS.has(before);
}

/**
 * A state named inside an institution's name: `the New Zealand Herald`,
 * `the Doctor Who Society of Canada`. Titles stay outside (`President of
 * France`), and so does a state that names what follows (`the Museum of the
 * U.S. Air Force`).
 */
function stateInInstitution(site: MatchSite): boolean {
  const after = wordAfter(site);
  if (after && isCapitalised(after)) return INSTITUTION_WORDS.has(after.folded);
  const { tokens, first } = site;
  const of = tokens[first - 1]?.folded === 'of' ? first - 1 : tokens[first - 2]?.folded === 'of' ? first - 2 : -1;
  if (of < 0 || (of === first - 2 && tokens[first - 1]?.folded !== 'the')) return false;
  const head = tokens[of - 1];
  return head !== undefined && isCapitalised(head) && INSTITUTION_WORDS.has(head.folded);
}

/**
 * A place in an address (`Seattle, Washington`) or in apposition to
 * `capital` (`the nation's capital, Wellington`).
 */
function inAddress(site: MatchSite): boolean {
  const { tokens, first } = site;
  const comma = tokens[first - 1];
  const place = tokens[first - 2];
  // `… near Kismayo, Nairobi said`: a capital that speaks is the government, whatever stands before the comma.
  if (CUE_VERBS.has(wordAfter(site)?.folded ?? '')) return false;
  return comma?.exact === ',' && place !== undefined && (isCapitalised(place) || place.folded === 'capital');
}

/**
 * A title that does not stand for its holder here: a name follows it
 * (`Syrian President Bashar Assad`, `Syria's president, Ahmed al-Sharaa`),
 * so the name says who is meant and the title is no second mention, or a
 * word before it makes it another person (`the former Syrian president`).
 * Its words are then read as if it were not registered (`Syrian`).
 */
function titleGivesWay(registry: Registry, match: TrieMatch, site: MatchSite): boolean {
  const holders = new Set(match.forms.filter(({ form }) => form === 'title').map(({ actor }) => actor));
  if (holders.size === 0) return false;
  const { tokens, first, end } = site;
  const hyphenated = tokens[first - 1]?.exact === '-' && !tokens[first]?.spaceBefore;
  const before = tokens[first - (hyphenated ? 2 : 1)];
  if (before?.word && NOT_THE_HOLDER.has(before.folded)) return true;
  const after = wordAfter(site);
  if (after !== null && isCapitalised(after)) return true;
  // An apposition: the holder's own name after a comma.
  if (tokens[end]?.exact !== ',') return false;
  const named = registry.trie.longestAt(tokens, end + 1);
  return named?.forms.some(({ actor, form }) => holders.has(actor) && form !== 'title') ?? false;
}

/** Part of a unit or code, not a name: `US$`, `UK£`, `US2`. */
function joinedToSymbol({ tokens, end }: MatchSite): boolean {
  const next = tokens[end];
  return next !== undefined && !next.spaceBefore && /^[\p{Sc}\p{N}]/u.test(next.exact);
}

/**
 * Find every mention in `text`. One pass over the tokens, each step a trie
 * walk bounded by the longest registered form, so the cost is linear in
 * the text whatever the size of the registry.
 */
export function findMentions(
  registry: Registry,
  text: string,
  options: MatchOptions = {},
): { mentions: Mention[]; notes: MatchNote[] } {
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  const notes: MatchNote[] = [];
  const tagged = new Set(options.taggedActors ?? []);
  const mentionEnds = new Set<number>();
  /** People whose full name (or an alias) has appeared, with the token index where it last did. */
  const introduced = new Map<ActorId, number>();
  /** Shared aliases wait until the whole text has shown which actors it is about. */
  const pendingShared: { mention: Omit<Mention, 'actor'>; candidates: ActorId[]; first: number }[] = [];

  const note = (start: number, end: number, message: string, ruleId: MatchNote['ruleId']) => {
    notes.push({ start, end, text: text.slice(start, end), message, ruleId });
  };

  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    let match = token?.word ? registry.trie.longestAt(tokens, index) : null;
    if (match && titleGivesWay(registry, match, { text, tokens, first: index, end: match.end, mentionEnds })) {
      match = registry.trie.longestAt(tokens, index, ({ form }) => form !== 'title');
    }
    if (!token || !match) {
      index++;
      continue;
    }
    const startToken = tokens[index];
    const endToken = tokens[match.end - 1];
    if (!startToken || !endToken) break;
    const span = { start: startToken.start, end: endToken.end, text: text.slice(startToken.start, endToken.end) };
    const site: MatchSite = { text, tokens, first: index, end: match.end, mentionEnds };
    const accept = (actor: ActorId, form: MentionForm) => {
      mentions.push({ actor, ...span, form });
      for (let covered = index; covered < match.end; covered++) mentionEnds.add(covered);
      if (form === 'name' || form === 'alias') introduced.set(actor, index);
    };
    const decided = decide(registry, match.forms, site, introduced);
    switch (decided.kind) {
      case 'accept':
        accept(decided.actor, decided.form);
        break;
      case 'skip':
        break;
      case 'shared':
        pendingShared.push({ mention: { ...span, form: decided.form }, candidates: decided.candidates, first: index });
        break;
      case 'longer-name':
        note(
          span.start,
          span.end,
          `"${span.text}" looks like part of a longer name not in the registry; not linked`,
          'longer-name',
        );
        break;
      case 'surname-before-name':
        note(
          span.start,
          span.end,
          `"${span.text}" is the surname of ${decided.actors.join(', ')} but comes before the full name; not linked`,
          'surname-before-name',
        );
        break;
    }
    index = match.end;
  }

  const named = new Set(mentions.map(({ actor }) => actor));
  for (const { mention, candidates, first } of pendingShared) {
    const fitting = candidates.filter((actor) => tagged.has(actor) || named.has(actor));
    const [only] = fitting;
    // With no actor of them tagged or named, a town of the paragraph that is in one of them settles it.
    const placed = fitting.length === 0 ? candidatePlacedByTown(registry, text, tokens, first, candidates) : null;
    if (fitting.length === 1 && only !== undefined) {
      mentions.push({ actor: only, ...mention });
    } else if (placed !== null) {
      mentions.push({ actor: placed, ...mention });
    } else {
      note(
        mention.start,
        mention.end,
        `"${mention.text}" is shared by ${candidates.join(', ')}; tag one of them in the briefing's actors to link it`,
        'shared-alias',
      );
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, notes };
}

type Decision =
  | { kind: 'accept'; actor: ActorId; form: MentionForm }
  | { kind: 'shared'; form: MentionForm; candidates: ActorId[] }
  | { kind: 'skip' }
  | { kind: 'longer-name' }
  | { kind: 'surname-before-name'; actors: ActorId[] };

/** Choose among the forms a longest match found, using the words around it. */
function decide(
  registry: Registry,
  forms: readonly NameForm[],
  site: MatchSite,
  introduced: ReadonlyMap<ActorId, number>,
): Decision {
  const typed = forms.filter(({ form }) => form !== 'surname');
  if (typed.length > 0) {
    const [first] = typed;
    if (!first) return { kind: 'longer-name' };
    if (
      first.form === 'metonym' &&
      ((PLACE_CUES.has(wordBefore(site)?.folded ?? '') &&
        !governmentAfterPreposition(site) &&
        !governmentPeopleIn(site)) ||
        inAddress(site) ||
        capitalAsPlace(site, registry))
    ) {
      return { kind: 'skip' };
    }
    if (joinedToSymbol(site)) return { kind: 'skip' };
    // `A man named Erdogan`: a name being introduced belongs to someone new, so a registered person's
    // one-word name (a prominent person's surname listed as an alias) does not name them here.
    if (
      site.end - site.first === 1 &&
      INTRODUCING_WORDS.has(wordBefore(site)?.folded ?? '') &&
      registry.actors.get(first.actor)?.kind === 'person'
    ) {
      return { kind: 'skip' };
    }
    // A state's name may stand before another name and still be the state
    // (`US National Park Service`); an adjective may go before any name but
    // an unregistered one (`American Revolution`, `Turkish Airlines`).
    const stateName = registry.actors.get(first.actor)?.kind === 'state' && first.form !== 'metonym';
    // A person's full name of two words or more is theirs whatever capitalised word stands before it:
    // a title, or one written with a typo (`Foreign Minsiter Abbas Araghchi`); only a word after it can
    // make it part of a longer name (`the Kofi Annan Foundation`).
    const fullName =
      registry.actors.get(first.actor)?.kind === 'person' &&
      (first.form === 'name' || first.form === 'alias') &&
      site.tokens.slice(site.first, site.end).filter((token) => token.word).length >= 2;
    const sides = first.form === 'demonym' || fullName ? 'after' : stateName ? 'before' : 'both';
    if (insideLongerName(site, registry, sides)) return { kind: 'longer-name' };
    if (stateName && stateInInstitution(site)) return { kind: 'longer-name' };
    const actors = [...new Set(typed.map(({ actor }) => actor))];
    const [only] = actors;
    if (actors.length === 1 && only !== undefined) return { kind: 'accept', actor: only, form: first.form };
    return { kind: 'shared', form: first.form, candidates: actors };
  }
  // Only surnames: the person named most recently wins; before any full
  // name, only a title right before it (`President Assad`) vouches for it.
  const people = forms.map(({ actor }) => actor);
  const known = people
    .filter((actor) => introduced.has(actor))
    .sort((a, b) => (introduced.get(b) ?? 0) - (introduced.get(a) ?? 0));
  const titled = titleBefore(site);
  if (!titled && insideLongerName(site, registry, 'both')) return { kind: 'longer-name' };
  const [latest] = known;
  if (latest !== undefined) return { kind: 'accept', actor: latest, form: 'surname' };
  const [only] = people;
  if (titled && people.length === 1 && only !== undefined) return { kind: 'accept', actor: only, form: 'surname' };
  return { kind: 'surname-before-name', actors: people };
}

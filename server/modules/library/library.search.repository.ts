import { type RawBuilder, sql } from 'kysely';
import type { AssetSearchQuery } from '../../../shared/schemas/library.ts';
import type { Database } from '../../db/connect.ts';

type Db = Database['db'];

/**
 * The tokens of a text as PostgreSQL's default parser splits it (what `to_tsvector` indexes), in
 * order, lower-cased: "ci/cd" and "v1.2" stay one token, a hyphenated word is one token (its parts
 * are indexed with it), spaces, punctuation and markup are dropped. SQL for `tokens(word, n)`.
 */
function parsedTokens(text: string) {
  return sql`SELECT lower(p.token) AS word, p.n
    FROM ts_parse('default', ${text}) WITH ORDINALITY AS p(tokid, token, n)
    JOIN ts_token_type('default') AS t ON t.tokid = p.tokid
    WHERE t.alias NOT IN ('blank', 'tag', 'entity', 'protocol', 'hword_part', 'hword_numpart', 'hword_asciipart', 'url_path')`;
}

/** Whether the box ends inside a word (still being typed) rather than after a space or punctuation. */
export function lastWordOpen(text: string): boolean {
  return /[\p{L}\p{N}]$/u.test(text);
}

/**
 * How the words of a text become a query. `search` is a search box: the last word is a prefix
 * (it may still be being typed), a trailing stop word too. `any` is a text to find related assets
 * for (match=any, request suggestions): stop words are dropped wherever they are, a word shorter
 * than four letters is matched whole, never as a prefix ("a" would match every asset), and only
 * words of five letters or more are forgiven a typo.
 */
export type WordMode = 'search' | 'any';
const wordRules = {
  search: { maxWords: 12, minPrefix: 1, minNear: 1, trailingStopWord: true },
  any: { maxWords: 12, minPrefix: 4, minNear: 5, trailingStopWord: false },
} as const;

/** One word of the query as the library knows it: its stem, and near stems when it is unknown. */
export interface ResolvedWord {
  word: string;
  /** The stem full-text search compares (the word itself for a trailing stop word, e.g. "the" → "theme"). */
  stem: string;
  /** Up to three corrections from the library when it has no such stem itself (see `nearStems`). */
  near: string[];
  /** The last word is matched as a prefix: the user may still be typing it. */
  prefix: boolean;
}

/** A tsquery literal: quoted so that no stem is read as an operator. */
function quote(stem: string, prefix: boolean) {
  return `'${stem.replaceAll('\\', '\\\\').replaceAll("'", "''")}'${prefix ? ':*' : ''}`;
}

/**
 * The text query as a tsquery: every word must match (or any, with match=any), each word as its
 * stem or one of its near stems, the last as a prefix. Undefined when no word is left.
 */
export function buildTsQuery(words: ResolvedWord[], match: 'all' | 'any' = 'all'): string | undefined {
  const terms = words.map((word) => {
    // A word still being typed is a prefix of its stem or of itself: "protosy" stems to "protosi",
    // which no longer starts "protosync".
    const stems = new Set([word.stem, ...(word.prefix ? [word.word] : []), ...word.near]);
    const alternatives = [...stems].map((stem) => quote(stem, word.prefix));
    return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' | ')})`;
  });
  return terms.length ? terms.join(match === 'any' ? ' | ' : ' & ') : undefined;
}

/**
 * A tsquery of one lexeme (a SQL text expression), quoted like `quote` above: built in SQL so the
 * lexicon's own words can be tried against the search rows.
 */
function lexemeQuery(lexeme: RawBuilder<unknown>, prefix: boolean) {
  return sql`(chr(39) || replace(replace(${lexeme}, chr(92), chr(92) || chr(92)), chr(39), chr(39) || chr(39)) || chr(39)${sql.raw(prefix ? " || ':*'" : '')})::tsquery`;
}

/** Whether some search row the caller may see matches the tsquery: the lexicon's words are checked with it. */
function visibleMatch(scope: LexiconScope, tsquery: RawBuilder<unknown>) {
  return sql`EXISTS (SELECT 1 FROM asset_search s WHERE ${scopeCondition(scope)} AND s.words @@ ${tsquery})`;
}

/**
 * Typo tolerance: splits the text with PostgreSQL's parser, stems each token with the English
 * configuration, and for a word the caller has never been shown (no stem, or for the last word no
 * stem it starts, in an asset the caller may see) looks up corrections (`nearStems`: by edit
 * distance, then by how many of the caller's assets they match). `search_words` holds the stems
 * of every asset, drafts and old versions too, so it only proposes candidates: a word only drafts
 * contain is neither "known" to a viewer nor ever offered to one. One round trip, two with a typo.
 */
export async function resolveWords(
  db: Db,
  text: string,
  scope: LexiconScope,
  options: { mode?: WordMode; maxWords?: number } = {},
): Promise<ResolvedWord[]> {
  return (await resolveWordsChecked(db, text, scope, options)).words;
}

/**
 * `resolveWords`, and whether a word was taken as known from the lexicon alone (`lexiconOnly`):
 * then no search row the caller may see was checked for it. Each such check is a GIN lookup of
 * the word's whole posting list (about 3 ms for a common word at 100,000 assets), so a search
 * box skips them and checks only if its search finds nothing: a match of every word is a
 * visible row holding each of them, which is what the checks would have found.
 */
async function resolveWordsChecked(
  db: Db,
  text: string,
  scope: LexiconScope,
  options: { mode?: WordMode; maxWords?: number; lexiconOnly?: boolean } = {},
): Promise<{ words: ResolvedWord[]; provisional: boolean }> {
  const rules = wordRules[options.mode ?? 'search'];
  if (!/[\p{L}\p{N}]/u.test(text)) return { words: [], provisional: false };
  // A whole text repeats its words: each counts once, in the order they first appear.
  const limit = options.mode === 'any' ? (options.maxWords ?? rules.maxWords) : rules.maxWords;
  const distinct = options.mode === 'any';
  // A finished phrase ("owner ") has no prefix: "owner:*" would also match "ownership".
  const open = options.mode === 'any' || lastWordOpen(text);
  const stem = sql`stem`;
  const inLexicon = sql`CASE WHEN prefix THEN EXISTS (SELECT 1 FROM search_words w
                              WHERE (w.word >= stem COLLATE "C" AND w.word < (stem || chr(1114111)) COLLATE "C")
                                 OR (w.word >= stemmed.word COLLATE "C" AND w.word < (stemmed.word || chr(1114111)) COLLATE "C"))
                     ELSE EXISTS (SELECT 1 FROM search_words w WHERE w.word = stem COLLATE "C") END`;
  // Known to the caller: the lexicon has it (cheap, checked first) and a row they may see matches it.
  const known = options.lexiconOnly
    ? inLexicon
    : sql`CASE WHEN NOT ${inLexicon} THEN false
    WHEN prefix THEN ${visibleMatch(scope, sql`(${lexemeQuery(stem, true)} || ${lexemeQuery(sql`stemmed.word`, true)})`)}
    ELSE ${visibleMatch(scope, lexemeQuery(stem, false))} END`;
  const { rows } = await sql<{ word: string; stem: string | null; prefix: boolean; known: boolean }>`
    SELECT word, stem, prefix, coalesce(known, false) AS known
    FROM (
      SELECT word, n, stem, prefix, ${known} AS known
      FROM (
        SELECT q.word, q.n, q.n = q.last AND ${open} AND length(q.word) >= ${rules.minPrefix} AS prefix,
          -- The token's own lexeme (a hyphenated word's whole, not its parts), or none for a stop word.
          coalesce((SELECT v.lexeme FROM unnest(to_tsvector('english', q.word)) AS v
                    ORDER BY v.positions[1], length(v.lexeme) DESC LIMIT 1),
                   CASE WHEN q.n = q.last AND ${rules.trailingStopWord} THEN q.word END) AS stem
        FROM (
          SELECT word, row_number() OVER (ORDER BY n) AS n, count(*) OVER () AS last FROM (
            SELECT word, min(n) AS n FROM (${parsedTokens(text)}) tokens
            GROUP BY word, CASE WHEN ${distinct} THEN 0 ELSE n END
            ORDER BY min(n) LIMIT ${limit}
          ) firsts
        ) q
      ) stemmed
    ) looked_up
    ORDER BY n
  `.execute(db);
  const unknown = rows.filter((row) => row.stem && !row.known && row.word.length >= rules.minNear);
  const near = unknown.length
    ? await nearStems(db, unknown as { word: string; stem: string }[], scope)
    : new Map();
  return {
    words: rows.flatMap((row) =>
      row.stem
        ? [{ word: row.word, stem: row.stem, near: near.get(row.word) ?? [], prefix: row.prefix }]
        : [],
    ),
    provisional: Boolean(options.lexiconOnly) && rows.some((row) => row.stem && row.known),
  };
}

/**
 * Every text one edit away from `word`: a letter dropped, two neighbours swapped, a letter
 * replaced or added (from a-z, the word's own letters, and 0-9 when it has digits). Norvig's spelling corrector; the
 * stems of these that the lexicon holds are the corrections at distance one, however the stemmer
 * treats the typo ("sceurity" stems to "sceuriti", its swap "security" to "secur").
 */
export function oneEdit(word: string): string[] {
  const letters = [...word];
  // Digits only for a word that has some: a version or product number, not a typo in a word.
  const digits = /\d/.test(word) ? '0123456789' : '';
  const alphabet = [...new Set([...`abcdefghijklmnopqrstuvwxyz${digits}`, ...letters])];
  const head = (i: number) => letters.slice(0, i).join('');
  const tail = (i: number) => letters.slice(i).join('');
  const out = new Set<string>();
  for (let i = 0; i < letters.length; i++) {
    out.add(head(i) + tail(i + 1));
    if (i + 1 < letters.length) out.add(head(i) + letters[i + 1] + letters[i] + tail(i + 2));
  }
  // Replacements and insertions grow with the alphabet: only for words of search-box length.
  if (letters.length <= 24)
    for (let i = 0; i <= letters.length; i++)
      for (const letter of alphabet) {
        out.add(head(i) + letter + tail(i));
        if (i < letters.length) out.add(head(i) + letter + tail(i + 1));
      }
  out.delete(word);
  out.delete('');
  return [...out];
}

/**
 * Corrections for words the caller's library does not know, best first: stems at the smallest
 * edit distance (a transposition is one edit: the stems of `oneEdit`'s texts, then lexicon stems
 * within two edits of the word's stem by `search_edit_distance`, pg_trgm's near stems last), then
 * those that match more of the assets the caller may see (counted up to 200). Only stems a
 * search row the caller may see matches are offered; the best, and any as close that match at
 * least half as many assets, up to three.
 */
async function nearStems(db: Db, words: { word: string; stem: string }[], scope: LexiconScope) {
  const variants = words.flatMap((w, n) => oneEdit(w.word).map((text) => ({ n, text })));
  const { rows } = await sql<{ n: number; word: string }>`
    WITH asked AS (
      SELECT n::int - 1 AS n, stem FROM unnest(${sql.val(words.map((w) => w.stem))}::text[]) WITH ORDINALITY AS a(stem, n)
    ), edited AS (
      SELECT DISTINCT e.n, l.lexeme AS word
      FROM unnest(${sql.val(variants.map((v) => v.n))}::int[], ${sql.val(variants.map((v) => v.text))}::text[]) AS e(n, text)
      CROSS JOIN LATERAL (SELECT v.lexeme FROM unnest(to_tsvector('english', e.text)) AS v
                          ORDER BY v.positions[1], length(v.lexeme) DESC LIMIT 1) l
    ), candidates AS (
      SELECT e.n, e.word, 1 AS distance FROM edited e JOIN search_words w ON w.word = e.word COLLATE "C"
      UNION ALL
      SELECT a.n, w.word, search_edit_distance(w.word, a.stem)
      FROM asked a JOIN search_words w ON length(w.word) BETWEEN length(a.stem) - 2 AND length(a.stem) + 2
        AND levenshtein_less_equal(w.word, a.stem, 2) <= 2
      UNION ALL
      SELECT a.n, t.word, 3 FROM asked a CROSS JOIN LATERAL (
        SELECT w.word FROM search_words w WHERE w.word % a.stem ORDER BY similarity(w.word, a.stem) DESC, w.word LIMIT 5) t
    ), closest AS (
      SELECT n, word, distance FROM (
        SELECT n, word, min(distance) AS distance, row_number() OVER (PARTITION BY n ORDER BY min(distance), word) AS k
        FROM candidates WHERE distance <= 3 GROUP BY n, word) ranked
      WHERE k <= 5
    ), counted AS (
      SELECT c.n, c.word, c.distance, (SELECT count(*) FROM (
          SELECT 1 FROM asset_search s WHERE ${scopeCondition(scope)} AND s.words @@ ${lexemeQuery(sql`c.word`, false)} LIMIT 200) m) AS matches
      FROM closest c
    ), ordered AS (
      SELECT n, word, matches, first_value(distance) OVER best AS best_distance, first_value(matches) OVER best AS best_matches,
             distance, row_number() OVER best AS k
      FROM counted WHERE matches > 0
      WINDOW best AS (PARTITION BY n ORDER BY distance, matches DESC, word)
    )
    SELECT n, word FROM ordered
    WHERE k <= 3 AND distance = best_distance AND matches * 2 >= best_matches
    ORDER BY n, k
  `.execute(db);
  const near = new Map<string, string[]>();
  for (const row of rows) {
    const word = words[row.n]?.word;
    if (word) near.set(word, [...(near.get(word) ?? []), row.word]);
  }
  return near;
}

/** The freshness of a search row `s` as SQL, relative to `today`. */
export function freshnessSql(today: string) {
  return sql<string>`CASE WHEN s.expires_on IS NULL THEN 'fresh' WHEN s.expires_on < ${today}::date THEN 'expired'
    WHEN s.expires_on <= ${today}::date + 30 THEN 'expiring' ELSE 'fresh' END`;
}

/** Facet names of the term kinds that are faceted; other linked terms (regions…) are not. */
export const termFacetKinds: Record<string, string> = {
  solution: 'solution',
  use_case: 'useCase',
  persona: 'persona',
};

export interface SearchScope {
  /** Statuses the caller may see. */
  statuses: readonly string[];
  /** Only assets with this visibility (outsider paths pass 'external'). */
  visibility?: 'external';
  today: string;
}

/** What decides which words a caller's typos may be corrected to: the assets they may see. */
export type LexiconScope = Pick<SearchScope, 'statuses' | 'visibility'>;

/** The rows of `asset_search s` the caller may see at all, before any filter of theirs. */
function scopeCondition(scope: LexiconScope) {
  const conditions: RawBuilder<unknown>[] = [sql`s.status = ANY(${sql.val([...scope.statuses])}::text[])`];
  if (scope.visibility) conditions.push(sql`s.visibility = ${scope.visibility}`);
  return sql.join(conditions, sql` AND `);
}

/** The text half of a search: a tsquery literal, parsed once per statement as a constant. */
export interface TextQuery {
  tsquery: string;
  /**
   * Some word was taken as known from the lexicon alone (`textQuery`'s `lexiconOnly`): a search
   * that finds nothing must resolve the words again with every check before it answers.
   */
  provisional?: boolean;
  /** Each word's stems (any of them matches it; as prefixes for a word still being typed), and whether every word must match or any. */
  words?: { stems: string[][]; prefix: boolean[]; match: 'all' | 'any' };
}

/** Resolves the search box into a tsquery (see resolveWords); undefined for an empty box. */
export async function textQuery(
  db: Db,
  query: AssetSearchQuery,
  scope: LexiconScope,
  options: { lexiconOnly?: boolean } = {},
): Promise<TextQuery | undefined> {
  if (!query.q) return undefined;
  const mode = query.match === 'any' ? 'any' : 'search';
  // Only when every word must match: a match of any word says nothing about the others.
  const lexiconOnly = Boolean(options.lexiconOnly) && query.match !== 'any';
  const { words, provisional } = await resolveWordsChecked(db, query.q, scope, { mode, lexiconOnly });
  const tsquery = buildTsQuery(words, query.match);
  return tsquery
    ? {
        tsquery,
        ...(provisional ? { provisional } : {}),
        words: {
          stems: words.map((word) => [
            ...new Set([word.stem, ...(word.prefix ? [word.word] : []), ...word.near]),
          ]),
          prefix: words.map((word) => word.prefix),
          match: query.match,
        },
      }
    : undefined;
}

/**
 * How many search rows the words are expected to match, from the statistics ANALYZE keeps of the
 * `words` column (the share of rows holding each of its most common lexemes, what the planner
 * estimates `@@` by): a word is as common as its stems together, all words as their product, any
 * as their sum; a prefix as the common lexemes it starts. A stem missing from the statistics counts
 * as rare. Only the choice of statement depends on it, never the answer. Read once a minute.
 */
export async function expectedMatches(db: Db, text: TextQuery): Promise<number> {
  if (!text.words) return 0;
  const stats = await lexemeStats(db);
  const { prefix } = text.words;
  const perWord = text.words.stems.map((stems, n) => {
    const lexemes = prefix[n]
      ? [...stats.shares.keys()].filter((lexeme) => stems.some((stem) => lexeme.startsWith(stem)))
      : stems;
    return Math.min(
      1,
      lexemes.reduce((sum, lexeme) => sum + (stats.shares.get(lexeme) ?? 0), 0),
    );
  });
  const combined =
    text.words.match === 'any'
      ? Math.min(
          1,
          perWord.reduce((sum, p) => sum + p, 0),
        )
      : perWord.reduce((product, p) => product * p, 1);
  return combined * stats.rows;
}

const lexemeStatsCache = new WeakMap<Db, { at: number; rows: number; shares: Map<string, number> }>();
const LEXEME_STATS_MS = 60_000;

async function lexemeStats(db: Db) {
  const cached = lexemeStatsCache.get(db);
  if (cached && Date.now() - cached.at < LEXEME_STATS_MS) return cached;
  const { rows } = await sql<{ rows: number; elems: string[] | null; freqs: number[] | null }>`
    SELECT greatest(c.reltuples, 0)::float8 AS rows, st.most_common_elems::text::text[] AS elems,
           st.most_common_elem_freqs::float8[] AS freqs
    FROM pg_class c
    LEFT JOIN pg_stats st ON st.schemaname = current_schema() AND st.tablename = 'asset_search' AND st.attname = 'words'
    WHERE c.oid = 'asset_search'::regclass`.execute(db);
  const row = rows[0];
  const shares = new Map<string, number>();
  // The frequencies have three more entries than the lexemes (minimum, maximum, empty share).
  for (const [index, elem] of (row?.elems ?? []).entries()) shares.set(elem, row?.freqs?.[index] ?? 0);
  const stats = { at: Date.now(), rows: row?.rows ?? 0, shares };
  lexemeStatsCache.set(db, stats);
  return stats;
}

const tsqueryOf = (text: TextQuery) => sql`${text.tsquery}::tsquery`;

/** The WHERE clause over `asset_search s` shared by the page of hits and the facet counts. */
function whereClause(query: AssetSearchQuery, scope: SearchScope, text: TextQuery | undefined) {
  const conditions: RawBuilder<unknown>[] = [scopeCondition(scope)];
  if (text) conditions.push(sql`s.words @@ ${tsqueryOf(text)}`);
  const anyOf = (column: string, values: string[], cast: string) =>
    sql`${sql.ref(column)} = ANY(${sql.val(values)}::${sql.raw(cast)})`;
  if (query.format.length) conditions.push(anyOf('s.format_id', query.format, 'uuid[]'));
  if (query.buyerStage.length) conditions.push(anyOf('s.buyer_stage_id', query.buyerStage, 'uuid[]'));
  if (query.owner.length) conditions.push(anyOf('s.owner_id', query.owner, 'uuid[]'));
  if (query.visibility.length) conditions.push(anyOf('s.visibility', query.visibility, 'text[]'));
  if (query.status.length) conditions.push(anyOf('s.status', query.status, 'text[]'));
  if (query.freshness.length)
    conditions.push(sql`${freshnessSql(scope.today)} = ANY(${sql.val(query.freshness)}::text[])`);
  // Any of the chosen values within a facet, every facet: the array overlaps each selection.
  for (const facet of ['solution', 'useCase', 'persona'] as const) {
    if (query[facet].length) conditions.push(sql`s.term_ids && ${sql.val(query[facet])}::uuid[]`);
  }
  if (query.list)
    conditions.push(
      sql`EXISTS (SELECT 1 FROM list_items li WHERE li.asset_id = s.asset_id AND li.list_id = ${query.list})`,
    );
  return sql.join(conditions, sql` AND `);
}

/**
 * Relevance: 0.5 for matching plus four times ts_rank over the title (weight A) and summary (B), so
 * a title hit outranks a summary hit outranks a body-only hit. Freshness adds up to 0.15, decaying
 * over a year since publishing, and use adds 0.04 per e-fold of views. All in float8: numeric
 * exp() and ln() cost more than the rest of the ranking together.
 */
function scoreSql(scope: SearchScope, text: TextQuery | undefined) {
  const freshness = sql`CASE WHEN s.published_on IS NULL THEN 0::float8
    ELSE 0.15::float8 * exp(-greatest(${scope.today}::date - s.published_on, 0) / 365::float8) END`;
  const usage = sql`0.04::float8 * ln(1 + s.view_count::float8)`;
  if (!text) return sql<number>`(${freshness} + ${usage})`;
  return sql<number>`(0.5::float8 + ts_rank(s.head, ${tsqueryOf(text)}) * 4 + ${freshness} + ${usage})`;
}

/**
 * Whether a search row `s` is retired: archived, or past its expiry date (the hourly job archives
 * those, but until it runs they are just as out of date).
 */
function retiredSql(today: string) {
  return sql<boolean>`(s.status = 'archived' OR coalesce(s.expires_on < ${today}::date, false))`;
}

/**
 * The order of hits by output columns of the page (bare) or of the row aliased `alias`. Whatever
 * the sort, current assets come first and retired ones (archived, expired) after them: an asset
 * archived this morning was just updated, but it is not what a search is looking for.
 */
function orderBy(sort: AssetSearchQuery['sort'], hasText: boolean, alias?: string) {
  const column = (name: string) => sql.ref(alias ? `${alias}.${name}` : name);
  return sql`${column('retired')}, ${sortKeys(sort, hasText, column)}`;
}

function sortKeys(
  sort: AssetSearchQuery['sort'],
  hasText: boolean,
  column: (name: string) => ReturnType<typeof sql.ref>,
) {
  switch (sort) {
    case 'newest':
      return sql`${column('published_on')} DESC NULLS LAST, ${column('created_at')} DESC, ${column('id')}`;
    case 'most_viewed':
      return sql`${column('view_count')} DESC, ${column('updated_at')} DESC, ${column('id')}`;
    case 'updated':
      return sql`${column('updated_at')} DESC, ${column('id')}`;
    default:
      return hasText
        ? sql`${column('score')} DESC, ${column('updated_at')} DESC, ${column('id')}`
        : sql`${column('updated_at')} DESC, ${column('id')}`;
  }
}

export interface HitRow {
  id: string;
  title: string;
  summary: string;
  format_id: string | null;
  owner_id: string | null;
  visibility: 'internal' | 'external';
  status: 'draft' | 'in_review' | 'published' | 'archived';
  freshness: 'fresh' | 'expiring' | 'expired';
  published_on: string | null;
  expires_on: string | null;
  view_count: number;
  updated_at: Date;
  score: number;
  headline: string;
}

/**
 * One page of matching assets, best first, with a highlighted headline for each. Ranking reads
 * only the narrow search rows; the asset rows (title, summary, body for the headline) are read for
 * the page alone.
 */
export async function searchPage(
  db: Db,
  query: AssetSearchQuery,
  scope: SearchScope,
  text: TextQuery | undefined,
): Promise<HitRow[]> {
  const headline = text
    ? sql`ts_headline('english', a.summary || ' … ' || left(a.body, 4000), ${tsqueryOf(text)},
        'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MaxWords=28, MinWords=10, FragmentDelimiter=" … "')`
    : sql`left(a.summary, 280)`;
  const { rows } = await sql<HitRow>`
    SELECT page.id, a.title, a.summary, page.format_id, page.owner_id, page.visibility, page.status, page.freshness,
           page.published_on, page.expires_on, a.view_count, page.updated_at, page.score, ${headline} AS headline
    FROM (
      SELECT s.asset_id AS id, s.format_id, s.owner_id, s.visibility, s.status, ${freshnessSql(scope.today)} AS freshness,
             s.published_on::text AS published_on, s.expires_on::text AS expires_on, s.view_count, s.created_at,
             s.updated_at, ${scoreSql(scope, text)}::float8 AS score, ${retiredSql(scope.today)} AS retired
      FROM asset_search s
      WHERE ${whereClause(query, scope, text)}
      ORDER BY ${orderBy(query.sort, Boolean(text))}
      LIMIT ${query.limit} OFFSET ${query.offset}
    ) page
    JOIN assets a ON a.id = page.id
    ORDER BY ${orderBy(query.sort, Boolean(text), 'page')}
  `.execute(db);
  return rows;
}

export interface FacetRow {
  facet: string;
  value: string;
  count: number;
}

/**
 * Facet counts are exact up to this many matching assets; beyond it they are estimates from a
 * sample of about this many of the matches (those whose random id sorts below a cut), scaled to the
 * total, and the answer says so (`exhaustive: false`). The total is always exact.
 */
export const FACET_BOUND = 2_000;

export interface SearchResult {
  hits: HitRow[];
  facets: FacetRow[];
  total: number;
  /** Whether the facet counts are exact (the matches were within FACET_BOUND) or estimates. */
  exhaustive: boolean;
}

/** The headline of a page row: ts_headline over the asset's summary and body, or its summary. */
function headlineSql(text: TextQuery | undefined) {
  return text
    ? sql`ts_headline('english', a.summary || ' … ' || left(a.body, 4000), ${tsqueryOf(text)},
        'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MaxWords=28, MinWords=10, FragmentDelimiter=" … "')`
    : sql`left(a.summary, 280)`;
}

/**
 * A page of hits, the exact total and the facet counts in one statement that reads the matching
 * search rows once (they used to be read twice, by a page query and a facet query). Which
 * statement depends on how many assets the words are expected to match (`expectedMatches`): up
 * to LARGE_MATCHES, `searchWide` keeps every match with its facet columns, so nothing is read
 * twice; beyond, `searchNarrow` keeps only what ranking needs and reads the rest back for the page
 * and the facets' sample. Both answer the same page, total and facets; only the cost differs.
 */
export async function searchWithFacets(
  db: Db,
  query: AssetSearchQuery,
  scope: SearchScope,
  text: TextQuery | undefined,
): Promise<SearchResult> {
  // A filter to retired assets leaves nothing to skip scoring, and is usually narrow: kept wide.
  // Estimated on the pool, before the transaction, so the statistics' cache (per pool) is hit.
  const expected = text === undefined ? Number.POSITIVE_INFINITY : await expectedMatches(db, text);
  const broad = text !== undefined && !findsOnlyRetired(query) && expected > LARGE_MATCHES;
  // A few thousand matches fit the default work_mem many times over: no transaction to raise it
  // (three round trips: begin, set, commit).
  if (!broad && expected <= SMALL_MATCHES) return searchWide(db, query, scope, text);
  const run = async (trx: Db) => {
    // The matches of a broad search stay in memory instead of a temp file.
    await sql`SET LOCAL work_mem = '32MB'`.execute(trx);
    return broad ? searchNarrow(trx, query, scope, text as TextQuery) : searchWide(trx, query, scope, text);
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

/**
 * Matches up to which a search runs without raising work_mem: kept with their facet columns they
 * take about 240 bytes each, 1.2 MB at this many, a third of PostgreSQL's default 4 MB.
 */
const SMALL_MATCHES = 5_000;

/** Matches beyond which a search keeps its matches narrow (see searchWithFacets). */
export const LARGE_MATCHES = 10_000;

/** Whether the query filters beyond the words and the caller's scope. */
function filtered(query: AssetSearchQuery) {
  return (
    query.format.length +
      query.buyerStage.length +
      query.owner.length +
      query.visibility.length +
      query.status.length +
      query.freshness.length +
      query.solution.length +
      query.useCase.length +
      query.persona.length >
      0 || Boolean(query.list)
  );
}

type JsonHit = Omit<HitRow, 'updated_at'> & { updated_at: string; position: number };

function resultOf(
  row: { total: number; sampled: number; hits: JsonHit[] | null; facets: FacetRow[] | null } | undefined,
): SearchResult {
  const total = row?.total ?? 0;
  const sampled = row?.sampled ?? 0;
  const exhaustive = sampled >= total;
  const scale = exhaustive ? 1 : total / sampled;
  return {
    total,
    exhaustive,
    hits: (row?.hits ?? []).map(({ position: _, ...hit }) => ({
      ...hit,
      updated_at: new Date(hit.updated_at),
    })),
    facets: (row?.facets ?? []).map((facet) => ({ ...facet, count: Math.round(facet.count * scale) })),
  };
}

/**
 * Whether a search ranks by score: relevance with a text. Every other order leaves the score to be
 * shown, so only the page's rows need one.
 */
function ranksByScore(query: AssetSearchQuery, text: TextQuery | undefined) {
  return Boolean(text) && query.sort === 'relevance';
}

/**
 * Whether the filters find only retired assets (archived, or past their expiry), whose scores then
 * decide the page: they are scored with the matches rather than afterwards.
 */
function findsOnlyRetired(query: AssetSearchQuery) {
  return (
    (query.status.length > 0 && query.status.every((status) => status === 'archived')) ||
    (query.freshness.length > 0 && query.freshness.every((freshness) => freshness === 'expired'))
  );
}

/** The facet counts of the CTE `sample` (its facet columns), one row per facet value. */
const facetRowsSql = sql`
      SELECT facet, value, count FROM (
        SELECT CASE WHEN grouping(format_id) = 0 THEN 'format' WHEN grouping(buyer_stage_id) = 0 THEN 'buyerStage'
                    WHEN grouping(owner_id) = 0 THEN 'owner' WHEN grouping(visibility) = 0 THEN 'visibility'
                    WHEN grouping(status) = 0 THEN 'status' ELSE 'freshness' END AS facet,
               coalesce(format_id::text, buyer_stage_id::text, owner_id::text, visibility, status, freshness) AS value,
               count(*)::int AS count
        FROM sample GROUP BY GROUPING SETS ((format_id), (buyer_stage_id), (owner_id), (visibility), (status), (freshness))
      ) single WHERE value IS NOT NULL
      UNION ALL
      SELECT 'term', term_id::text, count FROM (
        SELECT term_id, count(*)::int AS count FROM (SELECT unnest(term_ids) AS term_id FROM sample) linked GROUP BY term_id
      ) terms`;

/**
 * The statement for a broad search, expected to match more than LARGE_MATCHES assets, where the
 * cost is per match: each is kept as narrow as ranking needs (id, score, sort keys: about 50
 * bytes, a quarter of what `searchWide` keeps), the page ranked from them and the total counted;
 * the facet columns are read back only for the page and the facets' sample (by id, or, within the
 * bound and without filters, by reading the matches again).
 *
 * Scores are computed only where they can decide the page (ts_rank and the freshness and use
 * terms are most of the cost of a match): current assets always come before retired ones, so a
 * retired match is scored only when the current ones do not fill the page (then every retired
 * match is scored from its search row, read by id), and an order other than relevance scores only
 * the page's rows. The page and its order are those of scoring every match.
 */
export async function searchNarrow(
  db: Db,
  query: AssetSearchQuery,
  scope: SearchScope,
  text: TextQuery,
): Promise<SearchResult> {
  const liveViews = query.sort === 'most_viewed';
  const newest = query.sort === 'newest';
  const byScore = ranksByScore(query, text);
  const scoreAll = byScore && findsOnlyRetired(query);
  // The score of a match as the matches are found: every one, the current ones, or none yet.
  const foundScore = scoreAll
    ? sql`${scoreSql(scope, text)}::float8`
    : byScore
      ? sql`CASE WHEN ${retiredSql(scope.today)} THEN NULL ELSE ${scoreSql(scope, text)}::float8 END`
      : sql`NULL::float8`;
  // The search row of a match, read by its id: OFFSET 0 keeps it one index lookup per row (as a
  // join the planner may choose to scan every search row).
  const byId = (alias: string) =>
    sql`CROSS JOIN LATERAL (SELECT s.* FROM asset_search s WHERE s.asset_id = ${sql.ref(`${alias}.id`)} OFFSET 0) s`;
  const sortKeys = (alias: string) =>
    newest ? sql`, ${sql.ref(`${alias}.published_on`)}, ${sql.ref(`${alias}.created_at`)}` : sql``;
  const facetColumns = sql`s.format_id, s.buyer_stage_id, s.owner_id, s.visibility, s.status, s.term_ids,
    ${freshnessSql(scope.today)} AS freshness`;
  const { rows } = await sql<{
    total: number;
    sampled: number;
    hits: JsonHit[] | null;
    facets: FacetRow[] | null;
  }>`
    WITH m AS MATERIALIZED (
      SELECT s.asset_id AS id, ${foundScore} AS score, ${retiredSql(scope.today)} AS retired, s.updated_at ${sortKeys('s')}
      FROM asset_search s WHERE ${whereClause(query, scope, text)}
    ),
    counted AS (
      -- Beyond the bound, the sample is the matches whose id sorts below a cut: ids are random
      -- (v4), so that is an even sample unrelated to scan order, and a uuid compare costs nothing.
      SELECT total, CASE WHEN total > ${FACET_BOUND} THEN
               (lpad(to_hex(floor(4294967296::float8 * ${FACET_BOUND} / total)::bigint), 8, '0') || '-0000-0000-0000-000000000000')::uuid
             END AS cut,
             -- The current matches do not fill the page: the retired ones' scores decide the rest.
             ${byScore && !scoreAll ? sql`current < ${query.offset + query.limit}` : sql`false`} AS score_retired
      FROM (SELECT count(*)::int AS total, count(*) FILTER (WHERE NOT retired)::int AS current FROM m) c
    ),
    scored AS (
      SELECT m.* FROM m, counted WHERE m.score IS NOT NULL OR NOT counted.score_retired
      UNION ALL
      SELECT m.id, ${scoreSql(scope, text)}::float8, m.retired, m.updated_at ${sortKeys('m')}
      FROM (SELECT m.* FROM m, counted WHERE m.score IS NULL AND counted.score_retired) m ${byId('m')}
    ),
    sample AS MATERIALIZED (
      -- Within the bound every match, beyond it the sampled ids: one lookup each, or within the
      -- bound and without filters (the words alone found them), read again the way they were
      -- found, their pages just read. With filters that would read every page the words match.
      ${
        filtered(query)
          ? sql`SELECT ${facetColumns} FROM (SELECT m.id FROM m, counted WHERE counted.cut IS NULL OR m.id < counted.cut) m ${byId('m')}`
          : sql`SELECT ${facetColumns} FROM asset_search s, counted WHERE counted.cut IS NULL AND ${whereClause(query, scope, text)}
      UNION ALL
      SELECT ${facetColumns} FROM (SELECT m.id FROM m, counted WHERE m.id < counted.cut) m ${byId('m')}`
      }
    ),
    facet_rows AS (${facetRowsSql}),
    ranked AS (
      SELECT r.*
      FROM (SELECT m.* ${liveViews ? sql`, v.view_count FROM scored m JOIN assets v ON v.id = m.id` : sql`FROM scored m`}) r
      ORDER BY ${orderBy(query.sort, Boolean(text), 'r')}
      LIMIT ${query.limit} OFFSET ${query.offset}
    ),
    page AS (
      SELECT p.id, a.title, a.summary, s.format_id, s.owner_id, s.visibility, s.status, ${freshnessSql(scope.today)} AS freshness,
             s.published_on::text AS published_on, s.expires_on::text AS expires_on, a.view_count, p.updated_at,
             ${byScore ? sql`p.score` : sql`${scoreSql(scope, text)}::float8`} AS score, ${headlineSql(text)} AS headline,
             row_number() OVER (ORDER BY ${orderBy(query.sort, Boolean(text), 'p')}) AS position
      FROM ranked p ${byId('p')} JOIN assets a ON a.id = p.id
    )
    SELECT counted.total, (SELECT count(*)::int FROM sample) AS sampled,
           (SELECT json_agg(page ORDER BY position) FROM page) AS hits,
           (SELECT json_agg(facet_rows) FROM facet_rows) AS facets
    FROM counted
  `.execute(db);
  return resultOf(rows[0]);
}

/**
 * The statement for a search expected to match at most LARGE_MATCHES assets: each match is kept
 * with its facet columns and score (about 220 bytes), the page ranked from them, the total
 * counted, and the facets folded from them, or from a sample of about FACET_BOUND of them when
 * there are more. A most-viewed page sorts by the live view counts of the assets.
 */
export async function searchWide(
  db: Db,
  query: AssetSearchQuery,
  scope: SearchScope,
  text: TextQuery | undefined,
): Promise<SearchResult> {
  const liveViews = query.sort === 'most_viewed';
  const { rows } = await sql<{
    total: number;
    sampled: number;
    hits: JsonHit[] | null;
    facets: FacetRow[] | null;
  }>`
    WITH m AS MATERIALIZED (
      SELECT s.asset_id AS id, s.format_id, s.buyer_stage_id, s.owner_id, s.visibility, s.status, s.term_ids,
             ${freshnessSql(scope.today)} AS freshness, s.published_on, s.expires_on, s.created_at, s.updated_at,
             ${scoreSql(scope, text)}::float8 AS score, ${retiredSql(scope.today)} AS retired
      FROM asset_search s WHERE ${whereClause(query, scope, text)}
    ),
    counted AS (
      -- Beyond the bound, the sample is the matches whose id sorts below a cut: ids are random
      -- (v4), so that is an even sample unrelated to scan order, and a uuid compare costs nothing.
      SELECT total, CASE WHEN total > ${FACET_BOUND} THEN
               (lpad(to_hex(floor(4294967296::float8 * ${FACET_BOUND} / total)::bigint), 8, '0') || '-0000-0000-0000-000000000000')::uuid
             END AS cut
      FROM (SELECT count(*)::int AS total FROM m) c
    ),
    -- Read from the materialized matches by each of its readers (at most FACET_BOUND or so rows
    -- each): copying it into a set of its own cost more than reading it three times.
    sample AS NOT MATERIALIZED (SELECT m.* FROM m, counted WHERE counted.cut IS NULL OR m.id < counted.cut),
    facet_rows AS (${facetRowsSql}),
    ranked AS (
      SELECT r.id, r.format_id, r.owner_id, r.visibility, r.status, r.freshness, r.published_on::text AS published_on,
             r.expires_on::text AS expires_on, r.created_at, r.updated_at, r.score, r.retired
             ${liveViews ? sql`, r.view_count` : sql``}
      FROM (SELECT m.* ${liveViews ? sql`, v.view_count FROM m JOIN assets v ON v.id = m.id` : sql`FROM m`}) r
      ORDER BY ${orderBy(query.sort, Boolean(text), 'r')}
      LIMIT ${query.limit} OFFSET ${query.offset}
    ),
    page AS (
      SELECT p.id, a.title, a.summary, p.format_id, p.owner_id, p.visibility, p.status, p.freshness,
             p.published_on, p.expires_on, a.view_count, p.updated_at, p.score, ${headlineSql(text)} AS headline,
             row_number() OVER (ORDER BY ${orderBy(query.sort, Boolean(text), 'p')}) AS position
      FROM ranked p JOIN assets a ON a.id = p.id
    )
    SELECT counted.total, (SELECT count(*)::int FROM sample) AS sampled,
           (SELECT json_agg(page ORDER BY position) FROM page) AS hits,
           (SELECT json_agg(facet_rows) FROM facet_rows) AS facets
    FROM counted
  `.execute(db);
  return resultOf(rows[0]);
}

/** Splits a ts_headline result (chr(1)/chr(2) around matches) into plain and highlighted parts. */
export function snippetParts(headline: string): { text: string; highlight: boolean }[] {
  const parts: { text: string; highlight: boolean }[] = [];
  const markers = new RegExp(`[${String.fromCharCode(1)}${String.fromCharCode(2)}]`);
  for (const [index, chunk] of headline.split(markers).entries()) {
    if (chunk) parts.push({ text: chunk, highlight: index % 2 === 1 });
  }
  return parts;
}

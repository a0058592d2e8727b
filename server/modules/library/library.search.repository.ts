import { type RawBuilder, sql } from 'kysely';
import type { AssetSearchQuery } from '../../../shared/schemas/library.ts';
import type { Database } from '../../db/connect.ts';

type Db = Database['db'];

/** The words of a search box, lower-cased, at most twelve. */
export function queryWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
}

/** One word of the query as the library knows it: its stem, and near stems when it is unknown. */
export interface ResolvedWord {
  word: string;
  /** The stem full-text search compares (the word itself for a trailing stop word, e.g. "the" → "theme"). */
  stem: string;
  /** Up to three stems the library has that look most like this one (trigram similarity, within 0.1 of the best), when it has none itself. */
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
 * Typo tolerance: stems each query word with the English configuration, and for a word the library
 * has never used (no stem, or for the last word no stem it starts) looks up the three most similar
 * stems it has used (pg_trgm over search_words). One round trip for all words.
 */
export async function resolveWords(db: Db, text: string): Promise<ResolvedWord[]> {
  const words = queryWords(text);
  if (words.length === 0) return [];
  const { rows } = await sql<{ word: string; stem: string | null; prefix: boolean; near: string[] }>`
    SELECT word, stem, prefix,
      CASE WHEN stem IS NULL OR known THEN '{}'::text[]
           ELSE ARRAY(SELECT c.word FROM (
                  SELECT w.word, similarity(w.word, stem) AS score, max(similarity(w.word, stem)) OVER () AS best
                  FROM search_words w WHERE w.word % stem ORDER BY 2 DESC, 1 LIMIT 3) c
                WHERE c.score >= c.best - 0.1 ORDER BY c.score DESC, c.word) END AS near
    FROM (
      SELECT word, n, stem, prefix,
        CASE WHEN prefix THEN EXISTS (SELECT 1 FROM search_words w
                                      WHERE (w.word >= stem COLLATE "C" AND w.word < (stem || chr(1114111)) COLLATE "C")
                                         OR (w.word >= stemmed.word COLLATE "C" AND w.word < (stemmed.word || chr(1114111)) COLLATE "C"))
             ELSE EXISTS (SELECT 1 FROM search_words w WHERE w.word = stem COLLATE "C") END AS known
      FROM (
        SELECT q.word, q.n, q.n = ${words.length} AS prefix,
          coalesce((SELECT lexeme FROM unnest(to_tsvector('english', q.word)) LIMIT 1),
                   CASE WHEN q.n = ${words.length} THEN q.word END) AS stem
        FROM unnest(${sql.val(words)}::text[]) WITH ORDINALITY AS q(word, n)
      ) stemmed
    ) looked_up
    ORDER BY n
  `.execute(db);
  return rows.flatMap((row) =>
    row.stem ? [{ word: row.word, stem: row.stem, near: row.near, prefix: row.prefix }] : [],
  );
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

/** The text half of a search: a tsquery literal, parsed once per statement as a constant. */
export interface TextQuery {
  tsquery: string;
}

/** Resolves the search box into a tsquery (see resolveWords); undefined for an empty box. */
export async function textQuery(db: Db, query: AssetSearchQuery): Promise<TextQuery | undefined> {
  if (!query.q) return undefined;
  const tsquery = buildTsQuery(await resolveWords(db, query.q), query.match);
  return tsquery ? { tsquery } : undefined;
}

const tsqueryOf = (text: TextQuery) => sql`${text.tsquery}::tsquery`;

/** The WHERE clause over `asset_search s` shared by the page of hits and the facet counts. */
function whereClause(query: AssetSearchQuery, scope: SearchScope, text: TextQuery | undefined) {
  const conditions: RawBuilder<unknown>[] = [sql`s.status = ANY(${sql.val([...scope.statuses])}::text[])`];
  if (scope.visibility) conditions.push(sql`s.visibility = ${scope.visibility}`);
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
           page.published_on, page.expires_on, page.view_count, page.updated_at, page.score, ${headline} AS headline
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
 * Live counts of every facet value over the assets that match the query and filters. The matching
 * search rows are first folded into their distinct combinations of facet values (far fewer than
 * the rows when a search is broad), and each facet sums those. Linked terms come back as facet
 * 'term'; the presenter sorts them into solution, use case and persona.
 */
export async function facetCounts(
  db: Db,
  query: AssetSearchQuery,
  scope: SearchScope,
  text: TextQuery | undefined,
): Promise<FacetRow[]> {
  const { rows } = await sql<FacetRow>`
    WITH m AS MATERIALIZED (
      SELECT s.format_id, s.buyer_stage_id, s.owner_id, s.visibility, s.status, s.term_ids,
             ${freshnessSql(scope.today)} AS freshness, count(*)::int AS n
      FROM asset_search s WHERE ${whereClause(query, scope, text)}
      GROUP BY 1, 2, 3, 4, 5, 6, 7
    )
    SELECT facet, value, count FROM (
      SELECT CASE WHEN grouping(format_id) = 0 THEN 'format' WHEN grouping(buyer_stage_id) = 0 THEN 'buyerStage'
                  WHEN grouping(owner_id) = 0 THEN 'owner' WHEN grouping(visibility) = 0 THEN 'visibility'
                  WHEN grouping(status) = 0 THEN 'status' ELSE 'freshness' END AS facet,
             coalesce(format_id::text, buyer_stage_id::text, owner_id::text, visibility, status, freshness) AS value,
             sum(n)::int AS count
      FROM m GROUP BY GROUPING SETS ((format_id), (buyer_stage_id), (owner_id), (visibility), (status), (freshness))
    ) single WHERE value IS NOT NULL
    UNION ALL
    SELECT 'term', term_id::text, count FROM (
      SELECT term_id, sum(n)::int AS count FROM (SELECT unnest(term_ids) AS term_id, n FROM m) linked GROUP BY term_id
    ) terms
  `.execute(db);
  return rows;
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

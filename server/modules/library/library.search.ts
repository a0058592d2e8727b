import { type RawBuilder, sql } from 'kysely';
import type { AssetSearchQuery } from '../../../shared/schemas/library.ts';
import type { Database } from '../../db/connect.ts';

type Db = Database['db'];

/** Words of the query as a prefix tsquery: every word must match, the last may be unfinished. */
export function prefixTsQuery(text: string, match: 'all' | 'any' = 'all'): string | undefined {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  if (words.length === 0) return undefined;
  return words
    .map((word, index) => (index === words.length - 1 ? `${word}:*` : word))
    .join(match === 'any' ? ' | ' : ' & ');
}

/** The freshness of a row aliased `alias` as SQL, relative to `today`. */
export function freshnessSql(today: string, alias = 'a') {
  const expires = sql.ref(`${alias}.expires_on`);
  return sql<string>`CASE WHEN ${expires} IS NULL THEN 'fresh' WHEN ${expires} < ${today}::date THEN 'expired'
    WHEN ${expires} <= ${today}::date + 30 THEN 'expiring' ELSE 'fresh' END`;
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

/**
 * The text half of a search, parsed once per statement: `to_tsquery` is only stable, so written
 * inline PostgreSQL would parse it again for every row it ranks. A scalar subquery becomes an
 * init plan, evaluated once and usable as an index condition.
 */
interface TextQuery {
  tsquery: RawBuilder<unknown>;
  raw: string;
}

function textQuery(query: AssetSearchQuery): TextQuery | undefined {
  const parsed = query.q ? prefixTsQuery(query.q, query.match) : undefined;
  if (!parsed || !query.q) return undefined;
  return { tsquery: sql`(SELECT to_tsquery('english', ${parsed}))`, raw: query.q };
}

/**
 * The WHERE clause over `asset_search s` shared by the page of hits and the facet counts. Words
 * and title typos are one OR over two indexed conditions on the same table, which PostgreSQL
 * answers with a BitmapOr of the two GIN indexes.
 */
function whereClause(query: AssetSearchQuery, scope: SearchScope, text: TextQuery | undefined) {
  const conditions: RawBuilder<unknown>[] = [sql`s.status = ANY(${sql.val([...scope.statuses])}::text[])`];
  if (scope.visibility) conditions.push(sql`s.visibility = ${scope.visibility}`);
  if (text) conditions.push(sql`(s.words @@ ${text.tsquery} OR s.title %> ${text.raw})`);
  const anyOf = (column: string, values: string[], cast: string) =>
    sql`${sql.ref(column)} = ANY(${sql.val(values)}::${sql.raw(cast)})`;
  if (query.format.length) conditions.push(anyOf('s.format_id', query.format, 'uuid[]'));
  if (query.buyerStage.length) conditions.push(anyOf('s.buyer_stage_id', query.buyerStage, 'uuid[]'));
  if (query.owner.length) conditions.push(anyOf('s.owner_id', query.owner, 'uuid[]'));
  if (query.visibility.length) conditions.push(anyOf('s.visibility', query.visibility, 'text[]'));
  if (query.status.length) conditions.push(anyOf('s.status', query.status, 'text[]'));
  if (query.freshness.length)
    conditions.push(sql`${freshnessSql(scope.today, 's')} = ANY(${sql.val(query.freshness)}::text[])`);
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
 * Relevance: a word match scores 0.5 plus four times ts_rank over the title (weight A) and summary
 * (B), so a title hit outranks a summary hit outranks a body-only hit; a row found only through a
 * title typo scores its word similarity (0.45–1). Freshness adds up to 0.15, decaying over a year
 * since publishing, and use adds 0.04 per e-fold of views.
 */
function scoreSql(scope: SearchScope, text: TextQuery | undefined) {
  const freshness = sql`CASE WHEN s.published_on IS NULL THEN 0
    ELSE 0.15 * exp(-greatest(${scope.today}::date - s.published_on, 0) / 365.0) END`;
  const usage = sql`0.04 * ln(1 + s.view_count)`;
  if (!text) return sql<number>`(${freshness} + ${usage})`;
  return sql<number>`(CASE WHEN s.words @@ ${text.tsquery} THEN 0.5 + ts_rank(s.head, ${text.tsquery}) * 4
      ELSE word_similarity(${text.raw}, s.title) END + ${freshness} + ${usage})`;
}

/** The order of hits by output columns of the page (bare) or of the row aliased `alias`. */
function orderBy(sort: AssetSearchQuery['sort'], hasText: boolean, alias?: string) {
  const column = (name: string) => sql.ref(alias ? `${alias}.${name}` : name);
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
export async function searchPage(db: Db, query: AssetSearchQuery, scope: SearchScope): Promise<HitRow[]> {
  const text = textQuery(query);
  const headline = text
    ? sql`ts_headline('english', a.summary || ' … ' || left(a.body, 4000), ${text.tsquery},
        'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MaxWords=28, MinWords=10, FragmentDelimiter=" … "')`
    : sql`left(a.summary, 280)`;
  const { rows } = await sql<HitRow>`
    SELECT page.id, a.title, a.summary, page.format_id, page.owner_id, page.visibility, page.status, page.freshness,
           page.published_on, page.expires_on, page.view_count, page.updated_at, page.score, ${headline} AS headline
    FROM (
      SELECT s.asset_id AS id, s.format_id, s.owner_id, s.visibility, s.status, ${freshnessSql(scope.today, 's')} AS freshness,
             s.published_on::text AS published_on, s.expires_on::text AS expires_on, s.view_count, s.created_at,
             s.updated_at, ${scoreSql(scope, text)}::float8 AS score
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
 * Live counts of every facet value over the assets that match the query and filters, from one
 * read of the matching search rows. Linked terms come back as facet 'term'; the presenter sorts
 * them into solution, use case and persona.
 */
export async function facetCounts(db: Db, query: AssetSearchQuery, scope: SearchScope): Promise<FacetRow[]> {
  const text = textQuery(query);
  const { rows } = await sql<FacetRow>`
    WITH m AS MATERIALIZED (
      SELECT s.format_id, s.buyer_stage_id, s.owner_id, s.visibility, s.status, s.term_ids,
             ${freshnessSql(scope.today, 's')} AS freshness
      FROM asset_search s WHERE ${whereClause(query, scope, text)}
    )
    SELECT facet, value, count FROM (
      SELECT CASE WHEN grouping(format_id) = 0 THEN 'format' WHEN grouping(buyer_stage_id) = 0 THEN 'buyerStage'
                  WHEN grouping(owner_id) = 0 THEN 'owner' WHEN grouping(visibility) = 0 THEN 'visibility'
                  WHEN grouping(status) = 0 THEN 'status' ELSE 'freshness' END AS facet,
             coalesce(format_id::text, buyer_stage_id::text, owner_id::text, visibility, status, freshness) AS value,
             count(*)::int AS count
      FROM m GROUP BY GROUPING SETS ((format_id), (buyer_stage_id), (owner_id), (visibility), (status), (freshness))
    ) single WHERE value IS NOT NULL
    UNION ALL SELECT 'term', term_id::text, count(*)::int FROM (SELECT unnest(term_ids) AS term_id FROM m) linked GROUP BY 2
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

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

/** The freshness of an asset row as SQL, relative to `today`. */
export function freshnessSql(today: string) {
  return sql<string>`CASE WHEN a.expires_on IS NULL THEN 'fresh' WHEN a.expires_on < ${today}::date THEN 'expired'
    WHEN a.expires_on <= ${today}::date + 30 THEN 'expiring' ELSE 'fresh' END`;
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

/** The WHERE clause shared by the page of hits and the facet counts. */
function whereClause(query: AssetSearchQuery, scope: SearchScope, tsquery: string | undefined) {
  const conditions: RawBuilder<unknown>[] = [sql`a.status = ANY(${sql.val([...scope.statuses])}::text[])`];
  if (scope.visibility) conditions.push(sql`a.visibility = ${scope.visibility}`);
  if (tsquery && query.q) {
    // Two single-index lookups instead of one OR, which the planner would answer with a full scan.
    conditions.push(sql`a.id IN (SELECT id FROM assets WHERE search @@ to_tsquery('english', ${tsquery})
      UNION SELECT id FROM assets WHERE title %> ${query.q})`);
  }
  const anyOf = (column: string, values: string[], cast: string) =>
    sql`${sql.ref(column)} = ANY(${sql.val(values)}::${sql.raw(cast)})`;
  if (query.format.length) conditions.push(anyOf('a.format_id', query.format, 'uuid[]'));
  if (query.buyerStage.length) conditions.push(anyOf('a.buyer_stage_id', query.buyerStage, 'uuid[]'));
  if (query.owner.length) conditions.push(anyOf('a.owner_id', query.owner, 'uuid[]'));
  if (query.visibility.length) conditions.push(anyOf('a.visibility', query.visibility, 'text[]'));
  if (query.status.length) conditions.push(anyOf('a.status', query.status, 'text[]'));
  if (query.freshness.length)
    conditions.push(sql`${freshnessSql(scope.today)} = ANY(${sql.val(query.freshness)}::text[])`);
  for (const facet of ['solution', 'useCase', 'persona'] as const) {
    if (query[facet].length) {
      conditions.push(
        sql`EXISTS (SELECT 1 FROM asset_terms t WHERE t.asset_id = a.id AND t.term_id = ANY(${sql.val(query[facet])}::uuid[]))`,
      );
    }
  }
  if (query.list)
    conditions.push(
      sql`EXISTS (SELECT 1 FROM list_items li WHERE li.asset_id = a.id AND li.list_id = ${query.list})`,
    );
  return sql.join(conditions, sql` AND `);
}

function scoreSql(query: AssetSearchQuery, scope: SearchScope, tsquery: string | undefined) {
  const freshness = sql`CASE WHEN a.published_on IS NULL THEN 0
    ELSE 0.15 * exp(-greatest(${scope.today}::date - a.published_on, 0) / 365.0) END`;
  const usage = sql`0.04 * ln(1 + a.view_count)`;
  if (!tsquery || !query.q) return sql<number>`(${freshness} + ${usage})`;
  // Title similarity only matters for rows the full-text query missed (typos); computing it for
  // every full-text match would cost more than the rest of the ranking together.
  return sql<number>`(CASE WHEN a.search @@ to_tsquery('english', ${tsquery})
      THEN 0.5 + ts_rank(a.search, to_tsquery('english', ${tsquery})) * 4
      ELSE word_similarity(${query.q}, a.title) END + ${freshness} + ${usage})`;
}

function orderBy(sort: AssetSearchQuery['sort'], hasText: boolean) {
  switch (sort) {
    case 'newest':
      return sql`a.published_on DESC NULLS LAST, a.created_at DESC`;
    case 'most_viewed':
      return sql`a.view_count DESC, a.updated_at DESC`;
    case 'updated':
      return sql`a.updated_at DESC`;
    default:
      return hasText ? sql`score DESC, a.updated_at DESC` : sql`a.updated_at DESC`;
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

/** One page of matching assets, best first, with a highlighted headline for each. */
export async function searchPage(db: Db, query: AssetSearchQuery, scope: SearchScope): Promise<HitRow[]> {
  const tsquery = query.q ? prefixTsQuery(query.q, query.match) : undefined;
  const headline = tsquery
    ? sql`ts_headline('english', page.summary || ' … ' || left(page.body, 4000), to_tsquery('english', ${tsquery}),
        'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MaxWords=28, MinWords=10, FragmentDelimiter=" … "')`
    : sql`left(page.summary, 280)`;
  const { rows } = await sql<HitRow>`
    SELECT page.id, page.title, page.summary, page.format_id, page.owner_id, page.visibility, page.status, page.freshness,
           page.published_on, page.expires_on, page.view_count, page.updated_at, page.score, ${headline} AS headline
    FROM (
      SELECT a.id, a.title, a.summary, a.body, a.format_id, a.owner_id, a.visibility, a.status,
             ${freshnessSql(scope.today)} AS freshness, a.published_on::text AS published_on, a.expires_on::text AS expires_on,
             a.view_count, a.updated_at, ${scoreSql(query, scope, tsquery)}::float8 AS score
      FROM assets a
      WHERE ${whereClause(query, scope, tsquery)}
      ORDER BY ${orderBy(query.sort, Boolean(tsquery))}
      LIMIT ${query.limit} OFFSET ${query.offset}
    ) page
  `.execute(db);
  return rows;
}

export interface FacetRow {
  facet: string;
  value: string;
  count: number;
}

/**
 * Live counts of every facet value over the assets that match the query and filters. Linked terms
 * come back as facet 'term'; the presenter sorts them into solution, use case and persona.
 */
export async function facetCounts(db: Db, query: AssetSearchQuery, scope: SearchScope): Promise<FacetRow[]> {
  const tsquery = query.q ? prefixTsQuery(query.q, query.match) : undefined;
  const { rows } = await sql<FacetRow>`
    WITH m AS MATERIALIZED (
      SELECT a.id, a.format_id, a.buyer_stage_id, a.owner_id, a.visibility, a.status, ${freshnessSql(scope.today)} AS freshness
      FROM assets a WHERE ${whereClause(query, scope, tsquery)}
    )
    SELECT facet, value, count FROM (
      SELECT CASE WHEN grouping(format_id) = 0 THEN 'format' WHEN grouping(buyer_stage_id) = 0 THEN 'buyerStage'
                  WHEN grouping(owner_id) = 0 THEN 'owner' WHEN grouping(visibility) = 0 THEN 'visibility'
                  WHEN grouping(status) = 0 THEN 'status' ELSE 'freshness' END AS facet,
             coalesce(format_id::text, buyer_stage_id::text, owner_id::text, visibility, status, freshness) AS value,
             count(*)::int AS count
      FROM m GROUP BY GROUPING SETS ((format_id), (buyer_stage_id), (owner_id), (visibility), (status), (freshness))
    ) single WHERE value IS NOT NULL
    UNION ALL SELECT 'term', at.term_id::text, count(*)::int FROM m JOIN asset_terms at ON at.asset_id = m.id GROUP BY 2
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

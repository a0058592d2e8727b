import {
  assetFieldLabel,
  assetStatusLabels,
  assetWarnings,
  embedFor,
  freshnessLabels,
  freshnessOf,
} from '../../../shared/library.ts';
import { assetActions, type PolicyPrincipal } from '../../../shared/policies.ts';
import type { Asset, AssetHit, AssetList, FacetValue } from '../../../shared/schemas/library.ts';
import { type FacetName, facetLabels, facetNames } from '../../../shared/schemas/library.ts';
import type { AssetRow, TermRow } from '../../db/schema.ts';
import { renderMarkdown } from '../../markdown.ts';
import type { ListWithCount } from './library.repository.ts';
import type { FacetRow, HitRow } from './library.search.repository.ts';
import { snippetParts, termFacetKinds } from './library.search.repository.ts';

/** Names the presenters need: every term, and the people and lists the rows mention. */
export interface Lookups {
  terms: Map<string, TermRow>;
  users: Map<string, string>;
}

type Relations = {
  terms: { asset_id: string; term_id: string }[];
  contributors: { asset_id: string; id: string; name: string }[];
  lists: { asset_id: string; id: string; name: string }[];
};

const ref = (id: string | null, names: Map<string, string>) =>
  id ? { id, name: names.get(id) ?? 'Unknown' } : null;

export function presentAsset(
  row: AssetRow,
  relations: Relations,
  lookups: Lookups,
  today: string,
  actor: PolicyPrincipal,
): Asset {
  const termName = new Map([...lookups.terms].map(([id, term]) => [id, term.name]));
  const linked = relations.terms
    .filter((link) => link.asset_id === row.id)
    .map((link) => lookups.terms.get(link.term_id));
  const ofKind = (kind: string) =>
    linked
      .filter((term): term is TermRow => term?.kind === kind)
      .map((term) => ({ id: term.id, name: term.name }));
  const format = row.format_id ? lookups.terms.get(row.format_id) : undefined;
  const video = row.links.find((link) => link.kind === 'video')?.url;
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    body: row.body,
    bodyHtml: renderMarkdown(row.body),
    format: format ? { id: format.id, name: format.name, key: format.key } : null,
    deliverableType: ref(row.deliverable_type_id, termName),
    buyerStage: ref(row.buyer_stage_id, termName),
    solutions: ofKind('solution'),
    useCases: ofKind('use_case'),
    personas: ofKind('persona'),
    regions: ofKind('region'),
    segments: ofKind('segment'),
    industries: ofKind('industry'),
    valueDrivers: ofKind('value_driver'),
    owner: ref(row.owner_id, lookups.users),
    contributors: relations.contributors
      .filter((c) => c.asset_id === row.id)
      .map(({ id, name }) => ({ id, name })),
    primaryUrl: row.primary_url,
    links: row.links,
    embed: embedFor(video ?? row.primary_url) ?? null,
    durationMinutes: row.duration_minutes,
    slideCount: row.slide_count,
    wordCount: row.word_count,
    stepCount: row.step_count,
    keyTakeaway: row.key_takeaway,
    safeToShare: row.safe_to_share,
    visibility: row.visibility,
    status: row.status,
    freshness: freshnessOf(row.expires_on, today),
    publishedOn: row.published_on,
    expiresOn: row.expires_on,
    lastVerifiedOn: row.last_verified_on,
    tags: row.tags,
    lists: relations.lists.filter((l) => l.asset_id === row.id).map(({ id, name }) => ({ id, name })),
    externalKey: row.external_key,
    viewCount: row.view_count,
    version: row.edit_version,
    historyVersion: row.version,
    warnings: assetWarnings({
      formatKey: format?.key,
      slideCount: row.slide_count,
      stepCount: row.step_count,
      visibility: row.visibility,
      safeToShare: row.safe_to_share,
      keyTakeaway: row.key_takeaway,
    }),
    allowedActions: assetActions(actor, { status: row.status, ownerId: row.owner_id }),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentHit(row: HitRow, lookups: Lookups, actor: PolicyPrincipal): AssetHit {
  const format = row.format_id ? lookups.terms.get(row.format_id) : undefined;
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    snippet: snippetParts(row.headline),
    format: format ? { id: format.id, name: format.name } : null,
    owner: ref(row.owner_id, lookups.users),
    visibility: row.visibility,
    status: row.status,
    freshness: row.freshness,
    publishedOn: row.published_on,
    expiresOn: row.expires_on,
    viewCount: row.view_count,
    updatedAt: new Date(row.updated_at).toISOString(),
    score: Math.round(row.score * 1000) / 1000,
    allowedActions: assetActions(actor, { status: row.status, ownerId: row.owner_id }),
  };
}

const fixedLabels: Record<string, Record<string, string>> = {
  visibility: { internal: 'Internal', external: 'External' },
  status: assetStatusLabels,
  freshness: freshnessLabels,
};

/** The label of one facet value: a fixed word, a term's or a user's name. */
function facetLabel(facet: string, value: string, lookups: Lookups): string | undefined {
  return fixedLabels[facet]?.[value] ?? lookups.terms.get(value)?.name ?? lookups.users.get(value);
}

/**
 * Facet values with labels, most frequent first; every facet is present, even when empty. A value
 * the search filters on stays listed (count 0, after the others) when nothing matches it any more,
 * named like any other, so the filter can be seen and taken off; one that names nothing the
 * workspace has (a deleted term, a mistyped link) is called "Unknown …" rather than shown as an id.
 */
export function presentFacets(
  rows: FacetRow[],
  lookups: Lookups,
  selected: Partial<Record<FacetName, readonly string[]>> = {},
): Record<string, FacetValue[]> {
  const facets: Record<string, FacetValue[]> = Object.fromEntries(facetNames.map((name) => [name, []]));
  for (const row of rows) {
    if (row.facet === 'term') {
      const term = lookups.terms.get(row.value);
      const facet = term ? termFacetKinds[term.kind] : undefined;
      if (term && facet) facets[facet]?.push({ value: term.id, label: term.name, count: Number(row.count) });
      continue;
    }
    const label = facetLabel(row.facet, row.value, lookups) ?? row.value;
    facets[row.facet]?.push({ value: row.value, label, count: Number(row.count) });
  }
  for (const values of Object.values(facets))
    values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  for (const facet of facetNames) {
    const values = facets[facet] ?? [];
    for (const value of selected[facet] ?? []) {
      if (values.some((listed) => listed.value === value)) continue;
      const label = facetLabel(facet, value, lookups) ?? `Unknown ${facetLabels[facet].toLowerCase()}`;
      values.push({ value, label, count: 0 });
    }
  }
  return facets;
}

export function presentList(row: ListWithCount): AssetList {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    owner: row.owner_id ? { id: row.owner_id, name: row.owner_name ?? 'Unknown' } : null,
    assetCount: Number(row.asset_count ?? 0),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** One entry of an asset's history: who changed which fields, when. */
export function presentVersion(v: {
  version: number;
  changes: string[];
  note: string;
  actor_id: string | null;
  actor_name: string | null;
  created_at: Date;
}) {
  return {
    version: v.version,
    changes: v.changes,
    note: v.note,
    actor: v.actor_id ? { id: v.actor_id, name: v.actor_name ?? 'Unknown' } : null,
    createdAt: v.created_at.toISOString(),
  };
}

/** One value of an asset's state in words: names for ids, Yes/No, "—" for nothing. */
function stateValueText(value: unknown, names: Map<string, string>): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value
      .map((item) =>
        typeof item === 'object' && item !== null
          ? [(item as { label?: string }).label, (item as { url?: string }).url].filter(Boolean).join(' ')
          : stateValueText(item, names),
      )
      .join(', ');
  }
  if (typeof value === 'string') {
    const named = names.get(value) ?? value;
    return named.length > 400 ? `${named.slice(0, 400)}…` : named;
  }
  return String(value);
}

/** What a restore would change, field by field, in words. */
export function presentVersionDiff(diff: {
  version: number;
  changes: { field: string; current: unknown; restored: unknown }[];
  names: Map<string, string>;
}) {
  return {
    version: diff.version,
    changes: diff.changes.map((change) => ({
      field: change.field,
      label: assetFieldLabel(change.field),
      current:
        change.field === 'status' ? statusText(change.current) : stateValueText(change.current, diff.names),
      restored:
        change.field === 'status' ? statusText(change.restored) : stateValueText(change.restored, diff.names),
    })),
  };
}

function statusText(value: unknown): string {
  return assetStatusLabels[value as keyof typeof assetStatusLabels] ?? String(value ?? '—');
}

/**
 * Library rules shared by the server (returned with every asset) and the editor (shown while
 * typing). Pure functions, no I/O.
 */

export const assetStatuses = ['draft', 'in_review', 'published', 'archived'] as const;
export type AssetStatus = (typeof assetStatuses)[number];
export const assetStatusLabels: Record<AssetStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  published: 'Published',
  archived: 'Archived',
};

export const visibilities = ['internal', 'external'] as const;
export type Visibility = (typeof visibilities)[number];

export const freshnessStates = ['fresh', 'expiring', 'expired'] as const;
export type Freshness = (typeof freshnessStates)[number];
export const freshnessLabels: Record<Freshness, string> = {
  fresh: 'Fresh',
  expiring: 'Expiring within 30 days',
  expired: 'Expired',
};

export const linkKinds = ['video', 'slides', 'repository', 'docs', 'landing_page', 'other'] as const;
export type LinkKind = (typeof linkKinds)[number];

/** The stable key of a built-in term, derived from its original name. */
export function termKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** Format keys the rules know about. */
export const formatKeys = {
  demoVideo: 'demo_video',
  clickThroughDemo: 'click_through_demo',
  lightningTalk: 'lightning_talk',
} as const;

export interface RuleInput {
  formatKey?: string | null;
  slideCount?: number | null;
  stepCount?: number | null;
  visibility: Visibility;
  safeToShare: boolean;
  keyTakeaway?: string | null;
}

export interface AssetWarning {
  field: string;
  message: string;
}

/** The team's format rules: warnings at edit time, never silent acceptance. */
export function assetWarnings(asset: RuleInput): AssetWarning[] {
  const warnings: AssetWarning[] = [];
  if (asset.formatKey === formatKeys.lightningTalk && (asset.slideCount ?? 0) > 5) {
    warnings.push({
      field: 'slideCount',
      message: `A lightning talk has at most 5 slides; this one has ${asset.slideCount}.`,
    });
  }
  if (asset.formatKey === formatKeys.clickThroughDemo) {
    const steps = asset.stepCount ?? 0;
    if (steps < 8 || steps > 12) {
      warnings.push({
        field: 'stepCount',
        message: `A click-through demo has 8–12 steps; this one has ${steps || 'none set'}.`,
      });
    }
  }
  if (asset.visibility === 'external' && !asset.safeToShare) {
    warnings.push({
      field: 'safeToShare',
      message: 'External assets must be confirmed safe to share publicly.',
    });
  }
  if (asset.formatKey === formatKeys.demoVideo && !asset.keyTakeaway?.trim()) {
    warnings.push({
      field: 'keyTakeaway',
      message: 'A demo video needs one key takeaway: what is shown and why it matters.',
    });
  }
  return warnings;
}

/** Fresh, expiring within 30 days, or expired, as of `today` (YYYY-MM-DD). */
export function freshnessOf(expiresOn: string | null, today: string): Freshness {
  if (!expiresOn) return 'fresh';
  if (expiresOn < today) return 'expired';
  return expiresOn <= addDays(today, 30) ? 'expiring' : 'fresh';
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export type Embed = { kind: 'youtube' | 'vimeo'; src: string } | { kind: 'image'; src: string };

/** An embeddable player or image for a link, or undefined. Only known hosts are embedded. */
export function embedFor(url: string | null | undefined): Embed | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const host = parsed.hostname.replace(/^www\./, '');
  const youtubeId =
    host === 'youtu.be'
      ? parsed.pathname.slice(1)
      : host === 'youtube.com' || host === 'm.youtube.com'
        ? (parsed.searchParams.get('v') ?? parsed.pathname.match(/^\/(?:embed|shorts)\/([\w-]+)/)?.[1])
        : undefined;
  if (youtubeId && /^[\w-]{6,20}$/.test(youtubeId))
    return { kind: 'youtube', src: `https://www.youtube-nocookie.com/embed/${youtubeId}` };
  const vimeoId = host === 'vimeo.com' ? parsed.pathname.match(/^\/(\d+)/)?.[1] : undefined;
  if (vimeoId) return { kind: 'vimeo', src: `https://player.vimeo.com/video/${vimeoId}` };
  if (/\.(png|jpe?g|gif|webp|svg)$/i.test(parsed.pathname)) return { kind: 'image', src: parsed.toString() };
  return undefined;
}

/**
 * Date rules of an asset, field by field: it cannot expire before it was published, and it cannot
 * have been verified in the future.
 */
export function assetDateProblems(asset: {
  publishedOn: string | null;
  expiresOn: string | null;
  lastVerifiedOn: string | null;
  today: string;
}): Record<string, string> {
  const problems: Record<string, string> = {};
  if (asset.publishedOn && asset.expiresOn && asset.expiresOn < asset.publishedOn)
    problems.expiresOn = `cannot be before the publish date (${asset.publishedOn})`;
  if (asset.lastVerifiedOn && asset.lastVerifiedOn > asset.today)
    problems.lastVerifiedOn = `cannot be in the future (today is ${asset.today})`;
  return problems;
}
/** The facets a library search counts, in the order the filter panel shows them. */
export const facetNames = [
  'format',
  'solution',
  'useCase',
  'persona',
  'buyerStage',
  'owner',
  'visibility',
  'status',
  'freshness',
] as const;
export type FacetName = (typeof facetNames)[number];
export const facetLabels: Record<FacetName, string> = {
  format: 'Format',
  solution: 'Solution',
  useCase: 'Use case',
  persona: 'Persona',
  buyerStage: 'Buyer stage',
  owner: 'Owner',
  visibility: 'Visibility',
  status: 'Status',
  freshness: 'Freshness',
};

/** The editor's name for each field of an asset's state, for history lines and restore diffs. */
export const assetFieldLabels: Record<string, string> = {
  title: 'Title',
  summary: 'Summary',
  body: 'Body',
  formatId: 'Format',
  deliverableTypeId: 'Deliverable type',
  buyerStageId: 'Buyer stage',
  solutionIds: 'Solutions',
  useCaseIds: 'Use cases',
  personaIds: 'Personas',
  regionIds: 'Regions',
  segmentIds: 'Segments',
  industryIds: 'Industries',
  valueDriverIds: 'Value drivers',
  ownerId: 'Owner',
  contributorIds: 'Contributors',
  primaryUrl: 'Primary link',
  links: 'Further links',
  durationMinutes: 'Duration (minutes)',
  slideCount: 'Slides',
  wordCount: 'Words',
  stepCount: 'Steps',
  keyTakeaway: 'Key takeaway',
  safeToShare: 'Safe to share',
  visibility: 'Visibility',
  status: 'Status',
  publishedOn: 'Published',
  expiresOn: 'Expires',
  lastVerifiedOn: 'Last verified',
  tags: 'Tags',
  listIds: 'Lists',
  externalKey: 'External key',
};

/** A field named in words: "keyTakeaway" → "Key takeaway" (unknown keys are shown as they are). */
export function assetFieldLabel(field: string): string {
  return assetFieldLabels[field] ?? field;
}

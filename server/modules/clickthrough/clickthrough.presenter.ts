import type { BuilderStepFacts } from '../../../shared/clickthrough.ts';
import type { BuilderStep } from '../../../shared/schemas/clickthrough.ts';
import type { ClickThroughStepRow } from '../../db/schema.ts';
import { markdownExcerpt, renderMarkdown } from '../../markdown.ts';

/** What the builder and the player see of click-through steps; never a storage key. */

export const draftImageUrl = (assetId: string, row: Pick<ClickThroughStepRow, 'id' | 'image_version'>) =>
  `/api/demos/${assetId}/click-through/images/${row.id}?v=${row.image_version}`;

export function presentBuilderStep(assetId: string, row: ClickThroughStepRow): BuilderStep {
  return {
    id: row.id,
    position: row.position,
    kind: row.kind,
    image:
      row.image_key && row.width && row.height
        ? { url: draftImageUrl(assetId, row), width: row.width, height: row.height }
        : null,
    hotspot: row.hotspot,
    title: row.title,
    body: row.body,
    bodyHtml: renderMarkdown(row.body),
    chapter: row.chapter,
    categoryId: row.category_id,
    featureId: row.feature_id,
    advance: row.advance,
    timerSeconds: row.timer_seconds,
    cta: row.cta_text && row.cta_url ? { text: row.cta_text, url: row.cta_url } : null,
    redactions: row.redactions,
  };
}

/** The facts builderWarnings (shared/clickthrough.ts) reads of a step. */
export function stepFacts(row: ClickThroughStepRow): BuilderStepFacts {
  return {
    kind: row.kind,
    hasImage: Boolean(row.image_key),
    width: row.width ?? undefined,
    height: row.height ?? undefined,
    hotspot: row.hotspot,
    advance: row.advance,
    bodyText: markdownExcerpt(row.body, 100_000),
  };
}

export function presentVersion(row: {
  id: string;
  number: number;
  published_at: Date;
  published_by: string | null;
  publisher_name: string | null;
}) {
  return {
    id: row.id,
    number: row.number,
    publishedAt: row.published_at.toISOString(),
    publishedBy: row.published_by ? { id: row.published_by, name: row.publisher_name ?? '' } : null,
  };
}

export function presentPublished(row: { id: string; number: number; published_at: Date }) {
  return { id: row.id, number: row.number, publishedAt: row.published_at.toISOString() };
}

/**
 * The page a /play address answers when there is nothing it may show: the same for a demo that
 * does not exist and one the caller may not see (nothing is given away), with a way to sign in.
 */
export function playNotFoundPage(path: string, signedIn: boolean): string {
  const next = encodeURIComponent(path);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Demo not found</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem">
<h1>This demo is not available</h1>
<p>It may not exist, not be published yet, or be for signed-in users only.</p>
${signedIn ? '' : `<p><a href="/sign-in?next=${next}">Sign in</a> if you work here.</p>`}
</body>
</html>
`;
}

/**
 * What a share link's player frame shows when it may not play: the link's own reason (turned off,
 * expired, no longer shared, the passcode or email check first), HTML-escaped.
 */
export function sharedPlayUnavailablePage(message: string): string {
  const text = message.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Demo not available</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem">
<h1 style="font-size: 1.25rem">This demo cannot be played</h1>
<p>${text}</p>
</body>
</html>
`;
}

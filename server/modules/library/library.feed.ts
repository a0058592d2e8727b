import type { AssetRow } from '../../db/schema.ts';

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char] as string,
  );

export interface FeedOptions {
  title: string;
  baseUrl: string;
  selfPath: string;
  updated: Date;
}

/**
 * The address feed links point at: the configured public URL, else the address Showcase listens
 * on. Never the request's Host header, which any client (or a cache in front) can set.
 */
export function feedBaseUrl(env: { SHOWCASE_PUBLIC_URL?: string; PORT: number }): string {
  return env.SHOWCASE_PUBLIC_URL
    ? env.SHOWCASE_PUBLIC_URL.replace(/\/+$/, '')
    : `http://localhost:${env.PORT}`;
}

const linkOf = (row: AssetRow, baseUrl: string) => row.primary_url ?? `${baseUrl}/library/assets/${row.id}`;
const dateOf = (row: AssetRow) =>
  row.published_on ? new Date(`${row.published_on}T00:00:00Z`) : row.updated_at;

/** An Atom feed of assets. Callers pass only published, external assets. */
export function atomFeed(rows: AssetRow[], options: FeedOptions): string {
  const entries = rows
    .map(
      (row) => `  <entry>
    <id>urn:showcase:asset:${row.id}</id>
    <title>${escapeXml(row.title)}</title>
    <link href="${escapeXml(linkOf(row, options.baseUrl))}"/>
    <updated>${row.updated_at.toISOString()}</updated>
    <published>${dateOf(row).toISOString()}</published>
    <summary>${escapeXml(row.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(options.baseUrl + options.selfPath)}</id>
  <title>${escapeXml(options.title)}</title>
  <link rel="self" href="${escapeXml(options.baseUrl + options.selfPath)}"/>
  <updated>${options.updated.toISOString()}</updated>
${entries}
</feed>
`;
}

/** The same assets as RSS 2.0. */
export function rssFeed(rows: AssetRow[], options: FeedOptions): string {
  const items = rows
    .map(
      (row) => `    <item>
      <guid isPermaLink="false">urn:showcase:asset:${row.id}</guid>
      <title>${escapeXml(row.title)}</title>
      <link>${escapeXml(linkOf(row, options.baseUrl))}</link>
      <pubDate>${dateOf(row).toUTCString()}</pubDate>
      <description>${escapeXml(row.summary)}</description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>${escapeXml(options.title)}</title>
    <link>${escapeXml(options.baseUrl)}</link>
    <description>${escapeXml(options.title)}</description>
    <lastBuildDate>${options.updated.toUTCString()}</lastBuildDate>
${items}
  </channel>
</rss>
`;
}

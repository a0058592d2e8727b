/**
 * Distribution rules shared by the server and the web app: short-link codes, UTM-tagged URLs and
 * the announcement text. No Node imports.
 */

/** Letters, digits, - and _; at most 32, so a code can never be a share link's 43-character token. */
export const SHORT_CODE_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
export const SHORT_CODE_MAX = 32;

/** Codes refused because they read as a part of Showcase (or could one day be one). */
export const reservedShortCodes = [
  'api',
  'admin',
  'assets',
  'app',
  'login',
  'logout',
  'sign-in',
  'settings',
  'share',
  'shared',
  's',
  'new',
  'edit',
  'static',
  'healthz',
  'readyz',
  'metrics',
  'docs',
  'help',
  'library',
  'requests',
  'demos',
  'insights',
] as const;

/** Why a code cannot be used, or null when it can. */
export function shortCodeProblem(code: string): string | null {
  if (!code) return 'is required';
  if (code.length > SHORT_CODE_MAX) return `must be at most ${SHORT_CODE_MAX} characters`;
  if (!SHORT_CODE_PATTERN.test(code)) return 'may hold only letters, digits, - and _';
  if ((reservedShortCodes as readonly string[]).includes(code.toLowerCase()))
    return `“${code}” is reserved; choose another`;
  return null;
}

export interface UtmParts {
  campaign?: string;
  source?: string;
  medium?: string;
  content?: string;
}

/** A UTM value as analytics tools group it: lower case, words joined by hyphens, nothing else. */
export function utmValue(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The campaign with the team prefix in front (once: a campaign that already starts with it keeps
 * it); no campaign stays no campaign.
 */
export function prefixedCampaign(campaign: string, prefix: string): string {
  const value = utmValue(campaign);
  const head = utmValue(prefix);
  if (!head || !value) return value;
  return value === head || value.startsWith(`${head}-`) ? value : `${head}-${value}`;
}

/**
 * The URL with its UTM parameters set: campaign (with the team prefix), source, medium, content.
 * Parameters given replace those already on the URL, empty ones are left off, every other
 * parameter and the fragment are kept. Null when the URL is not an http(s) URL.
 */
export function buildUtmUrl(url: string, parts: UtmParts, prefix = ''): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const values: [string, string][] = [
    ['utm_campaign', parts.campaign !== undefined ? prefixedCampaign(parts.campaign, prefix) : ''],
    ['utm_source', utmValue(parts.source ?? '')],
    ['utm_medium', utmValue(parts.medium ?? '')],
    ['utm_content', utmValue(parts.content ?? '')],
  ];
  for (const [key, value] of values) {
    if (value) parsed.searchParams.set(key, value);
  }
  return parsed.toString();
}

/** The announcement's first line: "<format> published: <title>". */
export function announcementHeadline(format: string | null, title: string): string {
  return `${format ?? 'Content'} published: ${title}`;
}

/** The whole announcement, ready to paste: headline, the short links per channel, the plan entry. */
export function announcementText(options: {
  format: string | null;
  title: string;
  links: { channel: string | null; url: string }[];
  planEntry?: string | null;
}): string {
  const lines = [announcementHeadline(options.format, options.title)];
  if (options.links.length) {
    lines.push('');
    for (const link of options.links) lines.push(link.channel ? `${link.channel}: ${link.url}` : link.url);
  }
  if (options.planEntry) lines.push('', `Plan: ${options.planEntry}`);
  return lines.join('\n');
}

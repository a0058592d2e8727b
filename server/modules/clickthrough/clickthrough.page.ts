import { fillTokens, type PlayerDocument, type PlayerStep } from '../../../shared/clickthrough.ts';

/**
 * The HTML page of a click-through demo: the player (web/player, built to web/dist/player) plays
 * the PlayerDocument embedded in the page, and the steps are also in the page as text (the
 * transcript) for screen readers, search engines and browsers without JavaScript.
 *
 * - `served`: the public /play page (script and stylesheet by URL, nonce'd for the page's CSP).
 * - `embed`: the same inside an iframe (`?embed=1`): no page chrome, the transcript folded.
 * - `standalone`: the exported index.html opened from disk: script and stylesheet inlined, image
 *   URLs relative to the file (images/…), no oEmbed link, events URL null.
 */
export type PlayerPageMode = 'served' | 'embed' | 'standalone';

export interface PlayerPageOptions {
  document: PlayerDocument;
  mode: PlayerPageMode;
  scriptUrl?: string;
  cssUrl?: string;
  inlineScript?: string;
  inlineCss?: string;
  nonce?: string;
  canonicalUrl?: string;
  oembedUrl?: string;
}

/** HTML-escapes text for element content and quoted attribute values (numeric references, as the player does). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * JSON that is safe inside `<script type="application/json">`: `<`, `>` and `&` are written as
 * \u escapes (so `</script>` or `<!--` in a title cannot end or change the element) and so are the
 * two line separators. JSON.parse reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Inline script or style text that cannot close its element early. */
function inlineText(text: string, tag: 'script' | 'style'): string {
  const closing = new RegExp(`</(${tag})`, 'gi');
  const escaped = text.replace(closing, '<\\/$1');
  return tag === 'script' ? escaped.replace(/<!--/g, '<\\!--') : escaped;
}

/** A URL a page opened from disk can load: no scheme, not from the root, not protocol-relative. */
function isFileRelative(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/') && !url.startsWith('\\');
}

function safeHttpUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function description(document: PlayerDocument, fill: (text: string) => string): string {
  const intro = document.steps.find((step) => step.kind === 'intro' && step.bodyText.trim());
  const text = intro
    ? fill(intro.bodyText).replace(/\s+/g, ' ').trim()
    : `An interactive walk-through of ${fill(document.title)} in ${document.steps.length} steps.`;
  return text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text;
}

function transcriptStep(
  step: PlayerStep,
  index: number,
  document: PlayerDocument,
  fill: (t: string) => string,
) {
  const chapter =
    step.chapter && step.chapter !== document.steps[index - 1]?.chapter
      ? `<p class="scp-chapter-name">Chapter: ${escapeHtml(step.chapter)}</p>`
      : '';
  const body = fillTokens(step.bodyHtml, {}, document.tokens, escapeHtml);
  const href = step.cta
    ? safeHttpUrl(fillTokens(step.cta.url, {}, document.tokens, encodeURIComponent))
    : null;
  const cta =
    step.cta && href
      ? `<p><a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${escapeHtml(fill(step.cta.text) || 'Learn more')}</a></p>`
      : '';
  return `<li>${chapter}<h3>${escapeHtml(fill(step.title))}</h3>${body}${cta}</li>`;
}

/** The complete HTML document of a click-through demo's page. */
export function renderPlayerPage(options: PlayerPageOptions): string {
  const { document, mode } = options;
  const fill = (text: string) => fillTokens(text, {}, document.tokens);
  if (mode === 'standalone') {
    const absolute = document.steps.find((step) => step.image && !isFileRelative(step.image.url));
    if (absolute?.image)
      throw new Error(
        `A standalone page needs image URLs relative to its file (images/…); step ${absolute.id} has ${absolute.image.url}.`,
      );
  }
  const nonce = options.nonce ? ` nonce="${escapeHtml(options.nonce)}"` : '';
  const title = fill(document.title) || 'Click-through demo';
  const head: string[] = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(description(document, fill))}">`,
  ];
  if (mode === 'embed') head.push('<meta name="robots" content="noindex">');
  if (options.canonicalUrl && mode !== 'standalone')
    head.push(`<link rel="canonical" href="${escapeHtml(options.canonicalUrl)}">`);
  if (options.oembedUrl && mode !== 'standalone')
    head.push(
      `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(options.oembedUrl)}" title="${escapeHtml(title)}">`,
    );
  if (options.inlineCss !== undefined)
    head.push(`<style${nonce}>${inlineText(options.inlineCss, 'style')}</style>`);
  else if (options.cssUrl) head.push(`<link rel="stylesheet" href="${escapeHtml(options.cssUrl)}">`);
  if (options.inlineScript === undefined && options.scriptUrl)
    head.push(`<script src="${escapeHtml(options.scriptUrl)}" defer${nonce}></script>`);

  const steps = document.steps.map((step, index) => transcriptStep(step, index, document, fill)).join('');
  const transcriptBody = `<ol>${steps}</ol>`;
  const transcript =
    mode === 'embed'
      ? `<details><summary>Text version of the ${document.steps.length} steps</summary><h2 id="scp-transcript-title" class="scp-sr">Text version</h2>${transcriptBody}</details>`
      : `<h2 id="scp-transcript-title">Text version of the ${document.steps.length} steps</h2>${transcriptBody}`;

  const body = [
    '<main class="scp-main">',
    `<header class="scp-head"><h1 id="player-title">${escapeHtml(title)}</h1></header>`,
    `<div id="player" role="region" aria-label="Interactive demo"><noscript><p>The interactive demo needs JavaScript; every step is below as text.</p></noscript></div>`,
    `<section class="scp-transcript" aria-labelledby="scp-transcript-title">${transcript}</section>`,
    '</main>',
    `<script type="application/json" id="player-document">${jsonForScript(document)}</script>`,
  ];
  if (options.inlineScript !== undefined)
    body.push(`<script${nonce}>${inlineText(options.inlineScript, 'script')}</script>`);

  return `<!doctype html>\n<html lang="en">\n<head>\n${head.join('\n')}\n</head>\n<body class="scp-page scp-mode-${mode}">\n${body.join('\n')}\n</body>\n</html>\n`;
}

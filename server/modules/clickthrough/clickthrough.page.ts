import type { PlayerDocument } from '../../../shared/clickthrough.ts';

/**
 * The player page: a complete HTML document with the transcript of the steps as real HTML, the
 * PlayerDocument as JSON the player script reads, and the player script and styles (linked, or
 * inlined for a standalone export). A minimal version; the player bundle's own replaces it.
 */
export interface RenderPlayerPageOptions {
  document: PlayerDocument;
  mode: 'served' | 'embed' | 'standalone';
  scriptUrl?: string;
  cssUrl?: string;
  inlineScript?: string;
  inlineCss?: string;
  nonce?: string;
  canonicalUrl?: string;
  oembedUrl?: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** JSON safe inside a <script> element: no `<`, so `</script>` or `<!--` cannot appear. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export function renderPlayerPage(options: RenderPlayerPageOptions): string {
  const { document: doc, mode } = options;
  const nonce = options.nonce ? ` nonce="${escapeHtml(options.nonce)}"` : '';
  const transcript = doc.steps
    .map(
      (step, index) =>
        `<li><h2>${index + 1}. ${escapeHtml(step.title || `Step ${index + 1}`)}</h2>${step.bodyHtml}${
          step.cta ? `<p><a href="${escapeHtml(step.cta.url)}">${escapeHtml(step.cta.text)}</a></p>` : ''
        }</li>`,
    )
    .join('\n');
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    options.canonicalUrl ? `<link rel="canonical" href="${escapeHtml(options.canonicalUrl)}">` : '',
    options.oembedUrl
      ? `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(options.oembedUrl)}" title="${escapeHtml(doc.title)}">`
      : '',
    options.cssUrl ? `<link rel="stylesheet" href="${escapeHtml(options.cssUrl)}">` : '',
    options.inlineCss ? `<style${nonce}>${options.inlineCss.replace(/<\/style/gi, '<\\/style')}</style>` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const script = options.inlineScript
    ? `<script${nonce}>${options.inlineScript.replace(/<\/script/gi, '<\\/script')}</script>`
    : options.scriptUrl
      ? `<script${nonce} src="${escapeHtml(options.scriptUrl)}" defer></script>`
      : '';
  return `<!doctype html>
<html lang="en">
<head>
${head}
</head>
<body class="player-${mode}">
<main id="player" aria-label="${escapeHtml(doc.title)}">
<h1>${escapeHtml(doc.title)}</h1>
<ol class="player-transcript">
${transcript}
</ol>
</main>
<script type="application/json" id="player-document">${scriptJson(doc)}</script>
${script}
</body>
</html>
`;
}

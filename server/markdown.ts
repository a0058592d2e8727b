import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** A URL that points at another host: absolute, or protocol-relative (`//host/…`). */
function isExternal(src: string | undefined): boolean {
  const value = (src ?? '').trim();
  return /^[a-z][a-z0-9+.-]*:/i.test(value)
    ? !/^data:/i.test(value)
    : value.startsWith('//') || value.startsWith('\\');
}

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags.filter((tag) => tag !== 'iframe'),
    'img',
    'h1',
    'h2',
    'del',
    'input',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    input: ['type', 'checked', 'disabled'],
    th: ['align'],
    td: ['align'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['data'] },
  // The renderer marks fenced code with its language; no other class may reach the page.
  allowedClasses: { code: [/^language-[\w+#.-]{1,40}$/] },
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
    // An image from another site would load on every view (a tracking pixel): it becomes a link.
    img: (tagName, attribs) =>
      isExternal(attribs.src)
        ? {
            tagName: 'a',
            attribs: { href: attribs.src ?? '', rel: 'noopener noreferrer nofollow', target: '_blank' },
            text: attribs.alt || attribs.title || attribs.src || 'image',
          }
        : { tagName, attribs },
    input: (tagName, attribs) =>
      attribs.type === 'checkbox'
        ? { tagName, attribs: { ...attribs, disabled: '' } }
        : { tagName: 'span', attribs: {} },
  },
};

/** User Markdown to HTML that is safe to insert into a page: scripts, handlers and unsafe URLs removed. */
export function renderMarkdown(markdown: string): string {
  if (!markdown.trim()) return '';
  return sanitizeHtml(marked.parse(markdown, { async: false, gfm: true }), allowed);
}

/**
 * User Markdown as a short line of plain text (for notifications and previews): rendered and
 * sanitized like any Markdown, then every tag dropped, entities decoded and whitespace collapsed,
 * cut at a word boundary with an ellipsis.
 */
export function markdownExcerpt(markdown: string, max = 160): string {
  const html = renderMarkdown(markdown).replace(/<\/(p|li|h\d|tr|blockquote|pre)>|<br\s*\/?>/gi, ' ');
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(
      /&(amp|lt|gt|quot|#39|nbsp);/g,
      (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[name] ?? '',
    )
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?-]+$/, '')}…`;
}

import { describe, expect, it } from 'vitest';
import { playerDocument } from '../../../test/fixtures/player-document.ts';
import { jsonForScript, renderPlayerPage } from './clickthrough.page.ts';

const served = (n: number) => `/play/11111111-1111-4111-8111-111111111111/v/2/images/${n}`;

/** The text of the embedded player document, as the browser's HTML parser would cut it. */
function embeddedJson(html: string): string {
  const open = '<script type="application/json" id="player-document">';
  const start = html.indexOf(open) + open.length;
  return html.slice(start, html.indexOf('</script>', start));
}

/** Every start tag of the page, to look at attributes without the text between tags. */
const tags = (html: string) => html.match(/<[a-z][^>]*>/gi) ?? [];

describe('renderPlayerPage', () => {
  it('keeps a </script> in the title inside the embedded document', () => {
    const document = playerDocument(served, { title: 'Break </script><script>alert(1)</script> out' });
    const html = renderPlayerPage({ document, mode: 'served', scriptUrl: '/player/player.js' });
    expect(JSON.parse(embeddedJson(html))).toEqual(document);
    expect(html).not.toContain('<script>alert(1)');
    expect(jsonForScript({ a: '<!-- & \u2028' })).toBe('{"a":"\\u003c!-- \\u0026 \\u2028"}');
  });

  it('escapes HTML in the title, the description and the transcript', () => {
    const document = playerDocument(served, { title: '<img src=x onerror=alert(1)> & "friends"' });
    document.steps = document.steps.map((step, i) =>
      i === 1 ? { ...step, title: '<b>bold</b> step' } : step,
    );
    const html = renderPlayerPage({ document, mode: 'served', scriptUrl: '/player/player.js' });
    expect(html).toContain('<title>&#60;img src=x onerror=alert(1)&#62; &#38; &#34;friends&#34;</title>');
    expect(html).toContain('<h3>&#60;b&#62;bold&#60;/b&#62; step</h3>');
    expect(html).not.toContain('<img src=x');
    for (const tag of tags(html)) expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it('puts a transcript of every step in the page, tokens filled with their fallbacks', () => {
    const document = playerDocument(served);
    const html = renderPlayerPage({ document, mode: 'served', scriptUrl: '/player/player.js' });
    const transcript = html.slice(
      html.indexOf('<section class="scp-transcript"'),
      html.indexOf('</section>'),
    );
    for (const step of document.steps.slice(1, -1)) expect(transcript).toContain(`<h3>${step.title}</h3>`);
    expect(transcript).toContain('<h3>Hello there</h3>');
    expect(transcript).toContain('<p>What screen 3 shows, for your team.</p>');
    expect(transcript).toContain('<p class="scp-chapter-name">Chapter: Set up</p>');
    expect(transcript).toContain('href="https://lumenstack.example/trial?company=your%20team"');
    expect((transcript.match(/<li>/g) ?? []).length).toBe(document.steps.length);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain(
      '<meta name="description" content="See how your team ships a release with Lumenstack.">',
    );
  });

  it('links the script with the nonce and announces the oEmbed endpoint when served', () => {
    const html = renderPlayerPage({
      document: playerDocument(served),
      mode: 'served',
      scriptUrl: '/player/player.js',
      cssUrl: '/player/player.css',
      nonce: 'n0nce',
      canonicalUrl: 'https://showcase.example/play/1',
      oembedUrl:
        'https://showcase.example/api/oembed?url=https%3A%2F%2Fshowcase.example%2Fplay%2F1&format=json',
    });
    expect(html).toContain('<script src="/player/player.js" defer nonce="n0nce"></script>');
    expect(html).toContain('<link rel="stylesheet" href="/player/player.css">');
    expect(html).toContain(
      '<link rel="alternate" type="application/json+oembed" href="https://showcase.example/api/oembed?url=https%3A%2F%2Fshowcase.example%2Fplay%2F1&#38;format=json"',
    );
    expect(html).toContain('<link rel="canonical" href="https://showcase.example/play/1">');
  });

  it('folds the transcript and keeps the page out of search results in the embed', () => {
    const html = renderPlayerPage({ document: playerDocument(served), mode: 'embed', scriptUrl: '/p.js' });
    expect(html).toContain('<details><summary>Text version of the 10 steps</summary>');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('class="scp-page scp-mode-embed"');
  });

  it('inlines the script and the stylesheet and uses relative image URLs when standalone', () => {
    const document = playerDocument((n) => `images/screen-${n}.png`);
    const html = renderPlayerPage({
      document,
      mode: 'standalone',
      inlineScript: 'console.log("</script>")',
      inlineCss: '.a{color:red}</style>',
      oembedUrl: 'https://showcase.example/api/oembed',
    });
    expect(html).toContain('<script>console.log("<\\/script>")</script>');
    expect(html).toContain('<style>.a{color:red}<\\/style></style>');
    expect(html).not.toContain('<script src');
    expect(html).not.toContain('<link rel="stylesheet"');
    expect(html).not.toContain('oembed');
    expect(JSON.parse(embeddedJson(html)).steps[1].image.url).toBe('images/screen-1.png');
    expect(() =>
      renderPlayerPage({
        document: playerDocument(served),
        mode: 'standalone',
        inlineScript: '',
        inlineCss: '',
      }),
    ).toThrow(/relative to its file/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  announcementText,
  buildUtmUrl,
  prefixedCampaign,
  shortCodeProblem,
  utmValue,
} from './distribution.ts';

describe('buildUtmUrl', () => {
  it('sets campaign (with the team prefix), source, medium and content', () => {
    expect(
      buildUtmUrl(
        'https://docs.example.test/ci/pipelines#caching',
        { campaign: 'Pipeline Caching Launch', source: 'LinkedIn', medium: 'social', content: 'Video 1' },
        'tmm',
      ),
    ).toBe(
      'https://docs.example.test/ci/pipelines?utm_campaign=tmm-pipeline-caching-launch&utm_source=linkedin&utm_medium=social&utm_content=video-1#caching',
    );
  });

  it('keeps other parameters, replaces UTM ones already there and leaves empty parts off', () => {
    expect(
      buildUtmUrl(
        'https://a.test/p?ref=x&utm_source=old',
        { campaign: 'launch', source: 'reddit', medium: '' },
        '',
      ),
    ).toBe('https://a.test/p?ref=x&utm_source=reddit&utm_campaign=launch');
  });

  it('does not add the prefix twice', () => {
    expect(prefixedCampaign('tmm-launch', 'TMM')).toBe('tmm-launch');
    expect(prefixedCampaign('', 'tmm')).toBe('');
    expect(buildUtmUrl('https://a.test/', { campaign: '', source: 'x' }, 'tmm')).toBe(
      'https://a.test/?utm_source=x',
    );
  });

  it('refuses what is not an http(s) URL', () => {
    for (const url of ['javascript:alert(1)', '//evil.com', 'not a url', 'ftp://x.test/', ''])
      expect(buildUtmUrl(url, { source: 'x' })).toBeNull();
  });

  it('always gives an http(s) URL on the same host whose UTM values are clean and read back as given', () => {
    const part = fc.string({ maxLength: 30 });
    fc.assert(
      fc.property(
        fc.webUrl({ validSchemes: ['https', 'http'] }),
        part,
        part,
        part,
        part,
        part,
        (url, campaign, source, medium, content, prefix) => {
          const built = buildUtmUrl(url, { campaign, source, medium, content }, prefix);
          if (built === null) return;
          const parsed = new URL(built);
          expect(parsed.host).toBe(new URL(url).host);
          expect(['http:', 'https:']).toContain(parsed.protocol);
          for (const [key, given] of [
            ['utm_source', source],
            ['utm_medium', medium],
            ['utm_content', content],
          ] as const) {
            const value = utmValue(given);
            if (value) expect(parsed.searchParams.get(key)).toBe(value);
          }
          const campaignValue = parsed.searchParams.get('utm_campaign') ?? '';
          expect(campaignValue).toMatch(/^[a-z0-9._~-]*$/);
          if (utmValue(prefix) && utmValue(campaign))
            expect(campaignValue.startsWith(utmValue(prefix))).toBe(true);
        },
      ),
    );
  });
});

describe('short codes', () => {
  it('takes letters, digits, - and _ up to 32, never a reserved word', () => {
    expect(shortCodeProblem('Launch_2026-q4')).toBeNull();
    expect(shortCodeProblem('API')).toMatch(/reserved/);
    expect(shortCodeProblem('a/b')).toMatch(/letters, digits/);
    expect(shortCodeProblem('%2F%2Fevil.com')).toMatch(/letters, digits/);
    expect(shortCodeProblem('x'.repeat(33))).toMatch(/at most 32/);
    expect(shortCodeProblem('')).toBe('is required');
  });
});

describe('announcementText', () => {
  it('reads "<format> published: <title>" with the short links and the plan entry', () => {
    expect(
      announcementText({
        format: 'Demo video',
        title: 'Merge trains in five minutes',
        links: [
          { channel: 'LinkedIn', url: 'https://sc.test/s/mt-li' },
          { channel: null, url: 'https://sc.test/s/mt' },
        ],
        planEntry: 'Content: Merge trains in five minutes - Ada Lovelace - March, 2027',
      }),
    ).toBe(
      'Demo video published: Merge trains in five minutes\n\nLinkedIn: https://sc.test/s/mt-li\nhttps://sc.test/s/mt\n\nPlan: Content: Merge trains in five minutes - Ada Lovelace - March, 2027',
    );
  });
});

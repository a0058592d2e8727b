import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  countWords,
  formatDuration,
  type ImpactMatch,
  normalizeTier,
  positionWeight,
  scoreImpact,
  scriptStats,
  spokenSeconds,
  versionKey,
  versionLag,
} from './demos.ts';

const scene = (script: string, hook = true) => ({
  title: 'Scene',
  shows: hook ? 'the review summary' : '',
  whyItMatters: hook ? 'one pass instead of three' : '',
  script,
});

describe('script arithmetic', () => {
  it('160 words is a minute; each scene and the total are rounded to whole seconds', () => {
    expect(spokenSeconds(160)).toBe(60);
    expect(spokenSeconds(80)).toBe(30);
    expect(spokenSeconds(1)).toBe(0);
    expect(spokenSeconds(3)).toBe(1);
    expect(formatDuration(75)).toBe('1:15');
    expect(formatDuration(5)).toBe('0:05');
  });

  it('counts words, not punctuation or spacing', () => {
    expect(countWords('  Ship it — today,\n\tnot  tomorrow. ')).toBe(5);
    expect(countWords('')).toBe(0);
    expect(countWords('CI/CD in 3 steps')).toBe(4);
  });

  it('the total is the spoken length of all scenes’ words', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 400 }), { maxLength: 12 }), (counts) => {
        const scenes = counts.map((n) => scene(Array.from({ length: n }, () => 'word').join(' ')));
        const stats = scriptStats({ painPoints: [], story: '', scenes }, { shortFormSeconds: 180 });
        const words = counts.reduce((a, b) => a + b, 0);
        expect(stats.words).toBe(words);
        expect(stats.seconds).toBe(Math.round((words * 60) / 160));
        expect(stats.warnings.some((w) => w.includes('short-form'))).toBe(stats.seconds > 180);
      }),
    );
  });

  it('warns when there is no hook scene, and stays quiet for a tight one', () => {
    expect(
      scriptStats({ painPoints: [], story: '', scenes: [] }, { shortFormSeconds: 180 }).warnings[0],
    ).toContain('No scenes yet');
    const tight = scriptStats(
      { painPoints: [], story: '', scenes: [scene('Reviews in one pass. Here is how.')] },
      { shortFormSeconds: 180 },
    );
    expect(tight.warnings).toEqual([]);
    const whyMissing = scriptStats(
      { painPoints: [], story: '', scenes: [{ ...scene('Short.'), whyItMatters: ' ' }] },
      { shortFormSeconds: 180 },
    );
    expect(whyMissing.warnings).toEqual(['The first scene does not state the hook: say why it matters.']);
  });
});

describe('versions and tiers', () => {
  it('reads and orders versions', () => {
    expect(versionKey('v15.4.1')).toEqual([15, 4, 1]);
    expect(versionKey('15.10-ee')).toEqual([15, 10]);
    expect(versionKey('latest')).toBeNull();
    expect(compareVersions([15, 10], [15, 9])).toBeGreaterThan(0);
    expect(compareVersions([15, 4], [15, 4, 0])).toBe(0);
    expect(versionLag('15.1', '15.4')).toBe(3);
    expect(versionLag('14.10', '15.1')).toBe(3);
    expect(versionLag('16.0', '15.4')).toBe(0);
    expect(versionLag(null, '15.4')).toBeNull();
  });

  it('maps GitLab’s old and new tier names onto one vocabulary', () => {
    expect(['core', 'free', 'silver', 'premium', 'gold', 'ultimate'].map(normalizeTier)).toEqual([
      'free',
      'free',
      'premium',
      'premium',
      'ultimate',
      'ultimate',
    ]);
  });
});

describe('significance score', () => {
  const match = (
    overrides: Partial<ImpactMatch> & { significance?: ImpactMatch['change']['significance'] },
  ): ImpactMatch => ({
    change: { name: 'Change', significance: overrides.significance ?? 'primary' },
    touched: 'Code Review',
    direct: overrides.direct ?? true,
    step: overrides.step ?? { position: 1, core: true },
  });
  const score = (matches: ImpactMatch[], extra: Partial<Parameters<typeof scoreImpact>[0]> = {}) =>
    scoreImpact({ matches, trailLength: 7, recordedOn: '15.1', solutionRank: null, views: 0, ...extra })
      .score;

  it('weighs removals over deprecations over primary over secondary changes', () => {
    const bySignificance = (['removal', 'deprecation', 'primary', 'secondary'] as const).map((significance) =>
      score([match({ significance })]),
    );
    expect(bySignificance).toEqual([...bySignificance].sort((a, b) => b - a));
    expect(new Set(bySignificance).size).toBe(4);
  });

  it('weighs core over incidental steps and early over late ones', () => {
    expect(score([match({ step: { position: 3, core: true } })])).toBeGreaterThan(
      score([match({ step: { position: 3, core: false } })]),
    );
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.integer({ min: 1, max: 39 }), (length, position) => {
        fc.pre(position < length);
        expect(positionWeight(position, length)).toBeGreaterThan(positionWeight(position + 1, length));
      }),
    );
  });

  it('more matches never lower the score; solution priority and usage raise it, capped at 100', () => {
    const one = score([match({ significance: 'secondary' })]);
    const two = score([
      match({ significance: 'secondary' }),
      match({ significance: 'secondary', step: { position: 5, core: true } }),
    ]);
    expect(two).toBeGreaterThan(one);
    const topSolution = score([match({ significance: 'secondary' })], {
      solutionRank: { rank: 0, of: 4, name: 'Security' },
    });
    const lastSolution = score([match({ significance: 'secondary' })], {
      solutionRank: { rank: 3, of: 4, name: 'Platform' },
    });
    expect(topSolution).toBeGreaterThan(lastSolution);
    expect(lastSolution).toBe(one);
    expect(score([match({ significance: 'secondary' })], { views: 5000 })).toBeGreaterThan(one);
    expect(
      score([match({ significance: 'removal' })], {
        views: 5000,
        solutionRank: { rank: 0, of: 4, name: 'S' },
      }),
    ).toBe(100);
    expect(score([])).toBe(0);
  });
});

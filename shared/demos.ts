/**
 * Demos and freshness: the pure rules shared by the server and the web app — product versions,
 * script length, the storyboard's warnings, and the significance score impact analysis gives a
 * release's change to a demo's feature trail.
 */

/** Library formats that are demos: they carry a persona, a feature trail and a storyboard. */
export const demoFormats = ['Demo video', 'Click-through demo', 'Workshop', 'Analyst demo'] as const;

export function isDemoFormat(name: string | null | undefined): boolean {
  return demoFormats.some((format) => format.toLowerCase() === name?.toLowerCase());
}

export const significances = ['removal', 'deprecation', 'primary', 'secondary'] as const;
export type Significance = (typeof significances)[number];
export const significanceLabels: Record<Significance, string> = {
  removal: 'Removal',
  deprecation: 'Deprecation',
  primary: 'Primary feature',
  secondary: 'Secondary feature',
};

/** A flag is open (above the threshold), quiet (below it), dismissed, turned into a request, or resolved. */
export const flagStates = ['open', 'quiet', 'dismissed', 'requested', 'resolved'] as const;
export type FlagState = (typeof flagStates)[number];

/** Where a demo stands, as the freshness view groups them. */
export const demoStates = ['fresh', 'flagged', 'update_requested', 'being_updated'] as const;
export type DemoState = (typeof demoStates)[number];
export const demoStateLabels: Record<DemoState, string> = {
  fresh: 'Fresh',
  flagged: 'Flagged',
  update_requested: 'Update requested',
  being_updated: 'Being updated',
};

// ---------------------------------------------------------------------------------------------
// Product versions

/** "15.4", "v15.4.1", "15.4-ee" → [15, 4, 1]; null when there is no leading number. */
export function versionKey(version: string): number[] | null {
  const match = /^\s*v?(\d+(?:\.\d+)*)/i.exec(version);
  if (!match) return null;
  return (match[1] ?? '').split('.').map((part) => Number.parseInt(part, 10));
}

export function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * How many minor releases `recorded` trails `latest`, counting a major as 12 minors (the common
 * monthly cadence); 0 when it is current or ahead, null when either is unknown.
 */
export function versionLag(recorded: string | null, latest: string | null): number | null {
  const a = recorded ? versionKey(recorded) : null;
  const b = latest ? versionKey(latest) : null;
  if (!a || !b) return null;
  const lag = ((b[0] ?? 0) - (a[0] ?? 0)) * 12 + ((b[1] ?? 0) - (a[1] ?? 0));
  return Math.max(0, lag);
}

/** GitLab's tier names, old and new, in one vocabulary. */
export function normalizeTier(tier: string): string {
  const t = tier.trim().toLowerCase();
  if (t === 'core' || t === 'free') return 'free';
  if (t === 'silver' || t === 'premium' || t === 'bronze') return 'premium';
  if (t === 'gold' || t === 'ultimate') return 'ultimate';
  return t;
}

// ---------------------------------------------------------------------------------------------
// Storyboard and script

export interface Scene {
  title: string;
  /** What the scene shows on screen. */
  shows: string;
  /** Why it matters to the persona. */
  whyItMatters: string;
  /** The words spoken over it. */
  script: string;
}

export interface Storyboard {
  painPoints: string[];
  story: string;
  scenes: Scene[];
}

export const emptyStoryboard: Storyboard = { painPoints: [], story: '', scenes: [] };

/** The team's rule of thumb: about 160 scripted words make a minute of video. */
export const wordsPerMinute = 160;
/** The audience is hooked within this many seconds, or lost. */
export const hookSeconds = 10;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function spokenSeconds(words: number): number {
  return Math.round((words * 60) / wordsPerMinute);
}

/** 75 → "1:15". */
export function formatDuration(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export interface ScriptStats {
  words: number;
  seconds: number;
  scenes: { words: number; seconds: number }[];
  warnings: string[];
}

/** Word count, spoken length at 160 words a minute, and what the team's video rules warn about. */
export function scriptStats(storyboard: Storyboard, options: { shortFormSeconds: number }): ScriptStats {
  const scenes = storyboard.scenes.map((scene) => {
    const words = countWords(scene.script);
    return { words, seconds: spokenSeconds(words) };
  });
  const words = scenes.reduce((sum, scene) => sum + scene.words, 0);
  const seconds = spokenSeconds(words);
  const warnings: string[] = [];
  const first = storyboard.scenes[0];
  if (!first) {
    warnings.push('No scenes yet: the first scene states the hook — what is shown and why it matters.');
  } else {
    const missing = [
      !first.shows.trim() && 'what is shown',
      !first.whyItMatters.trim() && 'why it matters',
    ].filter(Boolean);
    if (missing.length > 0)
      warnings.push(`The first scene does not state the hook: say ${missing.join(' and ')}.`);
    const hook = scenes[0]?.seconds ?? 0;
    if (hook > hookSeconds)
      warnings.push(`The first scene takes ${hook} s to say; the hook should land within ${hookSeconds} s.`);
  }
  if (seconds > options.shortFormSeconds)
    warnings.push(
      `The script runs ${formatDuration(seconds)}, past the ${formatDuration(options.shortFormSeconds)} short-form target.`,
    );
  return { words, seconds, scenes, warnings };
}

// ---------------------------------------------------------------------------------------------
// Impact analysis

/** How much each kind of change threatens a demo: a removal can break it outright. */
export const significanceWeights: Record<Significance, number> = {
  removal: 1,
  deprecation: 0.85,
  primary: 0.7,
  secondary: 0.35,
};
/** An incidental step can be cut or glossed over; a core step carries the story. */
export const incidentalWeight = 0.35;
/** A change to the step's category, when the step shows a different feature of it. */
export const sameCategoryWeight = 0.6;

export interface ImpactMatch {
  change: { name: string; significance: Significance };
  /** What the change touched that the step shows (a category or feature name). */
  touched: string;
  /** True when the step is the changed feature or the changed category itself. */
  direct: boolean;
  step: { position: number; core: boolean };
}

export interface ImpactInput {
  matches: ImpactMatch[];
  trailLength: number;
  recordedOn: string | null;
  /** The demo's best solution rank (0 = the workspace's first solution) and how many there are. */
  solutionRank: { rank: number; of: number; name: string } | null;
  views: number;
}

/**
 * A change at step k of n forces re-recording steps k..n, so an early step weighs more; a late
 * step still counts for 40 % because it can break the ending.
 */
export function positionWeight(position: number, trailLength: number): number {
  const redoShare = (trailLength - position + 1) / Math.max(1, trailLength);
  return 0.4 + 0.6 * redoShare;
}

export function matchWeight(match: ImpactMatch, trailLength: number): number {
  return (
    significanceWeights[match.change.significance] *
    (match.step.core ? 1 : incidentalWeight) *
    positionWeight(match.step.position, trailLength) *
    (match.direct ? 1 : sameCategoryWeight)
  );
}

const kindWords: Record<Significance, string> = {
  removal: 'removal of',
  deprecation: 'deprecation of',
  primary: 'primary feature',
  secondary: 'secondary feature',
};

/**
 * The significance score (0–100) of a release for one demo, with the reasons in words. Matches
 * combine like independent risks (1 − Π(1 − wᵢ)); the demo's solution priority and usage scale
 * the result by up to 1.2× each.
 */
export function scoreImpact(input: ImpactInput): { score: number; reasons: string[] } {
  if (input.matches.length === 0) return { score: 0, reasons: [] };
  const ordered = [...input.matches].sort(
    (a, b) => matchWeight(b, input.trailLength) - matchWeight(a, input.trailLength),
  );
  let untouched = 1;
  const reasons: string[] = [];
  const recorded = input.recordedOn ? `; recorded on ${input.recordedOn}` : '';
  for (const match of ordered) {
    untouched *= 1 - matchWeight(match, input.trailLength);
    const how = match.direct ? 'changes' : 'changes the category of';
    reasons.push(
      `${kindWords[match.change.significance]} '${match.change.name}' ${how} ${match.touched}, which is ${
        match.step.core ? 'a core' : 'an incidental'
      } step ${match.step.position} of ${input.trailLength} of this demo${recorded}`,
    );
  }
  let factor = 1;
  if (input.solutionRank && input.solutionRank.of > 0) {
    const { rank, of, name } = input.solutionRank;
    const solutionFactor = 1 + (0.2 * (of - 1 - rank)) / Math.max(1, of - 1);
    factor *= solutionFactor;
    reasons.push(`solution ${name} ranks ${rank + 1} of ${of} (×${solutionFactor.toFixed(2)})`);
  }
  if (input.views > 0) {
    const usageFactor = 1 + 0.2 * Math.min(1, Math.log10(1 + input.views) / 3);
    factor *= usageFactor;
    reasons.push(`viewed ${input.views} times (×${usageFactor.toFixed(2)})`);
  }
  const score = Math.min(100, Math.round(1000 * (1 - untouched) * factor) / 10);
  return { score, reasons };
}

/** Priority 1–3 for the update request a flag becomes. */
export function updatePriority(score: number): 1 | 2 | 3 {
  return score >= 70 ? 1 : score >= 40 ? 2 : 3;
}

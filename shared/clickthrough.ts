/**
 * Click-through demos: the rules shared by the server, the builder (web app) and the player
 * bundle (web/player). No Node imports, no React: the player bundle imports this file too, so keep
 * it small.
 *
 * A click-through demo is a library asset of the click-through format with a `demos` row; its
 * steps live in `click_through_steps` (the draft) and each publish freezes a `PlayerDocument` into
 * `click_through_versions`. Step ids are stable across edits and versions, so analytics of a
 * version survive later edits.
 */

/** A rectangle in relative coordinates (0–1 of the image's width and height), so it survives resizing. */
export interface RelativeBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type StepKind = 'intro' | 'step' | 'closing';
export type AdvanceKind = 'hotspot' | 'next' | 'timer';
export type RedactionStyle = 'blur' | 'solid';

export interface Redaction extends RelativeBox {
  style: RedactionStyle;
}

export interface CallToAction {
  /** Button text; may hold personalisation tokens. */
  text: string;
  /** http(s) URL; may hold personalisation tokens (filled values are URL-encoded). */
  url: string;
}

/** One step as the player sees it (the frozen form inside a PlayerDocument). */
export interface PlayerStep {
  /** Stable id (uuid) of the step; the same in every version that has the step. */
  id: string;
  kind: StepKind;
  /** Relative URL of the step's screenshot (redactions already burned in), or null for a text-only intro/closing. */
  image: { url: string; width: number; height: number } | null;
  hotspot: RelativeBox | null;
  title: string;
  /** The tooltip's Markdown rendered by the server (server/markdown.ts, sanitized); tokens still in it. */
  bodyHtml: string;
  /** The same text without markup, for the transcript and the screen-reader announcement. */
  bodyText: string;
  chapter: string | null;
  advance: { kind: AdvanceKind; seconds?: number };
  cta: CallToAction | null;
}

/** What the player renders: one published version, frozen. */
export interface PlayerDocument {
  assetId: string;
  versionId: string;
  version: number;
  title: string;
  steps: PlayerStep[];
  /** Fallback value of each personalisation token used (`{ company: 'your team' }`). */
  tokens: Record<string, string>;
  /** Where the player posts its events (null in a standalone export: no network). */
  eventsUrl: string | null;
}

/** Events the player sends (batched, navigator.sendBeacon) and posts to the host page (postMessage). */
export const playerEventKinds = [
  'session_start',
  'step_viewed',
  'hotspot_clicked',
  'cta_clicked',
  'completed',
] as const;
export type PlayerEventKind = (typeof playerEventKinds)[number];

export interface PlayerEvent {
  kind: PlayerEventKind;
  /** Step id; required for step_viewed, hotspot_clicked, cta_clicked. */
  stepId?: string;
  /** Milliseconds since the session started (a number ≥ 0). */
  at: number;
}

/** The body of POST /api/play/{assetId}/events. */
export interface PlayerEventBatch {
  versionId: string;
  /** A random id the player makes for each session (no cookie, nothing persistent). */
  sessionId: string;
  /** Share-link token when the player runs inside a tracked share link (identifies its recipient). */
  shareToken?: string;
  events: PlayerEvent[];
}

export const PLAYER_EVENTS_PER_BATCH = 100;
/** The message type on every postMessage to the host page: { type, event: PlayerEventKind, stepId?, step?, steps }. */
export const PLAYER_MESSAGE_TYPE = 'showcase:click-through';

// ---------------------------------------------------------------------------------------------
// Personalisation tokens: {{company}}, {{first_name}}, {{company|your team}} (fallback after |).

export const TOKEN_PATTERN = /\{\{\s*([a-z][a-z0-9_]{0,31})\s*(?:\|([^{}]{0,80}))?\}\}/g;

/** The tokens used in a text, with the fallback written in the text (or '' when none). */
export function tokensIn(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const [, name, fallback] = match;
    if (name && (!found.has(name) || (fallback && !found.get(name)))) found.set(name, fallback?.trim() ?? '');
  }
  return found;
}

/**
 * Fills the tokens of a text. `encode` is applied to every filled value (HTML-escape for bodyHtml,
 * encodeURIComponent for a CTA URL); the text around the tokens is left as it is.
 */
export function fillTokens(
  text: string,
  values: Record<string, string | undefined>,
  fallbacks: Record<string, string>,
  encode: (value: string) => string = (value) => value,
): string {
  return text.replace(TOKEN_PATTERN, (_whole, name: string, inline: string | undefined) =>
    encode(values[name]?.trim() || inline?.trim() || fallbacks[name] || ''),
  );
}

// ---------------------------------------------------------------------------------------------
// Builder warnings (shown while editing; publishing is allowed with them).

export const CLICK_THROUGH_MIN_STEPS = 8;
export const CLICK_THROUGH_MAX_STEPS = 12;
export const TOOLTIP_MAX_WORDS = 40;

export interface BuilderStepFacts {
  kind: StepKind;
  hasImage: boolean;
  width?: number;
  height?: number;
  hotspot: RelativeBox | null;
  advance: AdvanceKind;
  bodyText: string;
}

export interface BuilderWarning {
  /** Step index (0-based) the warning is about, or null for the whole demo. */
  step: number | null;
  message: string;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function builderWarnings(steps: BuilderStepFacts[]): BuilderWarning[] {
  const warnings: BuilderWarning[] = [];
  const count = steps.filter((step) => step.kind === 'step').length;
  if (count < CLICK_THROUGH_MIN_STEPS || count > CLICK_THROUGH_MAX_STEPS)
    warnings.push({
      step: null,
      message: `A click-through demo has ${CLICK_THROUGH_MIN_STEPS}–${CLICK_THROUGH_MAX_STEPS} steps; this one has ${count}.`,
    });
  steps.forEach((step, index) => {
    if (step.kind === 'step' && !step.hotspot && step.advance === 'hotspot')
      warnings.push({ step: index, message: 'This step has no hotspot to click.' });
    const words = wordCount(step.bodyText);
    if (words > TOOLTIP_MAX_WORDS)
      warnings.push({
        step: index,
        message: `The tooltip has ${words} words; keep it to ${TOOLTIP_MAX_WORDS}.`,
      });
    if (step.hasImage && step.width && step.height) {
      const ratio = step.width / step.height;
      if (Math.abs(ratio - 16 / 9) > 0.15)
        warnings.push({
          step: index,
          message: `The screenshot is ${step.width}×${step.height}, far from 16:9 (1920×1080).`,
        });
    }
  });
  return warnings;
}

/** Where a tooltip goes beside its hotspot: the side with the most room, flipped at the edges. */
export function tooltipSide(hotspot: RelativeBox): 'right' | 'left' | 'below' | 'above' {
  const room = {
    right: 1 - (hotspot.x + hotspot.w),
    left: hotspot.x,
    below: 1 - (hotspot.y + hotspot.h),
    above: hotspot.y,
  };
  if (room.right >= 0.3) return 'right';
  if (room.left >= 0.3) return 'left';
  return room.below >= room.above ? 'below' : 'above';
}

/** Screenshots: accepted types (decided from content), the largest file and the pixel limits. */
export const SCREENSHOT_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const SCREENSHOT_MAX_BYTES = 15 * 1024 * 1024;
export const SCREENSHOT_MAX_PIXELS = 40_000_000;
/** Stored screenshots are re-encoded no wider than this (1920×1080 is the capture size). */
export const SCREENSHOT_MAX_WIDTH = 1920;

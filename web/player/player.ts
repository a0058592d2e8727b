import { fillTokens, type PlayerDocument, type PlayerStep, tooltipSide } from '../../shared/clickthrough.ts';
import { escapeHtml, h } from './dom.ts';
import type { Tracker } from './events.ts';

/** Below this width the tooltip is a sheet under the screenshot instead of a bubble beside the hotspot. */
export const NARROW = '(max-width: 639px)';
/** The smallest hotspot on screen (WCAG 2.5.8 target size): a smaller one grows around its centre. */
const MIN_TARGET = 24;
const GAP = 14;
const EDGE = 8;

/** Personalisation values from URL parameters (`?company=Acme&first_name=Ana`), each kept short. */
export function tokenValues(search: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(search)) values[name] = value.slice(0, 200);
  return values;
}

/** A call to action's URL with its tokens filled (URL-encoded), or null unless it is http(s). */
export function ctaHref(url: string, values: Record<string, string>, fallbacks: Record<string, string>) {
  try {
    const parsed = new URL(fillTokens(url, values, fallbacks, encodeURIComponent));
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

const clamp = (value: number, low: number, high: number) =>
  Math.min(Math.max(value, low), Math.max(low, high));

export interface PlayerOptions {
  search: string;
  tracker: Tracker;
}

/**
 * Mounts the player into `root`. The elements are made once (so focus on the hotspot or a toolbar
 * button survives a step change) and each step updates them: the screenshot, the hotspot (a real
 * button in relative coordinates), the tooltip beside it (auto-flipped with the shared
 * `tooltipSide`, a sheet on narrow screens), the progress, the chapter menu and the live region
 * that announces the step.
 */
export function mountPlayer(root: HTMLElement, doc: PlayerDocument, options: PlayerOptions) {
  const { tracker } = options;
  const values = tokenValues(options.search);
  const fill = (text: string) => fillTokens(text, values, doc.tokens);
  const steps = doc.steps;
  const total = steps.length;
  const narrow = matchMedia(NARROW);
  let index = 0;
  let completed = false;

  // -- elements -------------------------------------------------------------------------------
  const chapters: { name: string; index: number }[] = [];
  steps.forEach((step, i) => {
    if (step.chapter && !chapters.some((chapter) => chapter.name === step.chapter))
      chapters.push({ name: step.chapter, index: i });
  });
  const chapterSelect = h('select', { class: 'scp-select', id: 'scp-chapter' });
  if (chapters[0] && chapters[0].index > 0) chapterSelect.append(h('option', { value: '0' }, 'Start'));
  for (const chapter of chapters) chapterSelect.append(h('option', { value: chapter.index }, chapter.name));
  const count = h('p', { class: 'scp-count' });
  const meterFill = h('span', { class: 'scp-meter-fill' });
  const meter = h('div', { class: 'scp-meter', 'aria-hidden': 'true' }, meterFill);

  const image = h('img', { class: 'scp-image', alt: '', decoding: 'async' });
  const hotspot = h('button', { type: 'button', class: 'scp-hotspot', 'aria-describedby': 'scp-tip-body' });
  const frame = h('div', { class: 'scp-frame' }, image, hotspot);
  const tipTitle = h('h2', { class: 'scp-tip-title', id: 'scp-tip-title', tabindex: '-1' });
  const tipBody = h('div', { class: 'scp-tip-body', id: 'scp-tip-body' });
  const tipActions = h('div', { class: 'scp-tip-actions' });
  const tip = h(
    'div',
    { class: 'scp-tip', role: 'group', 'aria-labelledby': 'scp-tip-title' },
    tipTitle,
    tipBody,
    tipActions,
  );
  const stage = h('div', { class: 'scp-stage' }, frame, tip);

  const icon = (text: string) => h('span', { 'aria-hidden': 'true' }, text);
  const back = h('button', { type: 'button', class: 'scp-btn' }, icon('←'), 'Back');
  const next = h('button', { type: 'button', class: 'scp-btn' }, 'Next', icon('→'));
  const restart = h('button', { type: 'button', class: 'scp-btn scp-quiet' }, icon('↺'), 'Restart');
  const live = h('div', { class: 'scp-sr', 'aria-live': 'polite', 'aria-atomic': 'true' });

  const top = h(
    'div',
    { class: 'scp-top' },
    chapters.length
      ? h('div', { class: 'scp-chapter' }, h('label', { for: 'scp-chapter' }, 'Chapter'), chapterSelect)
      : null,
    h('div', { class: 'scp-progress' }, count, meter),
  );
  const nav = h('nav', { class: 'scp-nav', 'aria-label': 'Demo steps' }, back, next, restart);
  root.classList.add('scp');
  root.replaceChildren(top, stage, nav, live);

  // -- timer (advance: timer): pauses on hover and focus, and by the viewer (WCAG 2.2.1) -------
  let timer: number | undefined;
  let remaining = 0;
  let lastTick = 0;
  let pausedByViewer = false;
  let hovered = false;
  let focused = false;
  const timerText = h('span', { class: 'scp-timer' });
  const pauseButton = h('button', { type: 'button', class: 'scp-btn scp-quiet' });
  const timerPaused = () => pausedByViewer || hovered || focused || document.visibilityState === 'hidden';
  const renderTimer = () => {
    const seconds = Math.ceil(remaining / 1000);
    timerText.textContent = timerPaused() ? `Paused, ${seconds} s left` : `Next step in ${seconds} s`;
    pauseButton.textContent = pausedByViewer ? 'Resume' : 'Pause';
  };
  const stopTimer = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  const startTimer = (seconds: number) => {
    stopTimer();
    remaining = Math.max(1, seconds) * 1000;
    lastTick = performance.now();
    renderTimer();
    timer = window.setInterval(() => {
      const now = performance.now();
      if (!timerPaused()) remaining -= now - lastTick;
      lastTick = now;
      if (remaining <= 0) {
        stopTimer();
        go(index + 1);
      } else renderTimer();
    }, 250);
  };
  pauseButton.addEventListener('click', () => {
    pausedByViewer = !pausedByViewer;
    renderTimer();
  });
  stage.addEventListener('pointerenter', () => {
    hovered = true;
  });
  stage.addEventListener('pointerleave', () => {
    hovered = false;
  });
  stage.addEventListener('focusin', () => {
    focused = true;
  });
  stage.addEventListener('focusout', (event) => {
    focused = stage.contains(event.relatedTarget as Node | null);
  });

  // -- placing the tooltip beside the hotspot ---------------------------------------------------
  const place = () => {
    const step = steps[index];
    tip.style.left = tip.style.top = tip.style.width = '';
    if (!step?.hotspot || !step.image || narrow.matches) return;
    const fw = frame.clientWidth;
    const fh = frame.clientHeight;
    const box = step.hotspot;
    const hw = Math.max(box.w * fw, MIN_TARGET);
    const hh = Math.max(box.h * fh, MIN_TARGET);
    const hx = (box.x + box.w / 2) * fw - hw / 2;
    const hy = (box.y + box.h / 2) * fh - hh / 2;
    const side = tooltipSide(box);
    const room =
      side === 'right' ? fw - hx - hw - GAP - EDGE : side === 'left' ? hx - GAP - EDGE : fw - 2 * EDGE;
    const width = clamp(room, 180, 320);
    tip.dataset.side = side;
    tip.style.width = `${width}px`;
    const th = tip.offsetHeight;
    let left = hx + hw / 2 - width / 2;
    let y = hy + hh / 2 - th / 2;
    if (side === 'right') left = hx + hw + GAP;
    if (side === 'left') left = hx - GAP - width;
    if (side === 'below') y = hy + hh + GAP;
    if (side === 'above') y = hy - GAP - th;
    tip.style.left = `${clamp(left, EDGE, fw - width - EDGE)}px`;
    tip.style.top = `${clamp(y, EDGE, fh - th - EDGE)}px`;
  };
  new ResizeObserver(place).observe(frame);
  narrow.addEventListener('change', place);

  // -- one step ---------------------------------------------------------------------------------
  const button = (label: string, onClick: () => void, primary = false) => {
    const element = h(
      'button',
      { type: 'button', class: primary ? 'scp-btn scp-primary' : 'scp-btn' },
      label,
    );
    element.addEventListener('click', onClick);
    return element;
  };
  const ctaLink = (step: PlayerStep) => {
    if (!step.cta) return null;
    const href = ctaHref(step.cta.url, values, doc.tokens);
    if (!href) return null;
    const link = h(
      'a',
      { class: 'scp-btn scp-primary', href, target: '_blank', rel: 'noopener noreferrer' },
      fill(step.cta.text) || 'Learn more',
      h('span', { class: 'scp-sr' }, ' (opens in a new tab)'),
    );
    link.addEventListener('click', () =>
      tracker.track('cta_clicked', { id: step.id, index: steps.indexOf(step) }),
    );
    return link;
  };

  const setDisabled = (element: HTMLButtonElement, disabled: boolean) => {
    if (disabled) element.setAttribute('aria-disabled', 'true');
    else element.removeAttribute('aria-disabled');
  };

  const show = (target: number, moveFocus: boolean) => {
    index = clamp(target, 0, total - 1);
    const step = steps[index];
    if (!step) return;
    stopTimer();
    const title = fill(step.title);
    const last = index === total - 1;
    const withHotspot = !!(step.image && step.hotspot);

    // The screenshot, its hotspot and the frame's proportions (kept from the last image on text-only steps).
    frame.classList.toggle('scp-blank', !step.image);
    if (step.image) {
      image.src = step.image.url;
      image.width = step.image.width;
      image.height = step.image.height;
      image.alt = `Screenshot of step ${index + 1}: ${title}`;
      stage.style.setProperty('--scp-ar', String(step.image.width / step.image.height));
    } else image.removeAttribute('src');
    image.hidden = !step.image;
    hotspot.hidden = !withHotspot;
    if (step.hotspot && withHotspot) {
      const box = step.hotspot;
      hotspot.style.left = `${(box.x + box.w / 2) * 100}%`;
      hotspot.style.top = `${(box.y + box.h / 2) * 100}%`;
      hotspot.style.width = `${box.w * 100}%`;
      hotspot.style.height = `${box.h * 100}%`;
      hotspot.setAttribute(
        'aria-label',
        last ? title : `${title}: continue to step ${index + 2} of ${total}`,
      );
    }

    // The tooltip (or the card of an intro, a closing or a text-only step).
    tip.dataset.side = withHotspot ? tooltipSide(step.hotspot ?? { x: 0, y: 0, w: 0, h: 0 }) : 'center';
    tipTitle.textContent = title;
    tipBody.innerHTML = fillTokens(step.bodyHtml, values, doc.tokens, escapeHtml);
    const actions: (Node | null)[] = [];
    if (index === 0 && total > 1 && (step.kind === 'intro' || !withHotspot))
      actions.push(button('Start', () => go(1), true));
    else if (!last && step.advance.kind === 'timer') {
      startTimer(step.advance.seconds ?? 5);
      actions.push(timerText, pauseButton);
    } else if (!last && (step.advance.kind === 'next' || !withHotspot))
      actions.push(button('Next', () => go(index + 1), true));
    else if (!last && withHotspot)
      actions.push(h('p', { class: 'scp-hint' }, 'Select the highlighted area to continue.'));
    actions.push(ctaLink(step));
    if (last && total > 1) actions.push(button('Restart', () => go(0)));
    tipActions.replaceChildren(...actions.filter((node): node is Node => !!node));

    // Progress, chapter, toolbar.
    count.textContent = `Step ${index + 1} of ${total}`;
    meterFill.style.width = `${((index + 1) / total) * 100}%`;
    const chapter = [...chapters].reverse().find((c) => c.index <= index);
    chapterSelect.value = String(chapter ? chapter.index : 0);
    setDisabled(back, index === 0);
    setDisabled(next, last);

    live.textContent = '';
    requestAnimationFrame(() => {
      live.textContent = `Step ${index + 1} of ${total}: ${title}. ${fill(step.bodyText)}`;
    });
    place();
    if (moveFocus) (withHotspot ? hotspot : tipTitle).focus({ preventScroll: !narrow.matches });

    const upcoming = steps[index + 1]?.image;
    if (upcoming) new Image().src = upcoming.url;
    tracker.track('step_viewed', { id: step.id, index });
    if (last && !completed) {
      completed = true;
      tracker.track('completed', { id: step.id, index });
    }
  };

  /** A step change by the viewer: focus follows when it was on the changing part (or nowhere). */
  const go = (target: number) => {
    if (target < 0 || target >= total || target === index) return;
    const active = document.activeElement;
    show(target, !active || active === document.body || stage.contains(active));
  };

  hotspot.addEventListener('click', () => {
    const step = steps[index];
    if (step) tracker.track('hotspot_clicked', { id: step.id, index });
    go(index + 1);
  });
  back.addEventListener('click', () => go(index - 1));
  next.addEventListener('click', () => go(index + 1));
  restart.addEventListener('click', () => {
    if (index !== 0) show(0, false);
  });
  chapterSelect.addEventListener('change', () => go(Number(chapterSelect.value)));
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as HTMLElement;
    if (target !== document.body && !root.contains(target)) return;
    if (target.closest('select, input, textarea, [contenteditable]')) return;
    const onControl = !!target.closest('button, a');
    if (event.key === 'ArrowRight' || (event.key === 'Enter' && !onControl)) {
      event.preventDefault();
      go(index + 1);
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      go(index - 1);
    }
  });

  tracker.track('session_start');
  if (total) show(0, false);
  return {
    go,
    get index() {
      return index;
    },
  };
}

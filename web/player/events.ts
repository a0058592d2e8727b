import {
  PLAYER_EVENTS_PER_BATCH,
  PLAYER_MESSAGE_TYPE,
  type PlayerEvent,
  type PlayerEventBatch,
  type PlayerEventKind,
} from '../../shared/clickthrough.ts';

/** A random v4 uuid (crypto.getRandomValues works outside secure contexts, randomUUID does not). */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The events the host page of an embed hears about (postMessage). */
const toHost: PlayerEventKind[] = ['step_viewed', 'cta_clicked', 'completed'];

export interface Tracker {
  /** Records an event; `index` is the step's 0-based position (for the host page's message). */
  track(kind: PlayerEventKind, step?: { id: string; index: number }): void;
  flush(): void;
}

/**
 * Events of one page load: a random session id (no cookie, nothing stored), queued and sent in
 * batches with navigator.sendBeacon as text/plain JSON (no CORS preflight) every few seconds, when
 * the page is hidden or left, and whenever a batch is full. No events URL (a standalone export):
 * nothing is sent. Framed: step views, CTA clicks and completion are posted to the host page.
 */
export function createTracker(options: {
  url: string | null;
  versionId: string;
  steps: number;
  flushEveryMs?: number;
}): Tracker {
  const { url, versionId, steps } = options;
  const sessionId = randomId();
  const started = performance.now();
  const framed = window.parent !== window;
  const queue: PlayerEvent[] = [];

  const send = (events: PlayerEvent[]) => {
    if (!url) return;
    const batch: PlayerEventBatch = { versionId, sessionId, events };
    const body = JSON.stringify(batch);
    let queued = false;
    try {
      queued = navigator.sendBeacon?.(url, body) ?? false;
    } catch {
      queued = false;
    }
    if (!queued)
      fetch(url, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'text/plain' } }).catch(
        () => {},
      );
  };
  const flush = () => {
    while (queue.length) send(queue.splice(0, PLAYER_EVENTS_PER_BATCH));
  };

  if (url) {
    setInterval(flush, options.flushEveryMs ?? 5000);
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }

  return {
    flush,
    track(kind, step) {
      const event: PlayerEvent = { kind, at: Math.max(0, Math.round(performance.now() - started)) };
      if (step) event.stepId = step.id;
      if (url) {
        queue.push(event);
        if (queue.length >= PLAYER_EVENTS_PER_BATCH) flush();
      }
      if (framed && toHost.includes(kind))
        window.parent.postMessage(
          {
            type: PLAYER_MESSAGE_TYPE,
            event: kind,
            stepId: step?.id,
            step: step ? step.index + 1 : undefined,
            steps,
          },
          '*',
        );
    },
  };
}

import type { Funnel } from '../../../shared/schemas/clickthrough-events.ts';

/** What leaves the server of a stored batch: how many events were taken. */
export const presentAccepted = (result: { accepted: number }) => ({ accepted: result.accepted });

/** The funnel as computed: step ids, titles, counts and times, nothing about who played. */
export const presentFunnel = (funnel: Funnel): Funnel => ({
  versionId: funnel.versionId,
  version: funnel.version,
  from: funnel.from,
  to: funnel.to,
  steps: funnel.steps.map((step) => ({
    stepId: step.stepId,
    title: step.title,
    position: step.position,
    reached: step.reached,
    dropped: step.dropped,
    medianMs: step.medianMs,
    ctaClicks: step.ctaClicks,
  })),
  sessions: funnel.sessions,
  completed: funnel.completed,
  completionRate: funnel.completionRate,
  ctaClicks: funnel.ctaClicks,
});

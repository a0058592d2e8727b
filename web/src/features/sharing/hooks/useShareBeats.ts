import { BEAT_SECONDS, IDLE_AFTER_MS, VISIT_MERGE_MS } from '@shared/schemas/sharing.ts';
import { useEffect } from 'react';
import { apiClient } from '../../../api/client.ts';

const activityEvents = ['pointermove', 'pointerdown', 'keydown', 'scroll', 'wheel', 'touchstart'] as const;

/**
 * Records the visit once the asset shows, then a beat every 10 seconds while the page is visible
 * and was used in the last minute. After a long pause it asks for the visit again (the server
 * continues it within 30 minutes, or starts a new one).
 */
export function useShareBeats(token: string, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const path = { params: { path: { token } } };
    let visitId: string | undefined;
    let lastActivity = Date.now();
    let lastSent = Date.now();
    let stopped = false;
    const startVisit = async () => {
      try {
        visitId = (await apiClient.POST('/api/shared/{token}/visits', path)).visitId;
        lastSent = Date.now();
      } catch {
        visitId = undefined;
      }
    };
    const markActive = () => {
      lastActivity = Date.now();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') markActive();
    };
    void startVisit();
    for (const name of activityEvents) window.addEventListener(name, markActive, { passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    const timer = window.setInterval(async () => {
      if (stopped || document.visibilityState !== 'visible') return;
      if (Date.now() - lastActivity > IDLE_AFTER_MS) return;
      if (!visitId || Date.now() - lastSent > VISIT_MERGE_MS) await startVisit();
      if (!visitId) return;
      try {
        const { counted } = await apiClient.POST('/api/shared/{token}/beats', { ...path, body: { visitId } });
        lastSent = Date.now();
        if (!counted && Date.now() - lastActivity < IDLE_AFTER_MS) visitId = undefined;
      } catch {
        stopped = true; // the link was turned off or has expired: the page says so on its next load
      }
    }, BEAT_SECONDS * 1000);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      for (const name of activityEvents) window.removeEventListener(name, markActive);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [token, enabled]);
}

import { useEffect } from 'react';

const APP = 'Showcase';

/**
 * Names the browser tab (and what a screen reader announces on navigation) after the page:
 * "Library · Showcase", "Request #12 · Showcase". Every routed page calls it once; while the
 * page's record is still loading, pass undefined and the tab says "Showcase".
 */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · ${APP}` : APP;
  }, [title]);
}

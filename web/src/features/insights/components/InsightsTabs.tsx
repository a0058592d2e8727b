import { Tabs } from '@mantine/core';
import { can } from '@shared/roles.ts';
import { IconChartBar, IconChecklist, IconTarget } from '@tabler/icons-react';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../../auth/hooks/useSession.ts';

/**
 * The three views of insights: engagement, the team's work (for those who triage requests) and
 * the quarter's OKRs. Each is its own address, so a link or a bookmark opens the one meant; the
 * date range travels from one view to the next.
 */
export function InsightsTabs() {
  const role = useSession().data?.user.role;
  const location = useLocation();
  const navigate = useNavigate();
  const views = [
    { path: '/insights', label: 'Engagement', icon: IconChartBar },
    ...(can(role, 'requests.triage')
      ? [{ path: '/insights/work', label: 'Team work', icon: IconChecklist }]
      : []),
    { path: '/insights/okrs', label: 'OKRs', icon: IconTarget },
  ];
  const range = new URLSearchParams(location.search);
  const carried = new URLSearchParams();
  for (const key of ['from', 'to']) {
    const value = range.get(key);
    if (value) carried.set(key, value);
  }
  return (
    <Tabs
      value={location.pathname.replace(/\/$/, '')}
      onChange={(path) =>
        path && navigate({ pathname: path, search: path.endsWith('okrs') ? '' : carried.toString() })
      }
      aria-label="Insights views"
    >
      <Tabs.List>
        {views.map(({ path, label, icon: Icon }) => (
          <Tabs.Tab key={path} value={path} leftSection={<Icon size={16} />}>
            {label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}

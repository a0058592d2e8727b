import { Tabs } from '@mantine/core';
import { can } from '@shared/roles.ts';
import { IconCalendarMonth, IconFileImport, IconTimeline } from '@tabler/icons-react';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../../auth/hooks/useSession.ts';

/** The views of the plan: the roadmap, the calendar and (for planners) the spreadsheet import. */
export function PlanTabs() {
  const role = useSession().data?.user.role;
  const location = useLocation();
  const navigate = useNavigate();
  const views = [
    { path: '/plan', label: 'Roadmap', icon: IconTimeline },
    { path: '/plan/calendar', label: 'Calendar', icon: IconCalendarMonth },
    ...(can(role, 'plan.edit') ? [{ path: '/plan/import', label: 'Import', icon: IconFileImport }] : []),
  ];
  return (
    <Tabs
      value={location.pathname.replace(/\/$/, '')}
      onChange={(path) => path && navigate(path)}
      aria-label="Plan views"
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

import { IconCalendarEvent, IconChartBar } from '@tabler/icons-react';
import { createBrowserRouter, Navigate } from 'react-router';
import { AccountPage } from './features/account/pages/AccountPage.tsx';
import { RequireSession } from './features/auth/components/RequireSession.tsx';
import { SignInPage } from './features/auth/pages/SignInPage.tsx';
import { DemoPage } from './features/demos/pages/DemoPage.tsx';
import { DemosPage } from './features/demos/pages/DemosPage.tsx';
import { AssetEditorPage } from './features/library/pages/AssetEditorPage.tsx';
import { AssetPage } from './features/library/pages/AssetPage.tsx';
import { ImportPage } from './features/library/pages/ImportPage.tsx';
import { LibraryPage } from './features/library/pages/LibraryPage.tsx';
import { ListsPage } from './features/library/pages/ListsPage.tsx';
import { NewRequestPage } from './features/requests/pages/NewRequestPage.tsx';
import { RequestPage } from './features/requests/pages/RequestPage.tsx';
import { RequestsPage } from './features/requests/pages/RequestsPage.tsx';
import { DeliverableTypesPage } from './features/settings/pages/DeliverableTypesPage.tsx';
import { JobsPage } from './features/settings/pages/JobsPage.tsx';
import { SettingsLayout } from './features/settings/pages/SettingsLayout.tsx';
import { TeamMembersPage } from './features/settings/pages/TeamMembersPage.tsx';
import { TeamsPage } from './features/settings/pages/TeamsPage.tsx';
import { TermListPage } from './features/settings/pages/TermListPage.tsx';
import { UsersPage } from './features/settings/pages/UsersPage.tsx';
import { WebhooksPage } from './features/settings/pages/WebhooksPage.tsx';
import { WorkspacePage } from './features/settings/pages/WorkspacePage.tsx';
import { AppLayout } from './features/shell/components/AppLayout.tsx';
import { ComingSoonPage } from './features/shell/pages/ComingSoonPage.tsx';
import { NotFoundPage } from './features/shell/pages/NotFoundPage.tsx';

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="/library" replace /> },
          { path: 'library', element: <LibraryPage /> },
          { path: 'library/new', element: <AssetEditorPage /> },
          { path: 'library/lists', element: <ListsPage /> },
          { path: 'library/import', element: <ImportPage /> },
          { path: 'library/assets/:id', element: <AssetPage /> },
          { path: 'library/assets/:id/edit', element: <AssetEditorPage /> },
          { path: 'requests', element: <RequestsPage /> },
          { path: 'requests/new', element: <NewRequestPage /> },
          { path: 'requests/:id', element: <RequestPage /> },
          { path: 'demos', element: <DemosPage /> },
          { path: 'demos/:id', element: <DemoPage /> },
          {
            path: 'plan',
            element: (
              <ComingSoonPage
                title="Plan"
                icon={IconCalendarEvent}
                description="Roadmap by quarter, a publishing calendar with an iCal feed, and the distribution checklist for each piece."
              />
            ),
          },
          {
            path: 'insights',
            element: (
              <ComingSoonPage
                title="Insights"
                icon={IconChartBar}
                description="Views, engagement and campaigns influenced per asset and per recipient, and OKRs computed from live data."
              />
            ),
          },
          { path: 'account', element: <AccountPage /> },
          {
            path: 'settings',
            element: <SettingsLayout />,
            children: [
              { index: true, element: <Navigate to="workspace" replace /> },
              { path: 'workspace', element: <WorkspacePage /> },
              { path: 'deliverable-types', element: <DeliverableTypesPage /> },
              { path: 'taxonomy/:kind', element: <TermListPage /> },
              { path: 'teams', element: <TeamsPage /> },
              { path: 'team-members', element: <TeamMembersPage /> },
              { path: 'users', element: <UsersPage /> },
              { path: 'webhooks', element: <WebhooksPage /> },
              { path: 'jobs', element: <JobsPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

import { IconCalendarEvent, IconChartBar } from '@tabler/icons-react';
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { FullPageLoader } from './components/FullPageLoader.tsx';
import { PageSkeleton } from './components/PageSkeleton.tsx';
import { RequireSession } from './features/auth/components/RequireSession.tsx';
import { AppLayout } from './features/shell/components/AppLayout.tsx';
import { NotFoundPage } from './features/shell/pages/NotFoundPage.tsx';

/** A page component loaded on first use: its module becomes a chunk of its own. */
function lazyPage<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: (await load())[name] }));
}

/** The page area while a page's code loads; the shell around it stays on screen. */
function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageSkeleton />}>{children}</Suspense>;
}

// Every page is its own chunk, fetched when its route is first visited: the library page does not
// pay for the request board, the demo editor or the settings screens.
const AccountPage = lazyPage(() => import('./features/account/pages/AccountPage.tsx'), 'AccountPage');
const SignInPage = lazyPage(() => import('./features/auth/pages/SignInPage.tsx'), 'SignInPage');
const DemoPage = lazyPage(() => import('./features/demos/pages/DemoPage.tsx'), 'DemoPage');
const DemosPage = lazyPage(() => import('./features/demos/pages/DemosPage.tsx'), 'DemosPage');
const AssetEditorPage = lazyPage(
  () => import('./features/library/pages/AssetEditorPage.tsx'),
  'AssetEditorPage',
);
const AssetPage = lazyPage(() => import('./features/library/pages/AssetPage.tsx'), 'AssetPage');
const ImportPage = lazyPage(() => import('./features/library/pages/ImportPage.tsx'), 'ImportPage');
const LibraryPage = lazyPage(() => import('./features/library/pages/LibraryPage.tsx'), 'LibraryPage');
const ListsPage = lazyPage(() => import('./features/library/pages/ListsPage.tsx'), 'ListsPage');
const NewRequestPage = lazyPage(
  () => import('./features/requests/pages/NewRequestPage.tsx'),
  'NewRequestPage',
);
const RequestPage = lazyPage(() => import('./features/requests/pages/RequestPage.tsx'), 'RequestPage');
const RequestsPage = lazyPage(() => import('./features/requests/pages/RequestsPage.tsx'), 'RequestsPage');
const DeliverableTypesPage = lazyPage(
  () => import('./features/settings/pages/DeliverableTypesPage.tsx'),
  'DeliverableTypesPage',
);
const SettingsLayout = lazyPage(
  () => import('./features/settings/pages/SettingsLayout.tsx'),
  'SettingsLayout',
);
const TeamMembersPage = lazyPage(
  () => import('./features/settings/pages/TeamMembersPage.tsx'),
  'TeamMembersPage',
);
const TeamsPage = lazyPage(() => import('./features/settings/pages/TeamsPage.tsx'), 'TeamsPage');
const TermListPage = lazyPage(() => import('./features/settings/pages/TermListPage.tsx'), 'TermListPage');
const UsersPage = lazyPage(() => import('./features/settings/pages/UsersPage.tsx'), 'UsersPage');
const WebhooksPage = lazyPage(() => import('./features/settings/pages/WebhooksPage.tsx'), 'WebhooksPage');
const WorkspacePage = lazyPage(() => import('./features/settings/pages/WorkspacePage.tsx'), 'WorkspacePage');
const ComingSoonPage = lazyPage(() => import('./features/shell/pages/ComingSoonPage.tsx'), 'ComingSoonPage');

export const router = createBrowserRouter([
  {
    path: '/sign-in',
    element: (
      <Suspense fallback={<FullPageLoader />}>
        <SignInPage />
      </Suspense>
    ),
  },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="/library" replace /> },
          {
            path: 'library',
            element: (
              <Page>
                <LibraryPage />
              </Page>
            ),
          },
          {
            path: 'library/new',
            element: (
              <Page>
                <AssetEditorPage />
              </Page>
            ),
          },
          {
            path: 'library/lists',
            element: (
              <Page>
                <ListsPage />
              </Page>
            ),
          },
          {
            path: 'library/import',
            element: (
              <Page>
                <ImportPage />
              </Page>
            ),
          },
          {
            path: 'library/assets/:id',
            element: (
              <Page>
                <AssetPage />
              </Page>
            ),
          },
          {
            path: 'library/assets/:id/edit',
            element: (
              <Page>
                <AssetEditorPage />
              </Page>
            ),
          },
          {
            path: 'requests',
            element: (
              <Page>
                <RequestsPage />
              </Page>
            ),
          },
          {
            path: 'requests/new',
            element: (
              <Page>
                <NewRequestPage />
              </Page>
            ),
          },
          {
            path: 'requests/:id',
            element: (
              <Page>
                <RequestPage />
              </Page>
            ),
          },
          {
            path: 'demos',
            element: (
              <Page>
                <DemosPage />
              </Page>
            ),
          },
          {
            path: 'demos/:id',
            element: (
              <Page>
                <DemoPage />
              </Page>
            ),
          },
          {
            path: 'plan',
            element: (
              <Page>
                <ComingSoonPage
                  title="Plan"
                  icon={IconCalendarEvent}
                  description="Roadmap by quarter, a publishing calendar with an iCal feed, and the distribution checklist for each piece."
                />
              </Page>
            ),
          },
          {
            path: 'insights',
            element: (
              <Page>
                <ComingSoonPage
                  title="Insights"
                  icon={IconChartBar}
                  description="Views, engagement and campaigns influenced per asset and per recipient, and OKRs computed from live data."
                />
              </Page>
            ),
          },
          {
            path: 'account',
            element: (
              <Page>
                <AccountPage />
              </Page>
            ),
          },
          {
            path: 'settings',
            element: (
              <Page>
                <SettingsLayout />
              </Page>
            ),
            children: [
              { index: true, element: <Navigate to="workspace" replace /> },
              {
                path: 'workspace',
                element: (
                  <Page>
                    <WorkspacePage />
                  </Page>
                ),
              },
              {
                path: 'deliverable-types',
                element: (
                  <Page>
                    <DeliverableTypesPage />
                  </Page>
                ),
              },
              {
                path: 'taxonomy/:kind',
                element: (
                  <Page>
                    <TermListPage />
                  </Page>
                ),
              },
              {
                path: 'teams',
                element: (
                  <Page>
                    <TeamsPage />
                  </Page>
                ),
              },
              {
                path: 'team-members',
                element: (
                  <Page>
                    <TeamMembersPage />
                  </Page>
                ),
              },
              {
                path: 'users',
                element: (
                  <Page>
                    <UsersPage />
                  </Page>
                ),
              },
              {
                path: 'webhooks',
                element: (
                  <Page>
                    <WebhooksPage />
                  </Page>
                ),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

import type { Permission } from '@shared/roles.ts';
import {
  type Attributes,
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  Suspense,
} from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { FullPageLoader } from './components/FullPageLoader.tsx';
import { PageSkeleton } from './components/PageSkeleton.tsx';
import { RequirePermission } from './features/auth/components/RequirePermission.tsx';
import { RequireSession } from './features/auth/components/RequireSession.tsx';
import { AppLayout } from './features/shell/components/AppLayout.tsx';
import { NotFoundPage } from './features/shell/pages/NotFoundPage.tsx';

type LazyPage<P extends object> = LazyExoticComponent<ComponentType<P>> & { preload: () => Promise<unknown> };

/** A page component loaded on first use: its module becomes a chunk of its own. */
function lazyPage<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyPage<P> {
  let loading: Promise<Record<K, ComponentType<P>>> | undefined;
  const preload = () => {
    loading ??= load();
    return loading;
  };
  return Object.assign(
    lazy(async () => ({ default: (await preload())[name] })),
    { preload },
  );
}

/**
 * A route showing a lazy page. Its loader only starts the page's download: React Router runs the
 * loaders of every matched route at once, so a nested page (settings → deliverable types) loads
 * in parallel with its layout instead of after it.
 */
function page<P extends object>(path: string, Component: LazyPage<P>, props?: P) {
  return {
    path,
    loader: () => {
      void Component.preload();
      return null;
    },
    element: (
      <Page>
        <Component {...(props as P & Attributes)} />
      </Page>
    ),
  };
}

/**
 * Routes only roles holding `permission` may open (shared/roles.ts, as the API checks); anyone
 * else who types the address sees "Not allowed", not a form that fails on save.
 */
function guarded(permission: Permission, children: RouteObject[]): RouteObject {
  return { element: <RequirePermission permission={permission} />, children };
}

/** The page area while a page's code loads; the shell around it stays on screen. */
function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageSkeleton />}>{children}</Suspense>;
}

// Every page is its own chunk, fetched when its route is first visited: the library page does not
// pay for the request board, the demo editor or the settings screens.
const InsightsPage = lazyPage(() => import('./features/insights/pages/InsightsPage.tsx'), 'InsightsPage');
const OkrsPage = lazyPage(() => import('./features/insights/pages/OkrsPage.tsx'), 'OkrsPage');
const WorkPage = lazyPage(() => import('./features/insights/pages/WorkPage.tsx'), 'WorkPage');
const AccountPage = lazyPage(() => import('./features/account/pages/AccountPage.tsx'), 'AccountPage');
const SharedPage = lazyPage(() => import('./features/sharing/pages/SharedPage.tsx'), 'SharedPage');
const SignInPage = lazyPage(() => import('./features/auth/pages/SignInPage.tsx'), 'SignInPage');
const DemoPage = lazyPage(() => import('./features/demos/pages/DemoPage.tsx'), 'DemoPage');
const DemosPage = lazyPage(() => import('./features/demos/pages/DemosPage.tsx'), 'DemosPage');
const ClickThroughPage = lazyPage(
  () => import('./features/demos/pages/ClickThroughPage.tsx'),
  'ClickThroughPage',
);
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
const GitlabIntakePage = lazyPage(
  () => import('./features/settings/pages/GitlabIntakePage.tsx'),
  'GitlabIntakePage',
);
const JobsPage = lazyPage(() => import('./features/settings/pages/JobsPage.tsx'), 'JobsPage');
const AuditLogPage = lazyPage(() => import('./features/settings/pages/AuditLogPage.tsx'), 'AuditLogPage');
const WebhooksPage = lazyPage(() => import('./features/settings/pages/WebhooksPage.tsx'), 'WebhooksPage');
const DistributionChannelsPage = lazyPage(
  () => import('./features/distribution/pages/DistributionChannelsPage.tsx'),
  'DistributionChannelsPage',
);
const PublishingChecklistsPage = lazyPage(
  () => import('./features/distribution/pages/PublishingChecklistsPage.tsx'),
  'PublishingChecklistsPage',
);
const WorkspacePage = lazyPage(() => import('./features/settings/pages/WorkspacePage.tsx'), 'WorkspacePage');
const RoadmapPage = lazyPage(() => import('./features/plan/pages/RoadmapPage.tsx'), 'RoadmapPage');
const CalendarPage = lazyPage(() => import('./features/plan/pages/CalendarPage.tsx'), 'CalendarPage');
const PlanEntryPage = lazyPage(() => import('./features/plan/pages/PlanEntryPage.tsx'), 'PlanEntryPage');
const PlanImportPage = lazyPage(() => import('./features/plan/pages/PlanImportPage.tsx'), 'PlanImportPage');

export const router = createBrowserRouter([
  // What an outsider opens from a share link: no session, no shell, nothing of the workspace.
  {
    path: '/s/:token',
    element: (
      <Suspense fallback={<FullPageLoader />}>
        <SharedPage />
      </Suspense>
    ),
  },
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
          page('library', LibraryPage),
          page('library/lists', ListsPage),
          page('library/assets/:id', AssetPage),
          guarded('library.edit', [
            page('library/new', AssetEditorPage),
            page('library/assets/:id/edit', AssetEditorPage),
          ]),
          guarded('library.import', [page('library/import', ImportPage)]),
          guarded('requests.read', [page('requests', RequestsPage), page('requests/:id', RequestPage)]),
          guarded('requests.create', [page('requests/new', NewRequestPage)]),
          guarded('demos.read', [
            page('demos', DemosPage),
            page('demos/:id', DemoPage),
            page('demos/:id/click-through', ClickThroughPage),
          ]),
          guarded('plan.read', [
            page('plan', RoadmapPage),
            page('plan/calendar', CalendarPage),
            page('plan/entries/:id', PlanEntryPage),
          ]),
          guarded('plan.edit', [page('plan/import', PlanImportPage)]),
          guarded('insights.read', [page('insights', InsightsPage), page('insights/okrs', OkrsPage)]),
          guarded('requests.triage', [page('insights/work', WorkPage)]),
          page('account', AccountPage),
          guarded('settings.manage', [
            {
              ...page('settings', SettingsLayout),
              children: [
                { index: true, element: <Navigate to="workspace" replace /> },
                page('workspace', WorkspacePage),
                page('deliverable-types', DeliverableTypesPage),
                page('distribution-channels', DistributionChannelsPage),
                page('publishing-checklists', PublishingChecklistsPage),
                page('taxonomy/:kind', TermListPage),
                page('teams', TeamsPage),
                page('team-members', TeamMembersPage),
                page('users', UsersPage),
                page('webhooks', WebhooksPage),
                page('gitlab', GitlabIntakePage),
                page('jobs', JobsPage),
                page('audit', AuditLogPage),
              ],
            },
          ]),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

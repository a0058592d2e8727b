import type { Permission } from '@shared/roles.ts';
import { lazy, type ReactNode, Suspense } from 'react';
import { Outlet } from 'react-router';
import { useCan } from '../hooks/useCan.ts';

// The "not allowed" page is rare: it loads when shown, not with every page.
const NotAllowed = lazy(() => import('./NotAllowed.tsx'));

/**
 * A route guard: renders its page (children, or the nested routes) only for roles holding
 * `permission`; everyone else gets "Not allowed" instead of a form that fails on save.
 */
export function RequirePermission({
  permission,
  children,
}: {
  permission: Permission;
  children?: ReactNode;
}) {
  const can = useCan();
  if (!can(permission))
    return (
      <Suspense fallback={null}>
        <NotAllowed permission={permission} />
      </Suspense>
    );
  return children ?? <Outlet />;
}

import { type Permission, can as roleCan } from '@shared/roles.ts';
import { useCallback } from 'react';
import { useSession } from './useSession.ts';

/**
 * What the signed-in person may do, from the same permission table the API enforces
 * (shared/roles.ts): `const can = useCan(); can('requests.triage')`. Pages and actions use it to
 * show only what the caller can use; the server still checks every call.
 */
export function useCan(): (permission: Permission) => boolean {
  const role = useSession().data?.user.role;
  return useCallback((permission: Permission) => roleCan(role, permission), [role]);
}

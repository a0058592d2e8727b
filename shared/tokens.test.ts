import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Permission, permissions } from './roles.ts';
import {
  describeTokenScopes,
  normaliseTokenScopes,
  tokenAreas,
  tokenAreasOfRole,
  tokenScopeRefusal,
  tokenScopes,
} from './tokens.ts';

const allPermissions = Object.keys(permissions) as Permission[];
const methods = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'];

describe('token scopes', () => {
  it('offer every permission area but the account', () => {
    const prefixes = new Set(allPermissions.map((permission) => permission.split('.')[0]));
    prefixes.delete('account');
    expect([...tokenAreas].sort()).toEqual([...prefixes].sort());
  });

  it('never let a read-only token write, nor an area token outside its areas', () => {
    fc.assert(
      fc.property(
        fc.subarray([...tokenScopes]),
        fc.constantFrom<'signed-in' | Permission>('signed-in', ...allPermissions),
        fc.constantFrom(...methods),
        (scopes, access, method) => {
          const refused = tokenScopeRefusal(scopes, access, method) !== undefined;
          const areas = scopes.filter((scope) => scope !== 'read');
          if (scopes.includes('read') && !['GET', 'HEAD', 'OPTIONS'].includes(method))
            expect(refused).toBe(true);
          if (access !== 'signed-in' && areas.length > 0 && !areas.includes(access.split('.')[0] as never))
            expect(refused).toBe(true);
          // No scopes at all: the role alone decides.
          if (scopes.length === 0) expect(refused).toBe(false);
        },
      ),
    );
  });

  it('allow an area token in its own area, and a read-only token every read', () => {
    expect(tokenScopeRefusal(['plan'], 'plan.edit', 'PATCH')).toBeUndefined();
    expect(tokenScopeRefusal(['read'], 'audit.read', 'GET')).toBeUndefined();
    expect(tokenScopeRefusal(['read'], 'account.manage', 'GET')).toBeUndefined();
    expect(tokenScopeRefusal(['library'], 'account.manage', 'GET')).toMatch(/full access/);
    expect(tokenScopeRefusal(['library'], 'plan.read', 'GET')).toContain('"plan"');
  });

  it('are named in words people use, in one order', () => {
    expect(describeTokenScopes([])).toBe('Full access');
    expect(describeTokenScopes(['read'])).toBe('Read only');
    expect(describeTokenScopes(normaliseTokenScopes(['plan', 'read', 'library']))).toBe(
      'Read only: Library, Content plan',
    );
    expect(tokenAreasOfRole('viewer')).toEqual(['library', 'settings', 'notifications']);
  });
});

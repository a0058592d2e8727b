import { describe, expect, it } from 'vitest';
import type { AssetStatus } from './library.ts';
import {
  type Action,
  assetActions,
  demoActions,
  importActions,
  requestActions,
  shareLinkActions,
  visibleStatuses,
} from './policies.ts';
import type { RequestState } from './requests.ts';
import type { Role } from './roles.ts';

// Written out by hand, row by row: who (role, and how they stand to the record) → what they may
// do. A rule change in shared/policies.ts has to change a row here too.

const me = 'user-me';
const other = 'user-other';

describe('asset policy', () => {
  const table: [Role, 'owner' | 'not owner', AssetStatus, Action[]][] = [
    ['admin', 'not owner', 'draft', ['read', 'edit', 'publish', 'share']],
    ['admin', 'not owner', 'published', ['read', 'edit', 'publish', 'share']],
    ['tmm', 'not owner', 'in_review', ['read', 'edit', 'publish', 'share']],
    ['tmm', 'owner', 'archived', ['read', 'edit', 'publish', 'share']],
    ['requester', 'owner', 'published', ['read', 'share']],
    ['requester', 'not owner', 'published', ['read']],
    ['requester', 'owner', 'archived', ['read', 'share']],
    ['requester', 'not owner', 'archived', ['read']],
    ['requester', 'owner', 'draft', []],
    ['requester', 'owner', 'in_review', []],
    ['viewer', 'owner', 'published', ['read', 'share']],
    ['viewer', 'not owner', 'published', ['read']],
    ['viewer', 'owner', 'archived', []],
    ['viewer', 'owner', 'draft', []],
  ];
  it.each(table)('%s, %s, %s asset → %j', (role, ownership, status, expected) => {
    const asset = { status, ownerId: ownership === 'owner' ? me : other };
    expect(assetActions({ id: me, role }, asset)).toEqual(expected);
  });

  it('an asset with no owner is shared by TMMs and admins only', () => {
    expect(assetActions({ id: me, role: 'requester' }, { status: 'published', ownerId: null })).toEqual([
      'read',
    ]);
    expect(assetActions({ id: me, role: 'tmm' }, { status: 'published', ownerId: null })).toContain('share');
  });

  it('reads exactly the statuses each role sees in the library', () => {
    expect(visibleStatuses('admin')).toEqual(['draft', 'in_review', 'published', 'archived']);
    expect(visibleStatuses('tmm')).toEqual(['draft', 'in_review', 'published', 'archived']);
    expect(visibleStatuses('requester')).toEqual(['published', 'archived']);
    expect(visibleStatuses('viewer')).toEqual(['published']);
  });
});

describe('demo policy', () => {
  const table: [Role, AssetStatus, Action[]][] = [
    ['admin', 'draft', ['read', 'edit']],
    ['tmm', 'published', ['read', 'edit']],
    ['requester', 'published', ['read']],
    ['requester', 'draft', []],
    ['viewer', 'published', []],
  ];
  it.each(table)('%s, %s demo → %j', (role, status, expected) => {
    expect(demoActions({ id: me, role }, { status, ownerId: me })).toEqual(expected);
  });
});

describe('request policy', () => {
  const table: [Role, 'own' | "team's" | "another team's", Action[]][] = [
    ['admin', "another team's", ['read', 'edit', 'triage', 'cancel', 'addResults']],
    ['tmm', "another team's", ['read', 'edit', 'triage', 'cancel', 'addResults']],
    ['tmm', 'own', ['read', 'edit', 'triage', 'cancel', 'addResults']],
    ['requester', 'own', ['read', 'edit', 'cancel', 'addResults']],
    ['requester', "team's", ['read']],
    ['requester', "another team's", []],
    ['viewer', 'own', []],
    ['viewer', "team's", []],
  ];
  it.each(table)('%s, %s request → %j', (role, standing, expected) => {
    const request = {
      requesterId: standing === 'own' ? me : other,
      teamId: standing === "another team's" ? 'team-b' : 'team-a',
      state: 'triage' as const,
    };
    expect(requestActions({ id: me, role, teamId: 'team-a' }, request)).toEqual(expected);
  });

  it('a requester in no team reads only their own', () => {
    expect(
      requestActions({ id: me, role: 'requester', teamId: null }, { requesterId: other, teamId: null }),
    ).toEqual([]);
    expect(
      requestActions({ id: me, role: 'requester', teamId: null }, { requesterId: me, teamId: null }),
    ).toEqual(['read', 'cancel', 'addResults']);
  });

  it('a requester edits their own request only until it is accepted; triage stays with TMMs', () => {
    const own = (state: RequestState) => ({ requesterId: me, teamId: 'team-a', state });
    const requester = { id: me, role: 'requester' as const, teamId: 'team-a' };
    expect(requestActions(requester, own('new_request'))).toContain('edit');
    expect(requestActions(requester, own('triage'))).toContain('edit');
    for (const state of ['backlog', 'assigned', 'completed', 'canceled'] as const)
      expect(requestActions(requester, own(state)), state).not.toContain('edit');
    expect(requestActions(requester, own('new_request'))).not.toContain('triage');
    expect(requestActions({ id: other, role: 'tmm' }, own('completed'))).toContain('edit');
  });
});

describe('share link policy', () => {
  const table: [Role, 'maker' | 'not maker', 'owner' | 'not owner', AssetStatus, Action[]][] = [
    ['admin', 'not maker', 'not owner', 'published', ['read', 'cancel']],
    ['tmm', 'not maker', 'not owner', 'draft', ['read', 'cancel']],
    ['requester', 'maker', 'owner', 'published', ['read', 'cancel']],
    ['requester', 'not maker', 'owner', 'published', ['read']],
    ['requester', 'maker', 'not owner', 'published', ['read', 'cancel']],
    ['requester', 'maker', 'owner', 'draft', ['read', 'cancel']],
    ['requester', 'not maker', 'not owner', 'published', []],
    ['requester', 'not maker', 'owner', 'draft', []],
    ['viewer', 'maker', 'owner', 'published', ['read', 'cancel']],
    ['viewer', 'not maker', 'owner', 'published', ['read']],
    ['viewer', 'not maker', 'not owner', 'published', []],
  ];
  it.each(table)('%s, %s of the link, %s of the %s asset → %j', (role, making, owning, status, expected) => {
    const link = {
      createdBy: making === 'maker' ? me : other,
      asset: { status, ownerId: owning === 'owner' ? me : other },
    };
    expect(shareLinkActions({ id: me, role }, link)).toEqual(expected);
  });

  it('a link whose maker is gone is turned off by TMMs and admins only', () => {
    const link = { createdBy: null, asset: { status: 'published' as const, ownerId: me } };
    expect(shareLinkActions({ id: me, role: 'requester' }, link)).toEqual(['read']);
    expect(shareLinkActions({ id: me, role: 'tmm' }, link)).toEqual(['read', 'cancel']);
  });
});

describe('import policy', () => {
  const table: [Role, 'starter' | 'not starter', Action[]][] = [
    ['admin', 'not starter', ['read']],
    ['tmm', 'starter', ['read']],
    ['tmm', 'not starter', []],
    ['requester', 'starter', ['read']],
  ];
  it.each(table)('%s, %s of the import → %j', (role, starting, expected) => {
    expect(importActions({ id: me, role }, { startedBy: starting === 'starter' ? me : other })).toEqual(
      expected,
    );
  });
});

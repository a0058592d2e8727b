import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  budgetAfter,
  dueDateProblem,
  isLegalTransition,
  isSimilarRequest,
  nextStates,
  priorityScore,
  quarterOf,
  requestCost,
  requestSimilarity,
  requestStates,
  suggestAssignee,
  transitionRequirements,
} from './requests.ts';

describe('request state machine', () => {
  const legal = [
    ['new_request', 'triage'],
    ['triage', 'backlog'],
    ['triage', 'assigned'],
    ['backlog', 'assigned'],
    ['assigned', 'completed'],
    ['completed', 'closed'],
    ['completed', 'assigned'],
    ['declined', 'triage'],
    ['triage', 'duplicate'],
  ] as const;
  const illegal = [
    ['new_request', 'completed'],
    ['new_request', 'assigned'],
    ['backlog', 'completed'],
    ['closed', 'triage'],
    ['closed', 'assigned'],
    ['declined', 'assigned'],
    ['completed', 'triage'],
    ['assigned', 'new_request'],
  ] as const;

  it.each(legal)('allows %s → %s', (from, to) => expect(isLegalTransition(from, to)).toBe(true));
  it.each(illegal)('refuses %s → %s', (from, to) => expect(isLegalTransition(from, to)).toBe(false));

  it('never returns to new_request, never leaves closed, and never stays in place', () => {
    for (const from of requestStates) {
      expect(nextStates(from)).not.toContain('new_request');
      expect(nextStates(from)).not.toContain(from);
    }
    expect(nextStates('closed')).toEqual([]);
  });

  it('every state can reach closed, or is closed', () => {
    for (const start of requestStates) {
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length)
        for (const next of nextStates(queue.shift() as (typeof requestStates)[number]))
          if (!seen.has(next)) seen.add(next) && queue.push(next);
      expect(seen.has('closed'), start).toBe(true);
    }
  });

  it('names what a transition still needs', () => {
    expect(transitionRequirements('declined', {})).toEqual({ reason: 'is required' });
    expect(transitionRequirements('assigned', {})).toEqual({ assigneeId: 'is required to assign' });
    expect(Object.keys(transitionRequirements('duplicate', { reason: 'same ask' }))).toEqual([
      'duplicateOfId',
    ]);
    expect(Object.keys(transitionRequirements('completed', { deliveredAssetCount: 0 }))).toEqual([
      'deliveredAssetIds',
    ]);
    expect(Object.keys(transitionRequirements('closed', { hasResults: false }))).toEqual(['results']);
    expect(transitionRequirements('backlog', {})).toEqual({});
  });
});

describe('review clock in business days', () => {
  const at = (text: string) => new Date(text);

  it('skips the weekend: Friday 10:00 plus two business days is Tuesday 10:00', () => {
    expect(addBusinessDays(at('2026-11-20T10:00:00Z'), 2).toISOString()).toBe('2026-11-24T10:00:00.000Z');
  });

  it('counts a weekend filing from Monday morning: due at the end of Tuesday', () => {
    expect(addBusinessDays(at('2026-11-21T15:30:00Z'), 2).toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  it('stays within the week on a Monday, and honours holidays and a custom week', () => {
    expect(addBusinessDays(at('2026-11-23T09:00:00Z'), 2).toISOString()).toBe('2026-11-25T09:00:00.000Z');
    expect(addBusinessDays(at('2026-11-23T09:00:00Z'), 2, undefined, ['2026-11-24']).toISOString()).toBe(
      '2026-11-26T09:00:00.000Z',
    );
    // Sunday-to-Thursday week: Thursday + 1 lands on Sunday.
    expect(addBusinessDays(at('2026-11-26T09:00:00Z'), 1, [0, 1, 2, 3, 4]).toISOString()).toBe(
      '2026-11-29T09:00:00.000Z',
    );
  });

  it('always lands on a workday, never earlier than the calendar days, never more than two weeks past them', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 10 }),
        (start, days) => {
          const due = addBusinessDays(start, days);
          expect([1, 2, 3, 4, 5]).toContain(due.getUTCDay());
          expect(due.getTime()).toBeGreaterThanOrEqual(start.getTime() + days * 86_400_000 - 86_400_000);
          expect(due.getTime()).toBeLessThanOrEqual(start.getTime() + (days + 4) * 86_400_000 * 1.5);
        },
      ),
    );
  });
});

describe('budgets', () => {
  it('prices new content 2, reuse 1, events 3 and 1', () => {
    expect(requestCost({ reuse: false, forEvent: false })).toBe(2);
    expect(requestCost({ reuse: true, forEvent: false })).toBe(1);
    expect(requestCost({ reuse: false, forEvent: true })).toBe(3);
    expect(requestCost({ reuse: true, forEvent: true })).toBe(1);
  });

  it('says when a request would overdraw a 15-point quarter', () => {
    expect(budgetAfter({ budget: 15, spent: 13, cost: 2 })).toEqual({ remaining: 0, overdraws: false });
    expect(budgetAfter({ budget: 15, spent: 14, cost: 2 })).toEqual({ remaining: -1, overdraws: true });
  });

  it('names quarters', () => {
    expect(quarterOf(new Date('2026-11-24T00:00:00Z'))).toBe('2026-Q4');
    expect(quarterOf(new Date('2027-01-01T00:00:00Z'))).toBe('2027-Q1');
  });
});

describe('priority score', () => {
  const today = '2026-11-24';
  it('ranks an analyst demo due soon above a blog post due in three months, and says why', () => {
    const analyst = priorityScore({
      today,
      deliverableType: { name: 'Analyst Demos/Analyst Evaluations', rank: 0, of: 14 },
      dueDate: '2026-11-30',
    });
    const blog = priorityScore({
      today,
      deliverableType: { name: 'Technical Blogs', rank: 4, of: 14 },
      dueDate: '2027-02-24',
    });
    expect(analyst.score).toBeGreaterThan(blog.score);
    expect(analyst.reasons.map((r) => r.text)).toEqual([
      'Analyst Demos/Analyst Evaluations ranks 1 of 14 deliverable types',
      'due in 6 days',
    ]);
    expect(analyst.reasons.reduce((sum, r) => sum + r.points, 0)).toBe(analyst.score);
  });

  it('lets a TMM’s priority 1 lift a lower-ranked type, and an overdue date count most', () => {
    const base = { today, deliverableType: { name: 'Workshops', rank: 7, of: 14 } };
    expect(priorityScore({ ...base, priority: 1 }).score).toBeGreaterThan(
      priorityScore({ ...base, priority: 3 }).score,
    );
    expect(priorityScore({ ...base, dueDate: '2026-11-20' }).reasons.at(-1)?.text).toBe(
      'due date passed 4 days ago',
    );
  });

  it('never decreases when the type ranks higher, everything else equal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 13 }), (rank) => {
        const higher = priorityScore({ today, deliverableType: { name: 'a', rank: rank - 1, of: 14 } });
        const lower = priorityScore({ today, deliverableType: { name: 'b', rank, of: 14 } });
        expect(higher.score).toBeGreaterThanOrEqual(lower.score);
      }),
    );
  });
});

describe('routing', () => {
  const members = [
    { id: 'priya', name: 'Priya', areaIds: ['delivery', 'ci'], capacity: 8, load: 6 },
    { id: 'tomas', name: 'Tomás', areaIds: ['security'], capacity: 6, load: 1 },
    { id: 'mei', name: 'Mei', areaIds: ['delivery', 'cd'], capacity: 6, load: 1 },
  ];

  it('prefers the owner of the use case', () => {
    expect(suggestAssignee({ solutionId: 'delivery', useCaseId: 'ci' }, members)).toEqual({
      memberId: 'priya',
      reason: 'owns the use case; 6 of 8 deliverables this quarter',
    });
  });

  it('among owners of the solution, prefers the one with more spare capacity', () => {
    expect(suggestAssignee({ solutionId: 'delivery', useCaseId: 'gitops' }, members)?.memberId).toBe('mei');
  });

  it('falls back to the least loaded member, and to nobody when nobody has capacity', () => {
    expect(suggestAssignee({ solutionId: 'compliance' }, members)?.reason).toMatch(/^nobody owns this area/);
    expect(suggestAssignee({}, [{ id: 'x', name: 'X', areaIds: [], capacity: 0, load: 0 }])).toBeUndefined();
  });
});

describe('due dates', () => {
  const day = fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));

  it('refuses exactly the dates before today, unless the date is the one already stored', () => {
    fc.assert(
      fc.property(day, day, fc.option(day, { nil: null }), (dueDate, today, current) => {
        const problem = dueDateProblem({ dueDate, today, current });
        expect(Boolean(problem)).toBe(dueDate < today && dueDate !== current);
      }),
    );
  });

  it('has nothing to say about no due date', () => {
    expect(dueDateProblem({ dueDate: null, today: '2026-11-20' })).toBeUndefined();
    expect(dueDateProblem({ dueDate: undefined, today: '2026-11-20' })).toBeUndefined();
  });
});

describe('request similarity', () => {
  const stems = fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 12 });
  it('is symmetric, between 0 and 1, and 1 for the same words', () => {
    fc.assert(
      fc.property(stems, stems, (a, b) => {
        const score = requestSimilarity(a, b);
        expect(score).toBeCloseTo(requestSimilarity(b, a), 10);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1 + 1e-9);
        if (a.some((stem) => stem.length > 1)) expect(requestSimilarity(a, a)).toBeCloseTo(1, 10);
      }),
    );
  });

  it('needs two shared words and enough overlap; one-letter stems do not count', () => {
    expect(isSimilarRequest(['webinar', 'platform', 'bank'], ['webinar', 'platform', 'bank', 'emea'])).toBe(
      true,
    );
    expect(isSimilarRequest(['webinar', 'bank'], ['webinar', 'pricing', 'datasheet'])).toBe(false);
    expect(isSimilarRequest(['a', 'b', 'webinar'], ['a', 'b', 'webinar'])).toBe(false);
  });
});

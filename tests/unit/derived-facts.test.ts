// Derived facts of hand-built organisations, checked against numbers worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  bodyById,
  budgetHolderShares,
  childrenOf,
  deriveFacts,
  effectiveNumber,
  organisationKind,
  preparerShares,
} from '@/domain/derived-facts';
import type { Body, Department, Model, ServiceArea } from '@/domain/model-schema';

const text = (sv: string) => ({ sv, en: sv });

function body(
  id: string,
  kind: Body['kind'],
  members: number,
  substitutes: number,
  meetings: number,
  parent?: string,
): Body {
  const base = { id, kind, name: text(id), members, substitutes, meetingsPerYear: meetings };
  return parent ? { ...base, parent } : base;
}

function area(
  id: string,
  netCostMsek: number,
  budgetHolder: string,
  preparedBy: string,
  department: string,
): ServiceArea {
  const simulation = { flexibility: 0.1, volatility: 0.05, priorityWeight: 1 };
  return { id, name: text(id), netCostMsek, budgetHolder, preparedBy, department, ...simulation };
}

function department(id: string, reportsTo: string): Department {
  return { id, name: text(id), reportsTo };
}

function model(parts: Pick<Model, 'bodies' | 'serviceAreas' | 'departments'> & Partial<Model>): Model {
  return {
    id: 'fixture',
    municipality: 'Testby',
    name: text('Test'),
    description: text('Test'),
    status: 'example',
    sources: [],
    council: {},
    ...parts,
  };
}

/** A committee organisation: KS without frames and three frame-holding nämnder of 200 MSEK each. */
const committees = model({
  bodies: [
    body('kf', 'council', 31, 15, 8),
    body('ks', 'executiveBoard', 11, 11, 10, 'kf'),
    body('bun', 'committee', 9, 9, 10, 'kf'),
    body('son', 'committee', 9, 9, 10, 'kf'),
    body('tekn', 'committee', 7, 7, 10, 'kf'),
    body('val', 'electionCommittee', 5, 5, 2, 'kf'),
  ],
  serviceAreas: [
    area('skola', 200, 'bun', 'bun', 'utb'),
    area('ifo', 80, 'son', 'son', 'soc'),
    area('aldre', 120, 'son', 'son', 'soc'),
    area('teknik', 200, 'tekn', 'tekn', 'tek'),
  ],
  departments: [
    department('utb', 'bun'),
    department('soc', 'son'),
    department('tek', 'tekn'),
    department('ksf', 'ks'),
  ],
  costParameters: { feePerMeetingSek: 1000, substituteAttendance: 0.5, status: 'documented' },
});

/** KS with three utskott (the Munkfors shape): KS holds every frame, utskott prepare. */
const board = model({
  bodies: [
    body('kf', 'council', 21, 13, 8),
    body('ks', 'executiveBoard', 9, 22, 11, 'kf'),
    body('larande', 'subcommittee', 5, 5, 10, 'ks'),
    body('omsorg', 'subcommittee', 5, 5, 10, 'ks'),
    body('service', 'subcommittee', 5, 5, 10, 'ks'),
    body('val', 'electionCommittee', 4, 4, 2, 'kf'),
  ],
  serviceAreas: [
    area('skola', 150, 'ks', 'larande', 'barn'),
    area('ifo', 50, 'ks', 'larande', 'barn'),
    area('aldre', 120, 'ks', 'omsorg', 'omsorgsf'),
    area('teknik', 80, 'ks', 'service', 'samh'),
  ],
  departments: [department('barn', 'ks'), department('omsorgsf', 'ks'), department('samh', 'ks')],
});

describe('a three-committee organisation', () => {
  const facts = deriveFacts(committees);

  it('counts bodies by kind', () => {
    expect(facts.bodies.total).toBe(6);
    expect(facts.bodies.byKind).toEqual({
      council: 1,
      executiveBoard: 1,
      committee: 3,
      subcommittee: 0,
      draftingCommittee: 0,
      electionCommittee: 1,
    });
  });

  it('counts seats outside KF and KF’s own seats separately', () => {
    // 11 + 9 + 9 + 7 + 5 = 41 ordinary, the same number of substitutes.
    expect(facts.seats).toEqual({ ordinary: 41, substitute: 41, total: 82 });
    expect(facts.councilSeats).toEqual({ ordinary: 31, substitute: 15, total: 46 });
  });

  it('needs one person per seat when there are no utskott', () => {
    expect(facts.persons).toEqual({ bodies: 82, council: 46, total: 128 });
  });

  it('has three equal budget holders, so n_eff = 3', () => {
    expect(facts.totalNetCostMsek).toBe(600);
    expect(facts.budgetHolders).toEqual([
      { bodyId: 'bun', netCostMsek: 200, share: 1 / 3 },
      { bodyId: 'son', netCostMsek: 200, share: 1 / 3 },
      { bodyId: 'tekn', netCostMsek: 200, share: 1 / 3 },
    ]);
    expect(facts.effectiveBudgetHolders).toBeCloseTo(3, 12);
    expect(facts.organisationKind).toBe('committees');
  });

  it('counts four body–department interfaces (preparation adds none beyond reporting lines)', () => {
    expect(facts.interfaces.count).toBe(4);
    expect(facts.interfaces.pairs).toEqual([
      { bodyId: 'bun', departmentId: 'utb' },
      { bodyId: 'son', departmentId: 'soc' },
      { bodyId: 'tekn', departmentId: 'tek' },
      { bodyId: 'ks', departmentId: 'ksf' },
    ]);
  });

  it('sums meetings and prices them with the model’s own arvode parameters', () => {
    expect(facts.meetings.perYear).toBe(50);
    // KF 8·(31 + 7.5) + KS 10·(11 + 5.5) + 2 · 10·(9 + 4.5) + 10·(7 + 3.5) + 2·(5 + 2.5) = 863
    expect(facts.meetings.attendances).toBe(863);
    expect(facts.meetingCost.sekPerYear).toBe(863_000);
    expect(facts.meetingCost.example).toBe(false);
    expect(facts.skipped).toEqual([]);
  });
});

describe('KS with three utskott', () => {
  const facts = deriveFacts(board);

  it('counts seats, with utskott seats in the seat count', () => {
    // Ordinary 9 + 3·5 + 4 = 28; substitutes 22 + 3·5 + 4 = 41.
    expect(facts.seats).toEqual({ ordinary: 28, substitute: 41, total: 69 });
    expect(facts.councilSeats).toEqual({ ordinary: 21, substitute: 13, total: 34 });
  });

  it('needs no extra persons for the utskott, whose seats are drawn from KS', () => {
    // KS 31 + valnämnd 8; the 30 utskott seats come from KS's 9 + 22.
    expect(facts.persons).toEqual({ bodies: 39, council: 34, total: 73 });
  });

  it('has one budget holder, so n_eff = 1 and the kind is board with subcommittees', () => {
    expect(facts.budgetHolders).toEqual([{ bodyId: 'ks', netCostMsek: 400, share: 1 }]);
    expect(facts.effectiveBudgetHolders).toBe(1);
    expect(facts.organisationKind).toBe('boardWithSubcommittees');
  });

  it('counts KS’s reporting lines and each utskott’s preparation link as interfaces', () => {
    expect(facts.interfaces.count).toBe(6);
  });

  it('uses the example arvode parameters when the model gives none, and says so', () => {
    expect(facts.meetings.perYear).toBe(51);
    // KF 8·(21 + 3.9) + KS 11·(9 + 6.6) + 3 · 10·(5 + 1.5) + 2·(4 + 1.2) = 576.2 attendances at 1 500 kr.
    expect(facts.meetings.attendances).toBeCloseTo(576.2, 9);
    expect(facts.meetingCost.sekPerYear).toBeCloseTo(864_300, 6);
    expect(facts.meetingCost.parameters).toEqual({
      feePerMeetingSek: 1500,
      substituteAttendance: 0.3,
      status: 'example',
    });
    expect(facts.meetingCost.example).toBe(true);
  });

  it('gives each utskott its share of the prepared net cost', () => {
    expect(Object.fromEntries(preparerShares(board))).toEqual({ larande: 0.5, omsorg: 0.3, service: 0.2 });
    expect(Object.fromEntries(budgetHolderShares(board))).toEqual({ ks: 1 });
  });

  it('finds KS’s children and looks bodies up by id', () => {
    expect(childrenOf(board, 'ks').map((b) => b.id)).toEqual(['larande', 'omsorg', 'service']);
    expect(bodyById(board).get('omsorg')?.members).toBe(5);
    expect(childrenOf(board, 'nobody')).toEqual([]);
  });
});

describe('effective number of budget holders', () => {
  it('is n for n equal shares', () => {
    for (let n = 1; n <= 8; n++) {
      const holders = Array.from({ length: n }, (_, i) => body(`n${i}`, 'committee', 5, 5, 10, 'kf'));
      const m = model({
        bodies: [body('kf', 'council', 31, 0, 8), ...holders],
        serviceAreas: holders.map((h) => area(`a-${h.id}`, 50, h.id, h.id, 'd')),
        departments: [department('d', 'kf')],
      });
      expect(deriveFacts(m).effectiveBudgetHolders).toBeCloseTo(n, 12);
    }
  });

  it('is 1 / Σ s² for unequal shares and 0 when there is nothing to hold', () => {
    expect(effectiveNumber([0.5, 0.25, 0.25])).toBeCloseTo(1 / 0.375, 12);
    expect(effectiveNumber([])).toBe(0);
    const empty = model({ bodies: [body('kf', 'council', 21, 0, 8)], serviceAreas: [], departments: [] });
    const facts = deriveFacts(empty);
    expect(facts.effectiveBudgetHolders).toBe(0);
    expect(facts.budgetHolders).toEqual([]);
    expect(facts.meetings.calendarDays).toBe(8);
  });
});

describe('organisation kind without frames', () => {
  it('is judged by structure', () => {
    const withCommittee = model({
      bodies: [body('kf', 'council', 21, 0, 8), body('bun', 'committee', 5, 5, 10, 'kf')],
      serviceAreas: [],
      departments: [],
    });
    expect(organisationKind(withCommittee)).toBe('committees');
    const onlyBoard = model({
      bodies: [body('kf', 'council', 21, 0, 8), body('ks', 'executiveBoard', 9, 9, 10, 'kf')],
      serviceAreas: [],
      departments: [],
    });
    expect(organisationKind(onlyBoard)).toBe('boardWithSubcommittees');
  });

  it('is committees when one committee (not KS) holds every frame', () => {
    const m = model({
      bodies: [body('kf', 'council', 21, 0, 8), body('bun', 'committee', 5, 5, 10, 'kf')],
      serviceAreas: [area('skola', 10, 'bun', 'bun', 'd')],
      departments: [],
    });
    expect(organisationKind(m)).toBe('committees');
  });

  it('is a board organisation when KS holds most of the net cost beside a small authority committee', () => {
    const bodies = [
      body('kf', 'council', 25, 0, 4),
      body('ks', 'executiveBoard', 9, 9, 10, 'kf'),
      body('mbn', 'committee', 3, 3, 6, 'kf'),
    ];
    const mostlyBoard = model({
      bodies,
      serviceAreas: [area('vard', 90, 'ks', 'ks', 'd'), area('bygg', 10, 'mbn', 'mbn', 'd')],
      departments: [],
    });
    expect(organisationKind(mostlyBoard)).toBe('boardWithSubcommittees');
    const mostlyCommittee = model({
      bodies,
      serviceAreas: [area('vard', 40, 'ks', 'ks', 'd'), area('bygg', 60, 'mbn', 'mbn', 'd')],
      departments: [],
    });
    expect(organisationKind(mostlyCommittee)).toBe('committees');
  });
});

describe('broken references', () => {
  it('skips what does not resolve instead of throwing', () => {
    const broken = model({
      bodies: [
        body('kf', 'council', 21, 0, 8),
        body('ks', 'executiveBoard', 9, 9, 10, 'kf'),
        body('ks', 'committee', 3, 3, 10, 'kf'),
        body('u', 'subcommittee', 3, 3, 10, 'ghost'),
      ],
      serviceAreas: [
        area('a', 100, 'ks', 'ks', 'd'),
        area('b', 50, 'ghost', 'nobody', 'd'),
        area('c', 50, 'ks', 'u', 'no-dept'),
      ],
      departments: [department('d', 'missing')],
    });
    const facts = deriveFacts(broken);
    expect(facts.budgetHolders).toEqual([{ bodyId: 'ks', netCostMsek: 150, share: 1 }]);
    expect(facts.effectiveBudgetHolders).toBe(1);
    expect(facts.interfaces.pairs).toEqual([{ bodyId: 'ks', departmentId: 'd' }]);
    expect(facts.skipped).toEqual([
      'serviceAreas[1].budgetHolder',
      'departments[0].reportsTo',
      'serviceAreas[1].preparedBy',
      'serviceAreas[2].preparedBy',
    ]);
    // The duplicate id counts as a body and its seats still need persons; the utskott adds none.
    expect(facts.bodies.total).toBe(4);
    expect(facts.persons.bodies).toBe(24);
  });
});

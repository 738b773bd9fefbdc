// A fixed organisation for the layout tests: KF 21 + 11; KS 9 + 9 holding two areas, with two utskott and
// a budget beredning; a bygg- och miljönämnd holding one area; a valnämnd; two departments.
import type { Body, Department, Model, ServiceArea } from '@/domain/model-schema';

const text = (sv: string, en: string) => ({ sv, en });

function body(id: string, kind: Body['kind'], name: string, members: number, substitutes: number, parent?: string): Body {
  const base = { id, kind, name: text(name, `${name} (en)`), members, substitutes, meetingsPerYear: 10 };
  return parent ? { ...base, parent } : base;
}

function area(id: string, name: string, netCostMsek: number, budgetHolder: string, preparedBy: string, department: string): ServiceArea {
  return {
    id,
    name: text(name, `${name} (en)`),
    netCostMsek,
    budgetHolder,
    preparedBy,
    department,
    flexibility: 0.1,
    volatility: 0.05,
    priorityWeight: 1,
  };
}

function department(id: string, name: string, reportsTo: string): Department {
  return { id, name: text(name, `${name} (en)`), reportsTo };
}

export function chartModel(): Model {
  return {
    id: 'testkommun',
    municipality: 'Testkommun',
    name: text('Testkommun', 'Test municipality'),
    description: text('Fast modell för layouttester.', 'Fixed model for layout tests.'),
    status: 'example',
    sources: [],
    council: { parties: { S: 11, C: 5, M: 5 } },
    bodies: [
      body('kf', 'council', 'Kommunfullmäktige', 21, 11),
      body('valnamnd', 'electionCommittee', 'Valnämnden', 5, 5, 'kf'),
      body('ks', 'executiveBoard', 'Kommunstyrelsen', 9, 9, 'kf'),
      body('service', 'subcommittee', 'Serviceutskottet', 5, 5, 'ks'),
      body('omsorg', 'subcommittee', 'Omsorgsutskottet', 5, 5, 'ks'),
      body('bmn', 'committee', 'Bygg- och miljönämnden', 5, 5, 'kf'),
      body('budgetberedning', 'draftingCommittee', 'Budgetberedningen', 3, 0, 'ks'),
    ],
    serviceAreas: [
      area('teknik', 'Teknisk verksamhet', 40, 'ks', 'service', 'kommunledning'),
      area('aldreomsorg', 'Äldreomsorg', 150, 'ks', 'omsorg', 'kommunledning'),
      area('miljo', 'Miljö och bygg', 10, 'bmn', 'bmn', 'samhallsbyggnad'),
    ],
    departments: [
      department('kommunledning', 'Kommunledningsförvaltningen', 'ks'),
      department('samhallsbyggnad', 'Samhällsbyggnadsförvaltningen', 'bmn'),
    ],
  };
}

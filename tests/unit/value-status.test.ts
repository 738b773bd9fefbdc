// Status per value (model-schema.ts header, value-status.ts): how a value's status is resolved, how a
// derived figure takes the status of its inputs, the badge of a model as a whole, and the Draft editor
// turning a typed value into the user's own.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Model } from '@/domain/model-schema';
import { validateModel } from '@/domain/validate-model';
import {
  DRAFT_MODEL_ID,
  combineStatuses,
  figureStatuses,
  overallStatus,
  statusCounts,
  valueSources,
  valueStatus,
} from '@/domain/value-status';
import { addParty, removeParty, setTypedValue } from '@/features/draft/model-edits';
import { figureStatus } from '@/features/present/story-figures';
import { PUBLISHED_DRAFT_ID } from '@/storage/published-draft';

const MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url));

function shipped(id: string): Model {
  const result = validateModel(JSON.parse(readFileSync(`${MODELS_DIR}${id}.json`, 'utf8')));
  if (!result.ok) throw new Error(`${id} is not valid`);
  return result.model;
}

function body(model: Model, id: string) {
  const found = model.bodies.find((b) => b.id === id);
  if (!found) throw new Error(`no body ${id}`);
  return found;
}

describe('a value’s status', () => {
  it('takes its own entry in facts first, then its object’s status, then the model’s', () => {
    const model = shipped('norsjo');
    const ks = body(model, 'ks');
    expect(valueStatus(model, ks, 'members')).toBe('documented');
    expect(valueStatus(model, ks, 'substitutes')).toBe('example');
    expect(valueStatus(model, ks, 'meetingsPerYear')).toBe('documented');
    expect(valueSources(ks, 'meetingsPerYear')).toEqual(['norsjo-ks-sammantraden']);
    // Without a facts entry the value reads as before facts existed: the object's status and sources.
    expect(valueSources(ks, 'members')).toEqual(['norsjo-sa-fungerar']);
    const { facts: _facts, ...withoutFacts } = ks;
    expect(valueStatus(model, withoutFacts, 'substitutes')).toBe('documented');
    const { status: _status, ...withoutStatus } = withoutFacts;
    expect(valueStatus({ status: 'example' }, withoutStatus, 'members')).toBe('example');
  });

  it('a figure is only as documented as its least documented input', () => {
    expect(combineStatuses([])).toBe('documented');
    expect(combineStatuses(['documented', 'own'])).toBe('own');
    expect(combineStatuses(['own', 'example', 'documented'])).toBe('example');
  });

  it('Ånge today: KF, the bodies and the budget holders documented; seats, costs and n_eff examples', () => {
    expect(figureStatuses(shipped('ange-today'))).toEqual({
      councilSeats: 'documented',
      parties: 'documented',
      bodies: 'documented',
      seats: 'example',
      persons: 'example',
      budgetHolders: 'documented',
      effectiveBudgetHolders: 'example',
      interfaces: 'example',
      meetings: 'example',
      totalNetCostMsek: 'example',
      meetingCost: 'example',
    });
  });

  it('Dorotea: KF 25 + 16 meeting 4 times and the utskott 3 + 3 meeting 6 times documented, KS seats examples', () => {
    const model = shipped('dorotea');
    const kf = body(model, 'kf');
    expect(['members', 'substitutes', 'meetingsPerYear'].map((f) => valueStatus(model, kf, f))).toEqual(['documented', 'documented', 'documented']);
    const ks = body(model, 'ks');
    expect(['members', 'substitutes', 'meetingsPerYear'].map((f) => valueStatus(model, ks, f))).toEqual(['example', 'example', 'example']);
  });
});

describe('the status of a model as a whole', () => {
  it('is partly documented for every shipped model, and never documented for a draft', () => {
    for (const id of ['ange-today', 'ange-a', 'ange-b', 'munkfors', 'norsjo', 'nordmaling', 'dorotea']) {
      const model = shipped(id);
      expect(overallStatus(model)).toBe('partly');
      expect(overallStatus(model, { draft: true })).toBe('draft');
      expect(overallStatus({ ...model, id: DRAFT_MODEL_ID })).toBe('draft');
    }
    expect(DRAFT_MODEL_ID).toBe(PUBLISHED_DRAFT_ID);
  });

  it('is documented only when every value is, and an example when none is', () => {
    const model = shipped('dorotea');
    const allDocumented = produce(model, (draft) => {
      for (const owner of [...draft.bodies, ...draft.serviceAreas, ...draft.departments, draft.council]) delete owner.facts;
      for (const owner of [...draft.bodies, ...draft.serviceAreas, ...draft.departments]) owner.status = 'documented';
      draft.costParameters = { feePerMeetingSek: 1000, substituteAttendance: 0.2, status: 'documented' };
    });
    expect(statusCounts(allDocumented).example).toBe(0);
    expect(overallStatus(allDocumented)).toBe('documented');
    const allExample = produce(allDocumented, (draft) => {
      draft.status = 'example';
      for (const owner of [...draft.bodies, ...draft.serviceAreas, ...draft.departments]) owner.status = 'example';
      draft.costParameters = { feePerMeetingSek: 1000, substituteAttendance: 0.2, status: 'example' };
    });
    expect(overallStatus(allExample)).toBe('example');
  });
});

describe('a value typed in a draft is the user’s own', () => {
  const munkfors = shipped('munkfors');
  const ksIndex = munkfors.bodies.findIndex((b) => b.id === 'ks');

  it('typing KS members drops "documented" for that value only', () => {
    const next = produce(munkfors, setTypedValue(['bodies', ksIndex, 'members'], 11));
    const ks = next.bodies[ksIndex];
    expect(ks?.members).toBe(11);
    expect(valueStatus(next, ks, 'members')).toBe('own');
    expect(valueStatus(next, ks, 'substitutes')).toBe('documented');
    expect(figureStatuses(next).seats).toBe('example');
    expect(validateModel(next).ok).toBe(true);
  });

  it('typing the same value again leaves its status alone; a name is no figure', () => {
    const same = produce(munkfors, setTypedValue(['bodies', ksIndex, 'members'], 9));
    expect(valueStatus(same, same.bodies[ksIndex], 'members')).toBe('documented');
    const renamed = produce(munkfors, setTypedValue(['bodies', ksIndex, 'name', 'sv'], 'Styrelsen'));
    expect(renamed.bodies[ksIndex]?.facts).toEqual(munkfors.bodies[ksIndex]?.facts);
  });

  it('mandates typed, added or removed become the user’s own, as do cost parameters', () => {
    const typed = produce(munkfors, setTypedValue(['council', 'parties', 'S'], 13));
    expect(valueStatus(typed, typed.council, 'parties')).toBe('own');
    expect(valueStatus(produce(munkfors, addParty('MP')), produce(munkfors, addParty('MP')).council, 'parties')).toBe('own');
    const removed = produce(munkfors, removeParty('V'));
    expect(valueStatus(removed, removed.council, 'parties')).toBe('own');
    expect(valueStatus(produce(munkfors, removeParty('XX')), munkfors.council, 'parties')).toBe('documented');
  });
});

describe('a story figure carries the status of the values it is drawn from', () => {
  const world = {
    models: new Map(['ange-today', 'ange-a', 'munkfors'].map((id) => [id, shipped(id)])),
    scenarios: new Map(),
  };
  it('proposal A’s 9 + 22 are examples borrowed from Munkfors; Munkfors’s own are documented', () => {
    expect(figureStatus({ modelId: 'ange-a', figure: 'ksMembers' }, world)).toBe('example');
    expect(figureStatus({ modelId: 'ange-a', figure: 'ksSubstitutes' }, world)).toBe('example');
    expect(figureStatus({ modelId: 'munkfors', figure: 'ksMembers' }, world)).toBe('documented');
    expect(figureStatus({ modelId: 'munkfors', figure: 'ksSubstitutes' }, world)).toBe('documented');
  });
  it('Ånge today’s five budget holders and its nämnder are documented, its n_eff an example; simulated figures have none', () => {
    expect(figureStatus({ modelId: 'ange-today', figure: 'budgetHolders' }, world)).toBe('documented');
    expect(figureStatus({ modelId: 'ange-today', figure: 'committees' }, world)).toBe('documented');
    expect(figureStatus({ modelId: 'ange-today', figure: 'nEff' }, world)).toBe('example');
    expect(figureStatus({ modelId: 'ange-today', figure: 'ksBudgetShare' }, world)).toBe('example');
    expect(figureStatus({ modelId: 'ange-today', figure: 'trappedSurplus' }, world)).toBeUndefined();
    expect(figureStatus({ modelId: 'nowhere', figure: 'seats' }, world)).toBeUndefined();
  });
});

// The Draft view's edits (src/features/draft/model-edits.ts) keep a model whole where an official would
// expect it: references follow a renamed id, an utskott's work goes back to its nämnd when it is removed,
// a removed source is no longer cited, and a new body of any kind gets a free id and usual sizes.
import { produce, type Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Model } from '@/domain/model-schema';
import { validateModel } from '@/domain/validate-model';
import {
  addBody,
  addParty,
  blankModel,
  removeBody,
  removeParty,
  removeSource,
  renameId,
  renameParty,
  setAt,
  setDelegation,
  toggleFactSource,
  uniqueId,
  valueAt,
} from '@/features/draft/model-edits';
import { shippedModelFiles } from '../render/shipped-model-files';

const munkfors = shippedModelFiles().find((f) => f.model.id === 'munkfors')?.model as Model;
const edit = (model: Model, ...recipes: ((m: Draft<Model>) => void)[]): Model =>
  recipes.reduce((current, recipe) => produce(current, recipe), model);
const indexOf = (model: Model, id: string) => model.bodies.findIndex((b) => b.id === id);

describe('model edits', () => {
  it('adds an utskott under KS with a free id, and Munkfors stays valid', () => {
    const next = edit(
      munkfors,
      addBody('subcommittee', 'ks', { sv: 'Nytt utskott', en: 'New subcommittee' }),
      addBody('subcommittee', 'ks', { sv: 'Nytt utskott', en: 'New subcommittee' }),
    );
    const added = next.bodies.slice(-2);
    expect(added.map((b) => b.id)).toEqual(['nytt-utskott', 'nytt-utskott-2']);
    expect(added[0]).toMatchObject({ kind: 'subcommittee', parent: 'ks', members: 5, substitutes: 5 });
    expect(validateModel(next).ok).toBe(true);
  });

  it('makes every reference follow a renamed body, department and source', () => {
    const next = edit(
      munkfors,
      renameId('bodies', indexOf(munkfors, 'ks'), 'styrelsen'),
      renameId('departments', 0, 'ledningen'),
      renameId('sources', 0, 'minnesanteckningar'),
    );
    const json = JSON.stringify(next);
    expect(json).not.toContain('"ks"');
    expect(json).not.toContain(`"${munkfors.departments[0]?.id}"`);
    expect(json).not.toContain(`"${munkfors.sources[0]?.id}"`);
    expect(next.bodies.filter((b) => b.parent === 'styrelsen')).toHaveLength(3);
    expect(validateModel(next).ok).toBe(true);
  });

  it('hands a removed utskott’s areas and departments back to its nämnd', () => {
    const service = indexOf(munkfors, 'service');
    const prepared = munkfors.serviceAreas.filter((a) => a.preparedBy === 'service').length;
    expect(prepared).toBeGreaterThan(0);
    const next = edit(munkfors, removeBody(service));
    expect(next.bodies.some((b) => b.id === 'service')).toBe(false);
    expect(next.serviceAreas.filter((a) => a.preparedBy === 'ks').length).toBeGreaterThanOrEqual(prepared);
    expect(next.departments.every((d) => d.reportsTo !== 'service')).toBe(true);
    expect(validateModel(next).ok).toBe(true);
  });

  it('moves bodies under a removed nämnd up to its parent', () => {
    const next = edit(munkfors, removeBody(indexOf(munkfors, 'ks')));
    expect(next.bodies.filter((b) => b.kind === 'subcommittee').every((b) => b.parent === 'kf')).toBe(true);
  });

  it('removes a source and every citation of it', () => {
    const id = munkfors.sources[0]?.id ?? '';
    const next = edit(munkfors, removeSource(0));
    expect(JSON.stringify(next)).not.toContain(`"${id}"`);
    expect(validateModel(next).ok).toBe(true);
  });

  it('cites and stops citing a source on one fact', () => {
    const id = munkfors.sources[3]?.id ?? '';
    const cited = edit(munkfors, toggleFactSource(['bodies', 0], id, true));
    expect(cited.bodies[0]?.sources).toContain(id);
    expect(edit(cited, toggleFactSource(['bodies', 0], id, false)).bodies[0]?.sources).toEqual(munkfors.bodies[0]?.sources);
  });

  it('renames and removes parties, keeping their order and cooperations', () => {
    const withCooperation = edit(munkfors, setAt(['council', 'cooperations'], { G: ['C', 'V'] }));
    const renamed = edit(withCooperation, renameParty('C', 'CP'));
    expect(Object.keys(renamed.council.parties ?? {})).toEqual(['S', 'CP', 'SD', 'V']);
    expect(renamed.council.cooperations?.G).toEqual(['CP', 'V']);
    const removed = edit(renamed, removeParty('V'));
    expect(removed.council.parties?.V).toBeUndefined();
    expect(removed.council.cooperations?.G).toEqual(['CP']);
    expect(edit(munkfors, addParty('__proto__'))).toBe(munkfors);
  });

  it('sets both delegation flags when a body had none', () => {
    const kf = indexOf(munkfors, 'kf');
    const next = edit(munkfors, setDelegation(kf, 'matters', true));
    expect(next.bodies[kf]?.delegation).toEqual({ matters: true, budgetDeviations: false });
  });

  it('never writes a key JavaScript treats specially, and reads only own values', () => {
    const next = edit(munkfors, setAt(['council', 'parties', '__proto__'], 1), setAt(['__proto__', 'polluted'], true));
    expect(next).toBe(munkfors);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(valueAt(munkfors, ['bodies', 'length'])).toBe(munkfors.bodies.length);
    expect(valueAt(munkfors, ['constructor'])).toBeUndefined();
  });

  it('makes ids from names', () => {
    expect(uniqueId('Utskottet Lärande/stöd', [])).toBe('utskottet-larande-stod');
    expect(uniqueId('Ö', ['o'])).toBe('o-2');
    expect(uniqueId('!!!', [])).toBe('ny');
  });

  it('starts a blank organisation that validates with two warnings (no service areas, no valnämnd)', () => {
    const model = blankModel(
      { sv: 'Ny organisation', en: 'New organisation' },
      { sv: 'Kommunfullmäktige', en: 'Council' },
      { sv: 'Kommunstyrelsen', en: 'Board' },
    );
    const result = validateModel(model);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(['model.no-service-areas', 'delegation.no-election-committee']);
  });
});

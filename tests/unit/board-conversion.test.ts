// "Gör om till kommunstyrelse med utskott" (src/features/draft/board-conversion.ts): Ånge today's committee
// organisation becomes a valid board organisation in one edit — every frame with KS, each nämnd's areas
// prepared by its utskott, its förvaltning serving KS — and a joint committee is kept as it is.
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { deriveFacts } from '@/domain/derived-facts';
import type { Model } from '@/domain/model-schema';
import { validateModel } from '@/domain/validate-model';
import { valueStatus } from '@/domain/value-status';
import { canConvertToBoard, convertToBoard, defaultChoices, utskottName } from '@/features/draft/board-conversion';
import { removeBody } from '@/features/draft/model-edits';
import { shippedModelFiles } from '../render/shipped-model-files';

const today = shippedModelFiles().find((f) => f.model.id === 'ange-today')?.model as Model;

describe('converting a committee organisation to a board with utskott', () => {
  it('names utskott after their nämnd', () => {
    expect(utskottName({ sv: 'Utbildningsnämnden', en: 'Education committee' })).toEqual({ sv: 'Utbildningsutskottet', en: 'Education subcommittee' });
    expect(utskottName({ sv: 'Tekniska nämnden', en: 'Technical committee' }).sv).toBe('Tekniska utskottet');
  });

  it('turns Ånge today into a valid board organisation with one budget holder for the converted areas', () => {
    expect(canConvertToBoard(today)).toBe(true);
    const choices = defaultChoices(today);
    const shared = today.bodies.filter((b) => b.kind === 'committee' && (b.sharedWith?.length ?? 0) > 0);
    for (const body of shared) expect(choices[body.id]).toEqual({ kind: 'keep' });
    const next = produce(today, convertToBoard(choices));
    const result = validateModel(next);
    expect(result.errors.map((e) => `${e.path}: ${e.message.en}`)).toEqual([]);
    const facts = deriveFacts(next);
    expect(facts.organisationKind).toBe('boardWithSubcommittees');
    const kept = new Set(shared.map((b) => b.id));
    for (const area of next.serviceAreas) {
      const was = today.serviceAreas.find((a) => a.id === area.id);
      if (was && kept.has(was.budgetHolder)) expect(area.budgetHolder).toBe(was.budgetHolder);
      else expect(area.budgetHolder).toBe('ks');
    }
    const committees = next.bodies.filter((b) => b.kind === 'committee');
    expect(committees.map((b) => b.id)).toEqual(shared.map((b) => b.id));
    const utbildning = next.bodies.find((b) => b.name.sv === 'Utbildningsutskottet');
    expect(utbildning).toMatchObject({ kind: 'subcommittee', parent: 'ks' });
    expect(next.serviceAreas.find((a) => a.id === 'gymnasium')?.preparedBy).toBe(utbildning?.id);
    expect(next.departments.find((d) => d.id === 'utbildningsforvaltning')?.reportsTo).toBe('ks');
  });

  it('marks every frame and förvaltning it moved as the officials’ own value, and leaves the rest as they were', () => {
    const next = produce(today, convertToBoard(defaultChoices(today)));
    for (const area of next.serviceAreas) {
      const was = today.serviceAreas.find((a) => a.id === area.id);
      const moved = was?.budgetHolder !== area.budgetHolder;
      expect(valueStatus(next, area, 'budgetHolder'), area.id).toBe(moved ? 'own' : valueStatus(today, was, 'budgetHolder'));
    }
    for (const unit of next.departments) {
      const was = today.departments.find((d) => d.id === unit.id);
      const moved = was?.reportsTo !== unit.reportsTo;
      expect(valueStatus(next, unit, 'reportsTo'), unit.id).toBe(moved ? 'own' : valueStatus(today, was, 'reportsTo'));
    }
    expect(next.serviceAreas.some((a) => valueStatus(next, a, 'budgetHolder') === 'own')).toBe(true);
    expect(validateModel(next).errors).toEqual([]);
  });

  it('joins two nämnder into one utskott (IFO with children and youth) and moves individual cases there', () => {
    const withCases = produce(today, (m) => {
      const social = m.bodies.find((b) => b.id === 'socialnamnd');
      if (social) social.delegation = { matters: true, budgetDeviations: true, individualCases: ['SoL', 'LVU'] };
    });
    const next = produce(
      withCases,
      convertToBoard({
        ...defaultChoices(withCases),
        utbildningsnamnd: { kind: 'new', name: { sv: 'Utskottet Lärande/stöd', en: 'Learning/support' } },
        socialnamnd: { kind: 'join', committeeId: 'utbildningsnamnd' },
      }),
    );
    const larande = next.bodies.find((b) => b.name.sv === 'Utskottet Lärande/stöd');
    expect(next.serviceAreas.find((a) => a.id === 'ifo')?.preparedBy).toBe(larande?.id);
    expect(larande?.delegation?.individualCases).toEqual(['SoL', 'LVU']);
    expect(validateModel(next).errors).toEqual([]);
  });

  it('removing a nämnd hands its areas and departments to the body chosen', () => {
    const index = today.bodies.findIndex((b) => b.id === 'utbildningsnamnd');
    const next = produce(today, removeBody(index, 'ks'));
    expect(next.serviceAreas.filter((a) => a.budgetHolder === 'utbildningsnamnd')).toEqual([]);
    expect(next.serviceAreas.find((a) => a.id === 'gymnasium')).toMatchObject({ budgetHolder: 'ks', preparedBy: 'ks' });
    expect(next.departments.find((d) => d.id === 'utbildningsforvaltning')?.reportsTo).toBe('ks');
    const gymnasium = next.serviceAreas.find((a) => a.id === 'gymnasium');
    expect(valueStatus(next, gymnasium, 'budgetHolder')).toBe('own');
    expect(validateModel(next).errors).toEqual([]);
    const toUtskott = produce(today, removeBody(index, 'ks-au'));
    expect(toUtskott.serviceAreas.find((a) => a.id === 'gymnasium')).toMatchObject({ budgetHolder: 'ks', preparedBy: 'ks-au' });
  });
});

describe('ids of new bodies', () => {
  it('follow the name until the user gives the id a value of their own', async () => {
    const { addBody, setText, renameId } = await import('@/features/draft/model-edits');
    let m = produce(today, addBody('subcommittee', 'ks', { sv: 'Nytt utskott', en: 'New subcommittee' }));
    const index = m.bodies.length - 1;
    m = produce(m, setText(['bodies', index, 'name', 'sv'], 'Utskottet Lärande/stöd'));
    expect(m.bodies[index]?.id).toBe('utskottet-larande-stod');
    m = produce(m, (d) => void d.serviceAreas.push({ ...d.serviceAreas[0]!, id: 'ny', preparedBy: 'utskottet-larande-stod' }));
    m = produce(m, setText(['bodies', index, 'name', 'sv'], 'Lärande'));
    expect(m.bodies[index]?.id).toBe('larande');
    expect(m.serviceAreas.find((a) => a.id === 'ny')?.preparedBy).toBe('larande');
    m = produce(m, renameId('bodies', index, 'lar'));
    m = produce(m, setText(['bodies', index, 'name', 'sv'], 'Lärande och stöd'));
    expect(m.bodies[index]?.id).toBe('lar');
    // A shipped body's id is its own: renaming Valnämnden keeps `valnamnd`.
    const v = today.bodies.findIndex((b) => b.id === 'valnamnd');
    expect(produce(today, setText(['bodies', v, 'name', 'sv'], 'Valnämnd 2030')).bodies[v]?.id).toBe('valnamnd');
  });

  it('a draft’s own id comes from its title and never takes a shipped id', async () => {
    const { draftModelId } = await import('@/features/draft/model-edits');
    const id = draftModelId('Utkast från Ånge i dag', ['ange-today'], new Date(Date.UTC(2026, 11, 4)));
    expect(id).toMatch(/^utkast-fran-ange-i-dag-[a-z0-9]{1,5}$/);
  });
});

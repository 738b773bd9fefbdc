// The administrative organisation and delegation rules (src/domain/administration-rules.ts,
// delegation-rules.ts): a unit serves a standing body, its parent exists, the tree has no cycles, the
// kommundirektör is at the root; a beredning given decision delegation, individual cases decided by KF and
// a model without a valnämnd are reported — each message naming units and bodies by name.
import { produce, type Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Model } from '@/domain/model-schema';
import { validateModel } from '@/domain/validate-model';
import { shippedModelFiles } from '../render/shipped-model-files';

const angeA = shippedModelFiles().find((f) => f.model.id === 'ange-a')?.model as Model;
const edit = (recipe: (m: Draft<Model>) => void): Model => produce(angeA, recipe);
const codes = (model: Model) => {
  const result = validateModel(model);
  return { errors: result.errors.map((e) => e.code), warnings: result.warnings.map((w) => w.code), result };
};
const unit = (model: Draft<Model>, id: string) => model.departments.find((d) => d.id === id)!;

describe('administrative organisation', () => {
  it('ships Ånge A with a kommundirektör at the root and an IFO unit under Lärande/stöd serving its utskott', () => {
    const director = angeA.departments.filter((d) => d.kind === 'director');
    expect(director).toHaveLength(1);
    expect(director[0]?.parent).toBeUndefined();
    const ifo = angeA.departments.find((d) => d.id === 'ifo-enhet');
    expect(ifo).toMatchObject({ kind: 'unit', parent: 'sektor-larande-stod', reportsTo: 'larande-stod' });
    expect(codes(angeA).errors).toEqual([]);
  });

  it('refuses a unit serving a temporary beredning, naming both', () => {
    const { errors, result } = codes(edit((m) => void (unit(m, 'sektor-service').reportsTo = 'ks-beredning')));
    expect(errors).toEqual(['department.serves-drafting-committee']);
    expect(result.errors[0]?.path).toBe('departments[4].reportsTo');
    expect(result.errors[0]?.message.sv).toContain('Sektor');
    expect(result.errors[0]?.message.sv).not.toContain('`sektor-service`');
  });

  it('warns when a unit serves the council directly', () => {
    expect(codes(edit((m) => void (unit(m, 'sektor-service').reportsTo = 'kf'))).warnings).toContain('department.serves-council');
  });

  it('refuses an unknown parent and a cycle, and names the circle by names', () => {
    expect(codes(edit((m) => void (unit(m, 'sektor-service').parent = 'finns-inte'))).errors).toEqual(['department.parent-unknown']);
    const cycle = codes(
      edit((m) => {
        unit(m, 'sektor-service').parent = 'ifo-enhet';
        unit(m, 'sektor-larande-stod').parent = 'sektor-service';
      }),
    );
    expect(cycle.errors).toEqual(['department.parent-cycle']);
    expect(cycle.result.errors[0]?.message.sv).toMatch(/→/);
  });

  it('wants the kommundirektör at the root, and exactly one', () => {
    expect(codes(edit((m) => void (unit(m, 'kommundirektor').parent = 'sektor-service'))).errors).toContain('department.director-parent');
    expect(codes(edit((m) => void m.departments.splice(0, 1))).errors).toContain('department.parent-unknown');
    const none = edit((m) => {
      m.departments.splice(0, 1);
      for (const d of m.departments) if (d.parent === 'kommundirektor') delete d.parent;
    });
    expect(codes(none).warnings).toContain('department.no-director');
    const two = edit((m) => void m.departments.push({ ...unit(m, 'kommundirektor'), id: 'andra' }));
    expect(codes(two).warnings).toContain('department.several-directors');
  });
});

describe('delegation', () => {
  it('warns when a beredning is given decision delegation', () => {
    const index = angeA.bodies.findIndex((b) => b.kind === 'draftingCommittee');
    const model = edit((m) => void (m.bodies[index]!.delegation = { matters: true, budgetDeviations: false }));
    const { warnings, result } = codes(model);
    expect(warnings).toEqual(['delegation.drafting-committee-decides']);
    expect(result.warnings[0]?.message.sv).toContain(angeA.bodies[index]!.name.sv);
  });

  it('lets an utskott decide individual cases but not the council', () => {
    const utskott = edit((m) => void (m.bodies[2]!.delegation = { matters: true, budgetDeviations: false, individualCases: ['SoL', 'LVU'] }));
    expect(codes(utskott).errors).toEqual([]);
    const council = edit((m) => void (m.bodies[0]!.delegation = { matters: false, budgetDeviations: false, individualCases: ['LSS'] }));
    expect(codes(council).errors).toEqual(['delegation.individual-cases-body']);
  });

  it('warns when there is no valnämnd', () => {
    const model = edit((m) => void (m.bodies = m.bodies.filter((b) => b.kind !== 'electionCommittee')));
    expect(codes(model).warnings).toEqual(['delegation.no-election-committee']);
  });
});

// The organisation models shipped in models/: each must pass the schema, cite only sources it defines,
// cite seed files that exist, and carry the facts its sources state (SEEDS.md, DESIGN §2 and §10).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ModelSchema, type Body, type Model } from '@/domain/model-schema';
import { valueStatus } from '@/domain/value-status';
import { validateModel } from '@/domain/validate-model';

const MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url));

/** The five seed documents listed in SEEDS.md. CI runs in a fresh clone without ../shared, so the
 *  names are checked against this list rather than against the folder. */
const SEED_FILES = [
  '000_44de579de8aeb630.txt',
  '001_70073988bf91b81a.txt',
  '002_297859565b2dff9a.txt',
  '003_55ad4e35ba3d1ee8.txt',
  '004_dc18b45cb12f9112.txt',
];

/** A documented real organisation is not warned about: every shipped model validates with no warning
 *  (Norsjö's utskott of 3 members and 6 substitutes included). */
const EXPECTED_WARNINGS: Record<string, string[]> = {};

const EXPECTED_MODELS = ['ange-a', 'ange-b', 'ange-today', 'dorotea', 'munkfors', 'nordmaling', 'norsjo'];

const modelFiles = readdirSync(MODELS_DIR)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
  .sort();

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(`${MODELS_DIR}${file}`, 'utf8'));
}

function parseModel(file: string): Model {
  const result = v.safeParse(ModelSchema, readJson(file));
  if (!result.success) {
    const issues = result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
    throw new Error(`${file} does not match ModelSchema:\n${issues.join('\n')}`);
  }
  return result.output;
}

const models = new Map(modelFiles.map((file) => [file.replace(/\.json$/, ''), parseModel(file)]));

function model(id: string): Model {
  const found = models.get(id);
  if (!found) throw new Error(`model ${id} is not shipped`);
  return found;
}

function bodyOf(m: Model, id: string): Body {
  const found = m.bodies.find((b) => b.id === id);
  if (!found) throw new Error(`${m.id} has no body ${id}`);
  return found;
}

function council(m: Model): Body {
  const found = m.bodies.filter((b) => b.kind === 'council');
  expect(found).toHaveLength(1);
  return found[0] as Body;
}

const sum = (values: Iterable<number>): number => [...values].reduce((a, b) => a + b, 0);
const budgetHolders = (m: Model): Set<string> => new Set(m.serviceAreas.map((a) => a.budgetHolder));

describe('shipped model files', () => {
  it('ships exactly the expected models, each named after its id', () => {
    expect([...models.keys()]).toEqual(EXPECTED_MODELS);
    for (const [id, m] of models) expect(m.id).toBe(id);
  });

  it.each(modelFiles)('%s passes ModelSchema and points at the generated JSON Schema', (file) => {
    const raw = readJson(file) as Record<string, unknown>;
    expect(v.safeParse(ModelSchema, raw).success).toBe(true);
    expect(raw.$schema).toBe('./model.schema.json');
  });

  describe.each([...models.values()])('$id', (m) => {
    it('passes validateModel with no errors and only the warnings its sources explain', () => {
      const result = validateModel(readJson(`${m.id}.json`));
      expect(result.errors.map((e) => `${e.path}: ${e.message.en}`)).toEqual([]);
      expect(result.ok).toBe(true);
      expect(result.warnings.map((w) => `${w.code} ${w.path}`)).toEqual(EXPECTED_WARNINGS[m.id] ?? []);
    });

    it('cites only sources it defines, and seed sources name a known seed file', () => {
      const ids = m.sources.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      const cited = [
        ...m.bodies.flatMap((b) => b.sources ?? []),
        ...m.serviceAreas.flatMap((a) => a.sources ?? []),
        ...m.departments.flatMap((d) => d.sources ?? []),
        ...(m.council.sources ?? []),
      ];
      for (const id of cited) expect(ids).toContain(id);
      for (const source of m.sources.filter((s) => s.kind === 'seed')) {
        expect(SEED_FILES).toContain(source.reference);
      }
      // Every model rests on the working group's minutes (seed 002).
      expect(m.sources.some((s) => s.kind === 'seed' && s.reference === '002_297859565b2dff9a.txt')).toBe(true);
    });

    it('has unique ids and a tree of bodies under one council', () => {
      for (const list of [m.bodies, m.serviceAreas, m.departments]) {
        const ids = list.map((x) => x.id);
        expect(new Set(ids).size).toBe(ids.length);
      }
      const kf = council(m);
      expect(kf.parent).toBeUndefined();
      const bodyIds = new Set(m.bodies.map((b) => b.id));
      for (const b of m.bodies.filter((x) => x.kind !== 'council')) {
        expect(b.parent && bodyIds.has(b.parent)).toBe(true);
        // Walk up: every body reaches KF without revisiting a body.
        const seen = new Set<string>();
        let current: Body | undefined = b;
        while (current && current.kind !== 'council') {
          expect(seen.has(current.id)).toBe(false);
          seen.add(current.id);
          current = m.bodies.find((x) => x.id === current?.parent);
        }
        expect(current?.id).toBe(kf.id);
      }
    });

    it('gives every service area a holder, a preparer and a department that exist', () => {
      const bodyIds = new Set(m.bodies.map((b) => b.id));
      const departmentIds = new Set(m.departments.map((d) => d.id));
      expect(m.serviceAreas.length).toBeGreaterThan(0);
      for (const area of m.serviceAreas) {
        expect(bodyIds).toContain(area.budgetHolder);
        expect(bodyIds).toContain(area.preparedBy);
        expect(departmentIds).toContain(area.department);
      }
      for (const d of m.departments) expect(bodyIds).toContain(d.reportsTo);
    });

    it('draws every utskott from its parent nämnd’s members and substitutes', () => {
      for (const sub of m.bodies.filter((b) => b.kind === 'subcommittee')) {
        const parent = bodyOf(m, sub.parent ?? '');
        expect(sub.members + sub.substitutes).toBeLessThanOrEqual(parent.members + parent.substitutes);
        expect(sub.delegation).toBeDefined();
      }
    });

    it('labels every net cost an example and sets β to the area’s share of total cost', () => {
      const total = sum(m.serviceAreas.map((a) => a.netCostMsek));
      for (const area of m.serviceAreas) {
        expect(valueStatus(m, area, 'netCostMsek')).toBe('example');
        expect(area.priorityWeight).toBeCloseTo(area.netCostMsek / total, 3);
      }
      // IFO placements: the least flexible and most volatile area (DESIGN §4.2 example values).
      const ifo = m.serviceAreas.find((a) => a.id === 'ifo');
      expect(ifo).toBeDefined();
      for (const area of m.serviceAreas) {
        expect(ifo?.flexibility ?? 1).toBeLessThanOrEqual(area.flexibility);
        expect(ifo?.volatility ?? 0).toBeGreaterThanOrEqual(area.volatility);
      }
    });

    it('has party mandates that sum to the council’s seats, when it has any', () => {
      const parties = m.council.parties;
      if (parties) expect(sum(Object.values(parties))).toBe(council(m).members);
      else expect(m.council.status).toBeUndefined();
    });
  });
});

describe('facts each model carries', () => {
  it('Munkfors: KS 9 + 22, three utskott of 5 + 5, KF 21 = S 14 + C 4 + SD 2 + V 1 (seed 002, 2018 result)', () => {
    const m = model('munkfors');
    const ks = bodyOf(m, 'ks');
    expect([ks.kind, ks.members, ks.substitutes]).toEqual(['executiveBoard', 9, 22]);
    expect([valueStatus(m, ks, 'members'), valueStatus(m, ks, 'substitutes'), valueStatus(m, ks, 'meetingsPerYear')]).toEqual([
      'documented',
      'documented',
      'example',
    ]);
    const utskott = m.bodies.filter((b) => b.kind === 'subcommittee');
    expect(utskott.map((b) => b.id).sort()).toEqual(['larande-stod', 'omsorg-stod', 'service']);
    for (const u of utskott) expect([u.parent, u.members, u.substitutes]).toEqual(['ks', 5, 5]);
    expect(m.council.parties).toEqual({ S: 14, C: 4, SD: 2, V: 1 });
    expect(sum(Object.values(m.council.parties ?? {}))).toBe(21);
    expect([council(m).members, council(m).substitutes]).toEqual([21, 13]);
    expect(m.bodies.some((b) => b.kind === 'electionCommittee')).toBe(true);
    expect([...budgetHolders(m)]).toEqual(['ks']);
  });

  it('Ånge: KF 35 + 24 meeting about 5 times, with the 2018 parties summing to 35, in all three Ånge models (ange.se)', () => {
    for (const id of ['ange-today', 'ange-a', 'ange-b']) {
      const m = model(id);
      expect(m.council.parties).toEqual({ S: 16, SD: 5, VF: 5, M: 4, C: 2, V: 2, KD: 1 });
      expect(sum(Object.values(m.council.parties ?? {}))).toBe(35);
      const kf = council(m);
      expect([kf.members, kf.substitutes, kf.meetingsPerYear]).toEqual([35, 24, 5]);
      for (const field of ['members', 'substitutes', 'meetingsPerYear']) expect(valueStatus(m, kf, field)).toBe('documented');
      expect(valueStatus(m, m.council, 'parties')).toBe('documented');
      expect(m.council.sources).toContain('ange-kf');
      expect(m.sources.find((s) => s.id === 'ange-kf')?.reference).toContain('ange.se');
      expect(m.council.electionYear).toBe(2018);
    }
  });

  it('Ånge today: the five budget holders of 2020, tekniska nämnden with the technical frame, a working committee that only prepares', () => {
    const m = model('ange-today');
    expect(budgetHolders(m)).toEqual(new Set(['ks', 'utbildningsnamnd', 'socialnamnd', 'tekniska-namnd', 'bygg-miljonamnd']));
    for (const id of ['ks', 'utbildningsnamnd', 'socialnamnd', 'tekniska-namnd', 'bygg-miljonamnd', 'valnamnd']) bodyOf(m, id);
    const teknik = m.serviceAreas.find((a) => a.id === 'teknisk-verksamhet');
    expect([teknik?.budgetHolder, teknik?.preparedBy]).toEqual(['tekniska-namnd', 'tekniska-namnd']);
    expect(m.departments.find((d) => d.id === teknik?.department)?.reportsTo).toBe('tekniska-namnd');
    expect(valueStatus(m, teknik, 'budgetHolder')).toBe('documented');
    expect(bodyOf(m, 'tekniska-namnd').sources).toEqual(['ange-tn-moten-2020', 'ange-kf-2019-11-25', 'ange-budget-2021']);
    expect(m.description.sv).toContain('fem budgethållare');
    expect(bodyOf(m, 'ks-au').delegation).toEqual({ matters: false, budgetDeviations: false });
    expect(bodyOf(m, 'bygg-miljonamnd').sharedWith).toEqual(['Bräcke']);
    // Each nämnd holds the frames of the areas it runs.
    for (const area of m.serviceAreas.filter((a) => a.budgetHolder !== 'ks')) {
      expect(area.preparedBy).toBe(area.budgetHolder);
    }
  });

  it('Ånge A and B: one budget holder, the KS; utskott prepare; IFO with Lärande/stöd', () => {
    for (const id of ['ange-a', 'ange-b']) {
      const m = model(id);
      expect([...budgetHolders(m)]).toEqual(['ks']);
      expect(bodyOf(m, 'ks').kind).toBe('executiveBoard');
      expect(m.serviceAreas.find((a) => a.id === 'ifo')?.preparedBy).toBe('larande-stod');
      expect(m.serviceAreas.find((a) => a.id === 'forskola-grundskola')?.preparedBy).toBe('larande-stod');
      for (const u of m.bodies.filter((b) => b.kind === 'subcommittee')) {
        expect([u.members, u.substitutes, valueStatus(m, u, 'members'), valueStatus(m, u, 'substitutes')]).toEqual([5, 5, 'example', 'example']);
        expect(u.delegation).toEqual({ matters: true, budgetDeviations: false });
      }
      const ks = bodyOf(m, 'ks');
      expect([ks.members, ks.substitutes, valueStatus(m, ks, 'members'), valueStatus(m, ks, 'substitutes')]).toEqual([9, 22, 'example', 'example']);
      // Technical services stay under KS, prepared by an utskott (Service in A, Allmänt in B).
      expect(m.serviceAreas.find((a) => a.id === 'teknisk-verksamhet')?.budgetHolder).toBe('ks');
    }
    const utskottIds = (id: string) =>
      model(id)
        .bodies.filter((b) => b.kind === 'subcommittee')
        .map((b) => b.id)
        .sort();
    expect(utskottIds('ange-a')).toEqual(['larande-stod', 'omsorg-stod', 'service']);
    expect(utskottIds('ange-b')).toEqual(['allmant', 'larande-stod', 'omsorg-stod']);
  });

  it('the three Ånge models share service areas, costs and parameters: only the organisation differs', () => {
    const comparable = (id: string) =>
      model(id).serviceAreas.map(({ id: areaId, netCostMsek, flexibility, volatility, priorityWeight }) => ({
        areaId,
        netCostMsek,
        flexibility,
        volatility,
        priorityWeight,
      }));
    expect(comparable('ange-a')).toEqual(comparable('ange-today'));
    expect(comparable('ange-b')).toEqual(comparable('ange-today'));
    const total = sum(model('ange-today').serviceAreas.map((a) => a.netCostMsek));
    expect(total).toBeGreaterThanOrEqual(700);
    expect(total).toBeLessThanOrEqual(800);
  });

  it('Norsjö: KF 31, KS 9 as the only nämnd, two utskott of 3 members', () => {
    const m = model('norsjo');
    expect(council(m).members).toBe(31);
    expect(bodyOf(m, 'ks').members).toBe(9);
    expect(m.bodies.filter((b) => b.kind === 'committee')).toHaveLength(0);
    const utskott = m.bodies.filter((b) => b.kind === 'subcommittee');
    expect(utskott.map((b) => [b.id, b.members])).toEqual([
      ['allmanna', 3],
      ['utbildning-omsorg', 3],
    ]);
    expect(bodyOf(m, 'ks').meetingsPerYear).toBeGreaterThanOrEqual(7);
    expect(bodyOf(m, 'ks').meetingsPerYear).toBeLessThanOrEqual(8);
    // "Kommunstyrelsen sammanträder 7-8 gånger om året" (norsjo.se, id=18633).
    expect(valueStatus(m, bodyOf(m, 'ks'), 'meetingsPerYear')).toBe('documented');
    const cited = bodyOf(m, 'ks').facts?.meetingsPerYear?.sources ?? [];
    expect(cited.map((id) => m.sources.find((s) => s.id === id)?.reference)).toEqual([expect.stringContaining('id=18633')]);
    for (const u of utskott) expect([u.members, u.substitutes, valueStatus(m, u, 'substitutes')]).toEqual([3, 6, 'documented']);
  });

  it('Nordmaling: KF 31, KS 13, three utskott and a democracy drafting committee under KF', () => {
    const m = model('nordmaling');
    expect(council(m).members).toBe(31);
    expect(bodyOf(m, 'ks').members).toBe(13);
    expect(m.bodies.filter((b) => b.kind === 'subcommittee').map((b) => b.id)).toEqual([
      'sociala',
      'barn-utbildning',
      'allmanna',
    ]);
    const beredning = bodyOf(m, 'demokratiberedning');
    expect([beredning.kind, beredning.parent]).toEqual(['draftingCommittee', 'kf']);
    expect([...budgetHolders(m)]).toEqual(['ks']);
  });

  it('Dorotea: KF 25 + 16 meeting 4 times, two utskott of 3 + 3 meeting 6 times, a separate miljö- och byggnämnd', () => {
    const m = model('dorotea');
    const kf = council(m);
    expect([kf.members, kf.substitutes, kf.meetingsPerYear]).toEqual([25, 16, 4]);
    for (const id of ['allmanna', 'vard-stod']) {
      const u = bodyOf(m, id);
      expect([u.parent, u.members, u.substitutes, u.meetingsPerYear]).toEqual(['ks', 3, 3, 6]);
    }
    expect(bodyOf(m, 'miljo-byggnadsnamnd').kind).toBe('committee');
    expect(bodyOf(m, 'valnamnd').kind).toBe('electionCommittee');
    expect(budgetHolders(m)).toEqual(new Set(['ks', 'miljo-byggnadsnamnd']));
  });
});

// Validation of model files: every schema problem and every organisational rule of DESIGN §2, one test
// per rule, on a small valid fixture broken in exactly one place; plus parseModelText's handling of
// raw text (JSON syntax with line and column, duplicate keys, size limit, byte-order mark).
import { describe, expect, it } from 'vitest';
import { LAW_CITATIONS } from '@/domain/law-citations';
import { MAX_MODEL_FILE_BYTES, parseModelText } from '@/domain/parse-model';
import { MAX_REPORTED_ISSUES, validateModel, type ValidationResult } from '@/domain/validate-model';
import { formatIssuePath, type Issue } from '@/domain/validation-issue';
import { AREA, BODY, smallModel, type SmallModel } from '../fixtures/small-model';

function validate(change: (model: SmallModel) => void): ValidationResult {
  const model = smallModel();
  change(model);
  return validateModel(model);
}

function body(model: SmallModel, index: number): Record<string, unknown> {
  return model.bodies[index] as Record<string, unknown>;
}

function area(model: SmallModel, index: number): Record<string, unknown> {
  return model.serviceAreas[index] as Record<string, unknown>;
}

function codes(issues: readonly Issue[]): string[] {
  return issues.map((issue) => issue.code);
}

/** The one error a change should cause, with the checks every issue must pass. */
function onlyError(result: ValidationResult): Issue {
  expect(result.ok).toBe(false);
  expect(result.errors).toHaveLength(1);
  expectReadable(result.errors);
  return result.errors[0] as Issue;
}

function onlyWarning(result: ValidationResult): Issue {
  expect(result.ok).toBe(true);
  expect(result.errors).toEqual([]);
  expect(result.warnings).toHaveLength(1);
  expectReadable(result.warnings);
  return result.warnings[0] as Issue;
}

function expectReadable(issues: readonly Issue[]): void {
  const lawIds = new Set<string>(LAW_CITATIONS.map((citation) => citation.id));
  for (const issue of issues) {
    expect(issue.message.sv.trim().length).toBeGreaterThan(10);
    expect(issue.message.en.trim().length).toBeGreaterThan(10);
    expect(issue.message.sv).not.toBe(issue.message.en);
    if (issue.law !== undefined) expect(lawIds).toContain(issue.law);
  }
}

describe('a valid model', () => {
  it('passes with no errors and no warnings, and hands back the model', () => {
    const result = validateModel(smallModel());
    expect(result).toEqual({ ok: true, model: smallModel(), errors: [], warnings: [] });
  });

  it('hands back a fresh object, not the input', () => {
    const input = smallModel();
    const result = validateModel(input);
    expect(result.ok && result.model).not.toBe(input);
  });

  it('accepts a subcommittee whose seats exactly use its nämnd’s members and substitutes', () => {
    const result = validate((model) => {
      Object.assign(body(model, BODY.ks), { members: 7, substitutes: 3 });
      Object.assign(body(model, BODY.service), { members: 5, substitutes: 5 });
      Object.assign(body(model, BODY.omsorg), { members: 5, substitutes: 5 });
    });
    expect(result.ok).toBe(true);
    expect(result.errors).toEqual([]);
  });
});

describe('schema problems', () => {
  it('reports a wrong type with the path and the body id', () => {
    const issue = onlyError(validate((model) => (body(model, BODY.ks).members = 'nio')));
    expect(issue).toMatchObject({ severity: 'error', path: 'bodies[1].members', code: 'schema.type' });
    expect(issue.message.sv).toContain('`ks`');
    expect(issue.message.en).toContain('must be a number');
  });

  it('rejects negative counts', () => {
    const issue = onlyError(validate((model) => (body(model, BODY.bmn).substitutes = -2)));
    expect(issue).toMatchObject({ path: 'bodies[4].substitutes', code: 'schema.min-value' });
    expect(issue.message.sv).toContain('minst 0');
  });

  it('rejects fractional counts', () => {
    const issue = onlyError(validate((model) => (body(model, BODY.bmn).meetingsPerYear = 10.5)));
    expect(issue).toMatchObject({ path: 'bodies[4].meetingsPerYear', code: 'schema.integer' });
    expect(issue.message.en).toContain('10.5');
  });

  it('rejects huge numbers: 1e308 members and 10001 seats', () => {
    const huge = validate((model) => (body(model, BODY.bmn).members = 1e308));
    expect(onlyError(huge)).toMatchObject({ path: 'bodies[4].members', code: 'schema.max-value' });
    const seats = validate((model) => (body(model, BODY.valnamnd).substitutes = 10_001));
    const issue = onlyError(seats);
    expect(issue).toMatchObject({ path: 'bodies[5].substitutes', code: 'schema.max-value' });
    expect(issue.message.sv).toContain('10000');
  });

  it('rejects an infinite number that JSON.parse makes of 1e309', () => {
    const text = JSON.stringify(smallModel()).replace('"netCostMsek":40', '"netCostMsek":1e309');
    const result = parseModelText(text);
    expect(result.ok).toBe(false);
    expect(result.errors.map((issue) => issue.path)).toContain('serviceAreas[0].netCostMsek');
  });

  it('reports every unknown key, not just the first', () => {
    const result = validate((model) => {
      Object.assign(body(model, BODY.service), { chair: 'A', budget: 3 });
      model.colour = 'blue';
    });
    expect(result.ok).toBe(false);
    // In document order: `colour` was added last, after `bodies`.
    expect(result.errors.map((issue) => [issue.code, issue.path])).toEqual([
      ['schema.unknown-key', 'bodies[2].chair'],
      ['schema.unknown-key', 'bodies[2].budget'],
      ['schema.unknown-key', 'colour'],
    ]);
    expect(result.errors[0]?.message.sv).toContain('`service`');
    expectReadable(result.errors);
  });

  it('reports __proto__ keys from JSON.parse anywhere, including inside the party record', () => {
    const text = JSON.stringify(smallModel())
      .replace('"id":"testkommun"', '"__proto__":{"polluted":true},"id":"testkommun"')
      .replace('"parties":{', '"parties":{"__proto__":1,')
      .replace('"id":"bmn"', '"constructor":{},"id":"bmn"');
    const result = parseModelText(text);
    expect(result.ok).toBe(false);
    expect(result.errors.filter((issue) => issue.code === 'schema.forbidden-key').map((issue) => issue.path)).toEqual([
      '__proto__',
      'council.parties.__proto__',
      'bodies[4].constructor',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expectReadable(result.errors);
  });

  it('reports a missing required field', () => {
    const issue = onlyError(validate((model) => delete area(model, AREA.miljo).department));
    expect(issue).toMatchObject({ path: 'serviceAreas[2].department', code: 'schema.missing-key' });
    expect(issue.message.sv).toContain('`miljo`');
  });

  it('reports a malformed id and an unknown body kind', () => {
    const result = validate((model) => {
      body(model, BODY.valnamnd).id = 'Val Nämnd';
      body(model, BODY.bmn).kind = 'nämnd';
    });
    expect(codes(result.errors).sort()).toEqual(['schema.enum', 'schema.pattern']);
    expect(result.errors.find((issue) => issue.code === 'schema.enum')?.message.en).toContain('"committee"');
    expectReadable(result.errors);
  });

  it('reports a list given where an object belongs once, not as a list of missing fields', () => {
    const result = validate((model) => (model.bodies[BODY.valnamnd] = [] as unknown as Record<string, unknown>));
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ path: 'bodies[5]', code: 'schema.type' });
    const parties = validate((model) => (model.council.parties = [11, 5, 3, 1, 1] as unknown as Record<string, unknown>));
    expect(parties.errors.map((issue) => [issue.code, issue.path])).toContainEqual(['schema.type', 'council.parties']);
  });

  it('reports a party code that is not one', () => {
    const result = validate((model) => {
      model.council.parties = { S: 11, C: 5, M: 3, 'Dödsruna!': 1, E: 1 };
      model.council.cooperations = {};
    });
    expect(result.errors.map((issue) => [issue.code, issue.path])).toEqual([['schema.pattern', 'council.parties["Dödsruna!"]']]);
  });

  it('reports all errors at once: three distinct errors give three issues', () => {
    const result = validate((model) => {
      body(model, BODY.bmn).members = -1;
      area(model, AREA.teknik).flexibility = 2;
      model.status = 'draft';
    });
    expect(result.ok).toBe(false);
    expect(result.errors).toHaveLength(3);
    expect(codes(result.errors).sort()).toEqual(['schema.enum', 'schema.max-value', 'schema.min-value']);
    expectReadable(result.errors);
  });

  it('refuses anything that is not a model object, without throwing', () => {
    for (const input of [null, undefined, 5, 'model', true, [], [smallModel()], () => 1, Symbol('x'), new Date(0)]) {
      const result = validateModel(input);
      expect(result.ok).toBe(false);
      expect(result.errors.length).toBeGreaterThan(0);
      expect(codes(result.errors)).not.toContain('internal');
      expectReadable(result.errors);
    }
  });

  it('summarises beyond the cap so that a flood of errors stays readable', () => {
    const result = validate((model) => {
      model.bodies.push(...Array.from({ length: 400 }, () => ({ id: 'X', kind: 'x' })));
    });
    expect(result.errors).toHaveLength(MAX_REPORTED_ISSUES + 1);
    expect(result.errors.at(-1)?.code).toBe('issues.truncated');
  });
});

describe('organisational rules (errors)', () => {
  it('ids are unique per kind: bodies, service areas, departments, sources', () => {
    const result = validate((model) => {
      body(model, BODY.valnamnd).id = 'bmn';
      area(model, AREA.miljo).id = 'teknik';
      (model.departments[1] as Record<string, unknown>).id = 'kommunledning';
      (model.sources[1] as Record<string, unknown>).id = 'seed-002';
      // Keep references pointing at something that still exists.
      area(model, AREA.miljo).department = 'kommunledning';
      body(model, BODY.ks).sources = ['seed-002'];
    });
    expect(result.errors.filter((issue) => issue.code === 'ids.duplicate').map((issue) => issue.path)).toEqual([
      'bodies[5].id',
      'serviceAreas[2].id',
      'departments[1].id',
      'sources[1].id',
    ]);
    expect(result.errors[0]?.message.sv).toContain('bodies[4]');
  });

  it('a model needs a council (KL 3 kap. 1 §)', () => {
    const result = validate((model) => {
      model.bodies.splice(BODY.kf, 1);
      for (const entry of model.bodies) if (entry.parent === 'kf') delete entry.parent;
    });
    const missing = result.errors.find((issue) => issue.code === 'council.missing');
    expect(missing).toMatchObject({ path: 'bodies', law: 'kl-3-1' });
  });

  it('a model has only one council', () => {
    const issue = onlyError(
      validate((model) => {
        model.bodies.push({ ...body(model, BODY.kf), id: 'kf2' });
      }),
    );
    expect(issue).toMatchObject({ code: 'council.duplicate', path: 'bodies[7].kind', law: 'kl-3-1' });
    // Bodies are named as the reader knows them, not by their ids.
    expect(issue.message.sv).toBe('Kommunfullmäktige är ett andra kommunfullmäktige; kommunen har redan Kommunfullmäktige, och en kommun har ett fullmäktige.');
  });

  it('the council has no parent', () => {
    const issue = onlyError(validate((model) => (body(model, BODY.kf).parent = 'ks')));
    expect(issue).toMatchObject({ code: 'council.has-parent', path: 'bodies[0].parent' });
  });

  it('the council has an odd number of members (KL 5 kap. 1 §)', () => {
    const result = validate((model) => {
      body(model, BODY.kf).members = 22;
      model.council.parties.S = 12;
    });
    expect(onlyError(result)).toMatchObject({ code: 'council.even-seats', path: 'bodies[0].members', law: 'kl-5-5' });
  });

  it('a model needs an executive board (KL 3 kap. 3 §)', () => {
    const result = validate((model) => (body(model, BODY.ks).kind = 'committee'));
    const issue = result.errors.find((candidate) => candidate.code === 'executive-board.missing');
    expect(issue).toMatchObject({ path: 'bodies', law: 'kl-3-3' });
  });

  it('a model has at most one executive board (KL 6 kap. 1 §)', () => {
    const issue = onlyError(validate((model) => (body(model, BODY.bmn).kind = 'executiveBoard')));
    expect(issue).toMatchObject({ code: 'executive-board.duplicate', path: 'bodies[4].kind', law: 'kl-6-1' });
    expect(issue.message.sv).toContain('kommunen har redan Kommunstyrelsen,');
    expect(issue.message.sv).not.toContain('`');
  });

  it('the executive board sits directly under the council', () => {
    const issue = onlyError(validate((model) => (body(model, BODY.ks).parent = 'bmn')));
    expect(issue).toMatchObject({ code: 'executive-board.parent', path: 'bodies[1].parent', law: 'kl-3-3' });
  });

  it('every body other than the council has a parent', () => {
    const issue = onlyError(validate((model) => delete body(model, BODY.valnamnd).parent));
    expect(issue).toMatchObject({ code: 'body.parent-missing', path: 'bodies[5].parent' });
    expect(issue.message.sv).toContain('Valnämnden saknar');
    expect(issue.message.sv).not.toContain('`valnamnd`');
  });

  it('a parent must exist', () => {
    const issue = onlyError(validate((model) => (body(model, BODY.budgetberedning).parent = 'arbetsutskott')));
    expect(issue).toMatchObject({ code: 'body.parent-unknown', path: 'bodies[6].parent' });
    expect(issue.message.en).toContain('`arbetsutskott`');
  });

  it('parent links have no cycles, so everything reaches the council', () => {
    const result = validate((model) => {
      body(model, BODY.service).parent = 'omsorg';
      body(model, BODY.omsorg).parent = 'service';
    });
    const cycles = result.errors.filter((issue) => issue.code === 'body.cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.path).toBe('bodies[2].parent');
    expect(cycles[0]?.message.sv).toContain('Serviceutskottet → Omsorgsutskottet → Serviceutskottet');
    expect(cycles[0]?.message.en).toContain('Service subcommittee → Care subcommittee → Service subcommittee');
    expectReadable(result.errors);
  });

  it('a body that is its own parent is a cycle', () => {
    const result = validate((model) => (body(model, BODY.bmn).parent = 'bmn'));
    expect(result.errors.map((issue) => [issue.code, issue.path])).toContainEqual(['body.cycle', 'bodies[4].parent']);
  });

  it('a long chain is checked without recursion', () => {
    const result = validate((model) => {
      for (let index = 0; index < 400; index++) {
        model.bodies.push({
          id: `b${index}`,
          kind: 'draftingCommittee',
          name: { sv: 'B', en: 'B' },
          parent: index === 0 ? 'b399' : `b${index - 1}`,
          members: 3,
          substitutes: 0,
          meetingsPerYear: 1,
        });
      }
    });
    expect(codes(result.errors).filter((code) => code === 'body.cycle')).toHaveLength(1);
  });

  it('a subcommittee belongs to the executive board or a committee', () => {
    const issue = onlyError(validate((model) => (body(model, BODY.service).parent = 'kf')));
    expect(issue).toMatchObject({ code: 'subcommittee.parent-kind', path: 'bodies[2].parent' });
  });

  it('a subcommittee cannot have more seats than its nämnd has members and substitutes', () => {
    const result = validate((model) => {
      Object.assign(body(model, BODY.ks), { members: 9, substitutes: 2 });
      Object.assign(body(model, BODY.service), { members: 7, substitutes: 5 });
      Object.assign(body(model, BODY.omsorg), { members: 5, substitutes: 5 });
    });
    const issue = onlyError(result);
    expect(issue).toMatchObject({ code: 'subcommittee.seats', path: 'bodies[2].members' });
    expect(issue.message.sv).toBe(
      'Utskottet Serviceutskottet har 12 platser (7 ledamöter + 5 ersättare), men Kommunstyrelsen har bara 9 ledamöter och 2 ersättare att välja dem bland.',
    );
    expect(issue.message.en).toContain('has only 9 members and 2 substitutes to choose them from');
  });

  it("a service area's budget holder exists", () => {
    const issue = onlyError(validate((model) => (area(model, AREA.miljo).budgetHolder = 'miljonamnd')));
    expect(issue).toMatchObject({ code: 'area.budget-holder-unknown', path: 'serviceAreas[2].budgetHolder' });
  });

  it('an utskott or the council cannot hold a frame', () => {
    const byUtskott = onlyError(validate((model) => (area(model, AREA.teknik).budgetHolder = 'service')));
    expect(byUtskott).toMatchObject({ code: 'area.budget-holder-kind', path: 'serviceAreas[0].budgetHolder' });
    const byCouncil = validate((model) => (area(model, AREA.teknik).budgetHolder = 'kf'));
    expect(codes(byCouncil.errors)).toEqual(['area.budget-holder-kind']);
  });

  it('the preparing body exists', () => {
    const issue = onlyError(validate((model) => (area(model, AREA.teknik).preparedBy = 'au')));
    expect(issue).toMatchObject({ code: 'area.prepared-by-unknown', path: 'serviceAreas[0].preparedBy' });
  });

  it("a service area's department exists", () => {
    const issue = onlyError(validate((model) => (area(model, AREA.teknik).department = 'teknikforvaltning')));
    expect(issue).toMatchObject({ code: 'area.department-unknown', path: 'serviceAreas[0].department' });
  });

  it('a department reports to a body that exists', () => {
    const issue = onlyError(validate((model) => ((model.departments[1] as Record<string, unknown>).reportsTo = 'mbn')));
    expect(issue).toMatchObject({ code: 'department.reports-to-unknown', path: 'departments[1].reportsTo' });
  });

  it("the parties' seats add up to the council's members", () => {
    const issue = onlyError(validate((model) => (model.council.parties.S = 12)));
    expect(issue).toMatchObject({ code: 'council.parties-sum', path: 'council.parties' });
    expect(issue.message.sv).toContain('22');
    expect(issue.message.sv).toContain('21');
  });

  it('a cooperation consists of parties that exist', () => {
    const issue = onlyError(validate((model) => (model.council.cooperations = { G: ['D', 'F'] })));
    expect(issue).toMatchObject({ code: 'cooperation.party-unknown', path: 'council.cooperations.G[1]' });
  });

  it('no party is in two cooperations', () => {
    const issue = onlyError(validate((model) => (model.council.cooperations = { G: ['D', 'E'], H: ['M', 'E'] })));
    expect(issue).toMatchObject({ code: 'cooperation.party-twice', path: 'council.cooperations.H[1]' });
  });

  it('a cooperation has its own group name', () => {
    const issue = onlyError(validate((model) => (model.council.cooperations = { C: ['D', 'E'] })));
    expect(issue).toMatchObject({ code: 'cooperation.name-is-party', path: 'council.cooperations.C' });
  });

  it('referenced sources exist, wherever they are referenced', () => {
    const result = validate((model) => {
      body(model, BODY.ks).sources = ['seed-002', 'seed-009'];
      area(model, AREA.miljo).sources = ['nowhere'];
      model.council.sources = ['gone'];
    });
    expect(result.errors.filter((issue) => issue.code === 'source.unknown').map((issue) => issue.path)).toEqual([
      'bodies[1].sources[1]',
      'serviceAreas[2].sources[0]',
      'council.sources[0]',
    ]);
  });
});

describe('organisational rules (warnings)', () => {
  it('a nämnd with fewer than 3 members (the law sets no minimum)', () => {
    const issue = onlyWarning(validate((model) => (body(model, BODY.valnamnd).members = 2)));
    expect(issue).toMatchObject({ severity: 'warning', code: 'body.few-members', path: 'bodies[5].members' });
    expect(issue.law).toBeUndefined();
  });

  it('an executive board with an even number of members', () => {
    const issue = onlyWarning(validate((model) => (body(model, BODY.ks).members = 10)));
    expect(issue).toMatchObject({ code: 'executive-board.even', path: 'bodies[1].members' });
  });

  it('a body that holds a frame but never meets', () => {
    const issue = onlyWarning(validate((model) => (body(model, BODY.bmn).meetingsPerYear = 0)));
    expect(issue).toMatchObject({ code: 'body.no-meetings-holds-frame', path: 'bodies[4].meetingsPerYear' });
    expect(issue.message.sv).toContain('Bygg- och miljönämnden har');
    expect(issue.message.sv).not.toContain('`bmn`');
  });

  it('a subcommittee with more than three substitutes per member, but not Norsjö’s 3 + 6', () => {
    const issue = onlyWarning(
      validate((model) => {
        body(model, BODY.service).members = 2;
        body(model, BODY.service).substitutes = 7;
      }),
    );
    expect(issue).toMatchObject({ code: 'subcommittee.more-substitutes', path: 'bodies[2].substitutes' });
    expect(issue.message.sv).toContain('7 ersättare på 2 ledamöter');
    const atThree = validate((model) => {
      body(model, BODY.service).members = 2;
      body(model, BODY.service).substitutes = 6;
    });
    expect(atThree.warnings).toEqual([]);
    const norsjo = validate((model) => {
      body(model, BODY.service).members = 3;
      body(model, BODY.service).substitutes = 6;
    });
    expect(norsjo.warnings).toEqual([]);
  });

  it('a model with no service areas', () => {
    const issue = onlyWarning(validate((model) => (model.serviceAreas = [])));
    expect(issue).toMatchObject({ code: 'model.no-service-areas', path: 'serviceAreas' });
  });

  it('a service area prepared by a body outside its budget holder', () => {
    const byCommittee = onlyWarning(validate((model) => (area(model, AREA.teknik).preparedBy = 'bmn')));
    expect(byCommittee).toMatchObject({ code: 'area.prepared-by-outside', path: 'serviceAreas[0].preparedBy' });
    const byOtherUtskott = onlyWarning(validate((model) => (area(model, AREA.miljo).preparedBy = 'service')));
    expect(byOtherUtskott.code).toBe('area.prepared-by-outside');
  });

  it('a service area may be prepared by a drafting committee under its holder', () => {
    const result = validate((model) => (area(model, AREA.teknik).preparedBy = 'budgetberedning'));
    expect(result).toMatchObject({ ok: true, errors: [], warnings: [] });
  });

  it('a committee that does not sit directly under the council', () => {
    const issue = onlyWarning(validate((model) => (body(model, BODY.bmn).parent = 'ks')));
    expect(issue).toMatchObject({ code: 'body.parent-kind', path: 'bodies[4].parent' });
  });

  it('a drafting committee under an utskott', () => {
    const issue = onlyWarning(validate((model) => (body(model, BODY.budgetberedning).parent = 'service')));
    expect(issue).toMatchObject({ code: 'body.parent-kind', path: 'bodies[6].parent' });
  });

  it('a subcommittee or drafting committee with no members', () => {
    const issue = onlyWarning(validate((model) => (body(model, BODY.budgetberedning).members = 0)));
    expect(issue).toMatchObject({ code: 'body.no-members', path: 'bodies[6].members' });
  });
});

describe('rules on a file that fails the schema', () => {
  it('reports rule errors next to schema errors', () => {
    const result = validate((model) => {
      model.description = 'not a text object';
      Object.assign(body(model, BODY.service), { members: 10, substitutes: 10 });
    });
    expect(codes(result.errors).sort()).toEqual(['schema.type', 'subcommittee.seats']);
  });

  it('does not pile follow-on errors on a body whose id is unreadable', () => {
    const result = validate((model) => (body(model, BODY.ks).id = 42));
    // The schema names the bad id; the bodies, areas and departments pointing at `ks` are not reported again.
    expect(codes(result.errors)).toEqual(['schema.type']);
    expect(result.errors[0]?.path).toBe('bodies[1].id');
  });

  it('skips the council-count rule when a body kind is unreadable', () => {
    const result = validate((model) => (body(model, BODY.kf).kind = 'kommunfullmäktige'));
    expect(codes(result.errors)).toEqual(['schema.enum']);
  });
});

describe('law citations', () => {
  it('have unique ids, an SFS reference and what they say in both languages', () => {
    const ids = LAW_CITATIONS.map((citation) => citation.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const citation of LAW_CITATIONS) {
      expect(citation.reference).toMatch(/^(Kommunallag \(2017:725\) \d+ kap\.|Lag \(2022:629\) [a-zåäö ]+) \d+ §$/);
      expect(citation.says.sv.length).toBeGreaterThan(20);
      expect(citation.says.en.length).toBeGreaterThan(20);
      expect(citation.verifiedFrom.length).toBeGreaterThan(5);
    }
  });
});

describe('issue paths', () => {
  it('read like JSON access', () => {
    expect(formatIssuePath(['bodies', 2, 'members'])).toBe('bodies[2].members');
    expect(formatIssuePath(['council', 'parties', 'ÅP'])).toBe('council.parties.ÅP');
    expect(formatIssuePath(['council', 'parties', 'a b'])).toBe('council.parties["a b"]');
    expect(formatIssuePath([])).toBe('');
  });
});

describe('parseModelText', () => {
  it('reads a valid file', () => {
    const result = parseModelText(JSON.stringify(smallModel(), null, 2));
    expect(result.ok).toBe(true);
  });

  it('accepts a byte-order mark', () => {
    expect(parseModelText(`\uFEFF${JSON.stringify(smallModel())}`).ok).toBe(true);
  });

  it('reports invalid JSON with line and column in both languages', () => {
    const result = parseModelText('{\n  "id": "x",\n  "bodies": [1, 2,]\n}');
    const issue = onlyError(result);
    expect(issue).toMatchObject({ code: 'json.syntax', path: '', position: { line: 3, column: 18 } });
    expect(issue.message.sv).toContain('rad 3, kolumn 18');
    expect(issue.message.en).toContain('line 3, column 18');
  });

  it('explains the usual hand-editing mistakes', () => {
    const cases: [string, string, { line: number; column: number }][] = [
      ['{\n  "a": 1\n  "b": 2\n}', 'kommatecken', { line: 3, column: 3 }],
      ["{'a': 1}", 'citattecken', { line: 1, column: 2 }],
      ['{\n  // note\n}', 'kommentarer', { line: 2, column: 3 }],
      ['{"a": "one\ntwo"}', 'radbrytning', { line: 1, column: 11 }],
      ['{"a": "open', 'avslutas aldrig', { line: 1, column: 7 }],
      ['{"a": [1, 2', 'tar slut', { line: 1, column: 12 }],
      ['{"a": 1,5}', 'fältnamn', { line: 1, column: 9 }],
      ['{"a": 01}', "','", { line: 1, column: 8 }],
      ['{"a": -}', 'ogiltigt tal', { line: 1, column: 7 }],
      ['{"a": "\\x"}', 'escape', { line: 1, column: 8 }],
      ['{} {}', 'efter slutet', { line: 1, column: 4 }],
      ['   ', 'tom', { line: 1, column: 1 }],
    ];
    for (const [text, word, position] of cases) {
      const issue = onlyError(parseModelText(text));
      expect(issue.code).toBe('json.syntax');
      expect(issue.message.sv).toContain(word);
      expect(issue.position).toEqual(position);
    }
  });

  it('reports a key that appears twice in one object', () => {
    const text = JSON.stringify(smallModel(), null, 2).replace('"members": 9,', '"members": 9,\n      "members": 11,');
    const result = parseModelText(text);
    expect(result.ok).toBe(false);
    const duplicate = result.errors.find((issue) => issue.code === 'json.duplicate-key');
    expect(duplicate).toMatchObject({ path: 'bodies[1].members' });
    expect(duplicate?.position?.line).toBeGreaterThan(1);
  });

  it('refuses text over 5 MB before parsing it', () => {
    const padding = ' '.repeat(MAX_MODEL_FILE_BYTES);
    const issue = onlyError(parseModelText(`{}${padding}`));
    expect(issue.code).toBe('file.too-large');
    expect(issue.message.sv).toContain('5 MB');
    expect(issue.message.en).toContain('5 MB');
  });

  it('counts bytes, not characters: 3 million "ä" are over 5 MB in UTF-8', () => {
    const issue = onlyError(parseModelText(`"${'ä'.repeat(3_000_000)}"`));
    expect(issue.code).toBe('file.too-large');
  });

  it('reads text of exactly 5 MB', () => {
    const text = `{}${' '.repeat(MAX_MODEL_FILE_BYTES - 2)}`;
    const result = parseModelText(text);
    expect(codes(result.errors)).not.toContain('file.too-large');
    expect(codes(result.errors)).toContain('schema.missing-key');
  });

  it('survives very deep nesting', () => {
    const depth = 100_000;
    const result = parseModelText(`{"bodies": ${'['.repeat(depth)}${']'.repeat(depth)}}`);
    expect(result.ok).toBe(false);
    expect(codes(result.errors)).not.toContain('internal');
  });

  it('never throws for a non-string argument from untyped callers', () => {
    const result = parseModelText(42 as unknown as string);
    expect(onlyError(result).code).toBe('file.not-text');
  });
});

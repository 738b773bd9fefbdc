// Every change the Draft view makes to a model, as an immer recipe (a function that edits a draft copy),
// so each one goes through the edit history and can be undone. Pure; no recipe ever throws, whatever
// state the draft is in (a draft may be invalid while it is being written).
//
// References follow an id when it is renamed (an utskott's parent, an area's budget holder, a fact's
// sources…), and removing an utskott or beredning hands its areas and departments to the nämnd it
// belongs to, so ordinary edits keep the model whole. Anything else that breaks is left for validation
// to report, with a link to the field.
import type { Draft } from 'immer';
import type { Body, BodyKind, IndividualCaseLaw, Model, Text } from '@/domain/model-schema';
import {
  AREA_FACT_FIELDS,
  BODY_FACT_FIELDS,
  COST_FACT_FIELDS,
  COUNCIL_FACT_FIELDS,
  DEFAULT_COST_PARAMETERS,
  DEPARTMENT_FACT_FIELDS,
  INDIVIDUAL_CASE_LAWS,
} from '@/domain/model-schema';

export type ModelDraft = Draft<Model>;
export type ModelRecipe = (model: ModelDraft) => void;
export type FieldPath = readonly (string | number)[];
export type IdCollection = 'bodies' | 'serviceAreas' | 'departments' | 'sources';

// A key a JavaScript object treats specially must never be written (a hostile party code, say).
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Container = Record<string | number, unknown>;

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** Sets the value at `path` (creating missing objects on the way); `undefined` removes an object key. */
export function setAt(path: FieldPath, value: unknown): ModelRecipe {
  return (model) => {
    if (path.length === 0 || path.some((key) => typeof key === 'string' && FORBIDDEN_KEYS.has(key))) return;
    let target: unknown = model;
    for (let i = 0; i < path.length - 1; i++) {
      if (!isContainer(target)) return;
      const key = path[i] as string | number;
      if (target[key] === undefined && value !== undefined) target[key] = typeof path[i + 1] === 'number' ? [] : {};
      target = target[key];
    }
    if (!isContainer(target)) return;
    const last = path[path.length - 1] as string | number;
    if (value !== undefined) target[last] = value;
    else if (!Array.isArray(target)) delete target[last];
  };
}

/** The object and field whose status a path's value has (model-schema.ts, `facts`), if it has one. */
export function figureOf(path: FieldPath): { owner: FieldPath; field: string } | undefined {
  const [head, second, third] = path;
  const fields: Record<string, readonly string[]> = {
    bodies: BODY_FACT_FIELDS,
    serviceAreas: AREA_FACT_FIELDS,
    departments: DEPARTMENT_FACT_FIELDS,
  };
  if (typeof head === 'string' && fields[head] && typeof second === 'number' && typeof third === 'string' && path.length === 3) {
    return fields[head].includes(third) ? { owner: [head, second], field: third } : undefined;
  }
  if (head === 'council' && typeof second === 'string' && (COUNCIL_FACT_FIELDS as readonly string[]).includes(second)) {
    return { owner: ['council'], field: second };
  }
  if (head === 'costParameters' && typeof second === 'string' && (COST_FACT_FIELDS as readonly string[]).includes(second)) {
    return { owner: ['costParameters'], field: second };
  }
  return undefined;
}

/**
 * Sets a value the user typed. A figure typed in the draft is the user's own, neither documented nor the
 * tool's example, so its status becomes `own` (DESIGN §2) — whatever the model it was copied from said.
 */
export function setTypedValue(path: FieldPath, value: unknown): ModelRecipe {
  return (model) => {
    const before = valueAt(model, path);
    setAt(path, value)(model);
    const figure = figureOf(path);
    if (figure === undefined || before === value) return;
    if (!isContainer(valueAt(model, figure.owner))) return;
    setAt([...figure.owner, 'facts', figure.field], { status: 'own' })(model);
  };
}

/** A readable value at `path`, or undefined. */
export function valueAt(model: unknown, path: FieldPath): unknown {
  let target: unknown = model;
  for (const key of path) {
    if (!isContainer(target) || !Object.prototype.hasOwnProperty.call(target, key)) return undefined;
    target = target[key];
  }
  return target;
}

/** `base` made into an id (lowercase a–z, digits, hyphens), numbered until it is not in `taken`. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const slug =
    base
      .toLowerCase()
      .replace(/[åä]/g, 'a')
      .replace(/ö/g, 'o')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'ny';
  if (!used.has(slug)) return slug;
  for (let n = 2; ; n++) if (!used.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

/**
 * The id a new draft's model gets: made from the draft's title, with a short stamp so that two drafts with
 * the same title never share an id, and never the id of a shipped model (`taken`). It is given once, when
 * the draft is made, and stays when the draft is renamed, so links naming it keep working.
 */
export function draftModelId(title: string, taken: Iterable<string>, now: Date): string {
  const base = uniqueId(title, []).slice(0, 40).replace(/-+$/, '') || 'utkast';
  return uniqueId(`${base}-${now.getTime().toString(36).slice(-5)}`, taken);
}

/** Same content apart from the model's id (a draft made from a shipped model and never changed). */
export function sameApartFromId(a: Model, b: Model): boolean {
  return JSON.stringify({ ...a, id: '' }) === JSON.stringify({ ...b, id: '' });
}

/** The usual size of a new body of each kind (a starting point; every number is then edited). */
const NEW_BODY: Record<BodyKind, { members: number; substitutes: number; meetingsPerYear: number }> = {
  council: { members: 31, substitutes: 16, meetingsPerYear: 8 },
  executiveBoard: { members: 11, substitutes: 11, meetingsPerYear: 10 },
  committee: { members: 7, substitutes: 7, meetingsPerYear: 10 },
  subcommittee: { members: 5, substitutes: 5, meetingsPerYear: 10 },
  draftingCommittee: { members: 3, substitutes: 3, meetingsPerYear: 6 },
  electionCommittee: { members: 5, substitutes: 5, meetingsPerYear: 4 },
};

export function addBody(kind: BodyKind, parent: string | undefined, name: Text): ModelRecipe {
  return (model) => {
    const body: Body = {
      id: uniqueId(name.sv, model.bodies.map((b) => b.id)),
      kind,
      name: { ...name },
      ...(parent === undefined ? {} : { parent }),
      ...NEW_BODY[kind],
      ...(kind === 'subcommittee' ? { delegation: { matters: true, budgetDeviations: false } } : {}),
    };
    model.bodies.push(body);
  };
}

export type DelegationFlag = 'matters' | 'budgetDeviations' | 'urgentByChair' | 'toOfficials';

/** Sets one delegation flag of a body; a body without delegation gets both required flags (off). An
 *  optional flag switched off is removed, so a model file carries only what is delegated. */
export function setDelegation(index: number, flag: DelegationFlag, value: boolean): ModelRecipe {
  return (model) => {
    const body = model.bodies[index];
    if (!body || (body.delegation?.[flag] ?? false) === value) return;
    body.delegation ??= { matters: false, budgetDeviations: false };
    if (value || flag === 'matters' || flag === 'budgetDeviations') body.delegation[flag] = value;
    else delete body.delegation[flag];
  };
}

/** Lets a body decide individual cases under `law` (SoL, LVU, LSS), or stops it; the list keeps the laws' order. */
export function setIndividualCases(index: number, law: IndividualCaseLaw, value: boolean): ModelRecipe {
  return (model) => {
    const body = model.bodies[index];
    if (!body) return;
    const current = new Set(body.delegation?.individualCases ?? []);
    if (current.has(law) === value) return;
    if (value) current.add(law);
    else current.delete(law);
    body.delegation ??= { matters: false, budgetDeviations: false };
    const laws = INDIVIDUAL_CASE_LAWS.filter((l) => current.has(l));
    if (laws.length > 0) body.delegation.individualCases = laws;
    else delete body.delegation.individualCases;
  };
}

/** Kinds whose work returns to their nämnd when they are removed. */
const PART_OF_A_NAMND: ReadonlySet<BodyKind> = new Set(['subcommittee', 'draftingCommittee']);

/**
 * Removes a body. Bodies under it move up to its parent. Its areas and departments go to `heir` when one is
 * given (an utskott as heir prepares the areas, and its nämnd holds their frames); otherwise an utskott's
 * or beredning's go to its nämnd, and a nämnd's are left for validation to point out. A body whose id
 * another body shares keeps every reference as it is.
 */
export function removeBody(index: number, heir?: string): ModelRecipe {
  return (model) => {
    const body = model.bodies[index];
    if (!body) return;
    const shared = model.bodies.some((b, i) => i !== index && b.id === body.id);
    model.bodies.splice(index, 1);
    if (shared) return;
    const parent = body.parent;
    for (const other of model.bodies) {
      if (other.parent !== body.id) continue;
      if (parent === undefined) delete other.parent;
      else other.parent = parent;
    }
    const chosen = heir === undefined ? undefined : model.bodies.find((b) => b.id === heir);
    const to = chosen?.id ?? (parent !== undefined && PART_OF_A_NAMND.has(body.kind) ? parent : undefined);
    if (to === undefined) return;
    const holder = chosen && PART_OF_A_NAMND.has(chosen.kind) && chosen.parent !== undefined ? chosen.parent : to;
    // Where the areas and departments went is the user's own choice ("Eget värde"), not the source's.
    for (const area of model.serviceAreas) {
      if (area.budgetHolder === body.id) {
        area.budgetHolder = holder;
        area.facts = { ...area.facts, budgetHolder: { status: 'own' } };
      }
      if (area.preparedBy === body.id) area.preparedBy = to;
    }
    for (const department of model.departments) {
      if (department.reportsTo !== body.id) continue;
      department.reportsTo = chosen && PART_OF_A_NAMND.has(chosen.kind) ? holder : to;
      department.facts = { ...department.facts, reportsTo: { status: 'own' } };
    }
  };
}

function framingBody(model: Model): string {
  return (
    model.bodies.find((b) => b.kind === 'executiveBoard')?.id ??
    model.bodies.find((b) => b.kind === 'committee')?.id ??
    model.bodies[0]?.id ??
    ''
  );
}

export function addServiceArea(name: Text): ModelRecipe {
  return (model) => {
    const holder = framingBody(model);
    model.serviceAreas.push({
      id: uniqueId(name.sv, model.serviceAreas.map((a) => a.id)),
      name: { ...name },
      netCostMsek: 0,
      budgetHolder: holder,
      preparedBy: holder,
      department: model.departments[0]?.id ?? '',
      flexibility: 0.3,
      volatility: 0.05,
      priorityWeight: 1,
      status: 'example',
    });
  };
}

export function addDepartment(name: Text): ModelRecipe {
  return (model) => {
    model.departments.push({
      id: uniqueId(name.sv, model.departments.map((d) => d.id)),
      name: { ...name },
      reportsTo: framingBody(model),
    });
  };
}

export function addSource(): ModelRecipe {
  return (model) => {
    model.sources.push({
      id: uniqueId('kalla', model.sources.map((s) => s.id)),
      kind: 'public',
      reference: '',
      says: { sv: '', en: '' },
    });
  };
}

/** Every list of source ids in the model: on each body, area and department, and on the council. */
function sourceLists(model: ModelDraft): { owner: { sources?: string[] } }[] {
  const owners: { sources?: string[]; facts?: Record<string, { sources?: string[] } | undefined> }[] = [
    ...model.bodies,
    ...model.serviceAreas,
    ...model.departments,
    model.council,
    ...(model.costParameters ? [model.costParameters] : []),
  ];
  // Each value's own citations (model-schema.ts, `facts`) follow a renamed or removed source too.
  const values = owners.flatMap((owner) => Object.values(owner.facts ?? {}).flatMap((fact) => (fact ? [fact] : [])));
  return [...owners, ...values].map((owner) => ({ owner }));
}

/** Removes a source and every citation of it, so no fact points at a source that is gone. */
export function removeSource(index: number): ModelRecipe {
  return (model) => {
    const source = model.sources[index];
    if (!source) return;
    const shared = model.sources.some((s, i) => i !== index && s.id === source.id);
    model.sources.splice(index, 1);
    if (shared) return;
    for (const { owner } of sourceLists(model)) {
      if (!owner.sources?.includes(source.id)) continue;
      owner.sources = owner.sources.filter((id) => id !== source.id);
      if (owner.sources.length === 0) delete owner.sources;
    }
  };
}

export function removeAt(collection: 'serviceAreas' | 'departments', index: number): ModelRecipe {
  return (model) => {
    if (index >= 0 && index < model[collection].length) model[collection].splice(index, 1);
  };
}

/** Cites or stops citing a source for the fact at `factPath` (a body, area, department or the council). */
export function toggleFactSource(factPath: FieldPath, sourceId: string, cited: boolean): ModelRecipe {
  return (model) => {
    const fact = valueAt(model, factPath);
    if (!isContainer(fact) || Array.isArray(fact)) return;
    const cites = Array.isArray(fact.sources) && (fact.sources as unknown[]).includes(sourceId);
    if (cites === cited) return;
    const current = Array.isArray(fact.sources) ? (fact.sources as string[]).filter((id) => id !== sourceId) : [];
    if (cited) current.push(sourceId);
    if (current.length === 0) delete fact.sources;
    else fact.sources = current;
  };
}

/** Gives the item at `index` the id `next` and makes every reference to its old id follow. */
export function renameId(collection: IdCollection, index: number, next: string): ModelRecipe {
  return (model) => {
    const item = model[collection][index];
    if (!item || item.id === next) return;
    const previous = item.id;
    const shared = model[collection].some((other, i) => i !== index && other.id === previous);
    item.id = next;
    if (shared) return;
    const follow = (value: string): string => (value === previous ? next : value);
    if (collection === 'bodies') {
      for (const body of model.bodies) if (body.parent !== undefined) body.parent = follow(body.parent);
      for (const area of model.serviceAreas) {
        area.budgetHolder = follow(area.budgetHolder);
        area.preparedBy = follow(area.preparedBy);
      }
      for (const department of model.departments) department.reportsTo = follow(department.reportsTo);
    } else if (collection === 'departments') {
      for (const area of model.serviceAreas) area.department = follow(area.department);
      for (const unit of model.departments) if (unit.parent !== undefined) unit.parent = follow(unit.parent);
    } else if (collection === 'sources') {
      for (const { owner } of sourceLists(model)) if (owner.sources?.includes(previous)) owner.sources = owner.sources.map(follow);
    }
  };
}

const NAMED_COLLECTIONS: ReadonlySet<string> = new Set(['bodies', 'serviceAreas', 'departments']);

/**
 * Sets a text at `path`. A body's, area's or department's Swedish name carries its id along while the id
 * still is the one made from the name (as for a new body: "Nytt utskott" → `nytt-utskott`), with every
 * reference following; once the user has given the id a value of their own, it stays.
 */
export function setText(path: FieldPath, value: string): ModelRecipe {
  return (model) => {
    const [collection, index, field, lang] = path;
    const named = typeof collection === 'string' && NAMED_COLLECTIONS.has(collection) && typeof index === 'number' && field === 'name' && lang === 'sv';
    const list = named ? (model[collection as 'bodies' | 'serviceAreas' | 'departments'] as { id: string; name: Text }[]) : undefined;
    const item = list?.[index as number];
    const others = list?.filter((_, i) => i !== index).map((x) => x.id) ?? [];
    const follows = item !== undefined && item.id === uniqueId(item.name.sv, others);
    setAt(path, value)(model);
    if (!follows || !item) return;
    const next = uniqueId(value, others);
    if (next !== item.id) renameId(collection as IdCollection, index as number, next)(model);
  };
}

// ---- council: parties and cooperations -------------------------------------------------------------

/** A record with `from` renamed `to`, keeping the order of keys (the order parties are listed in). */
function renamedKey<V>(record: Record<string, V>, from: string, to: string): Record<string, V> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key === from ? to : key, value]));
}

export function addParty(code: string): ModelRecipe {
  return (model) => {
    if (FORBIDDEN_KEYS.has(code)) return;
    const parties = model.council.parties ?? {};
    if (Object.prototype.hasOwnProperty.call(parties, code)) return;
    model.council.parties = { ...parties, [code]: 0 };
    markPartiesOwn(model);
  };
}

/** The mandates are the user's own once a party is added, renamed or removed in the draft. */
function markPartiesOwn(model: ModelDraft): void {
  model.council.facts = { ...model.council.facts, parties: { status: 'own' } };
}

export function renameParty(from: string, to: string): ModelRecipe {
  return (model) => {
    const parties = model.council.parties;
    if (!parties || from === to || FORBIDDEN_KEYS.has(to) || Object.prototype.hasOwnProperty.call(parties, to)) return;
    if (!Object.prototype.hasOwnProperty.call(parties, from)) return;
    model.council.parties = renamedKey(parties, from, to);
    markPartiesOwn(model);
    for (const members of Object.values(model.council.cooperations ?? {})) {
      members.forEach((party, i) => {
        if (party === from) members[i] = to;
      });
    }
  };
}

export function removeParty(code: string): ModelRecipe {
  return (model) => {
    const parties = model.council.parties;
    if (!parties || !Object.prototype.hasOwnProperty.call(parties, code)) return;
    delete parties[code];
    markPartiesOwn(model);
    const cooperations = model.council.cooperations;
    if (!cooperations) return;
    for (const name of Object.keys(cooperations)) {
      const members = cooperations[name];
      if (members?.includes(code)) cooperations[name] = members.filter((party) => party !== code);
    }
  };
}

export function addCooperation(name: string): ModelRecipe {
  return (model) => {
    if (FORBIDDEN_KEYS.has(name)) return;
    const cooperations = model.council.cooperations ?? {};
    if (Object.prototype.hasOwnProperty.call(cooperations, name)) return;
    model.council.cooperations = { ...cooperations, [name]: [] };
  };
}

export function renameCooperation(from: string, to: string): ModelRecipe {
  return (model) => {
    const cooperations = model.council.cooperations;
    if (!cooperations || from === to || FORBIDDEN_KEYS.has(to) || Object.prototype.hasOwnProperty.call(cooperations, to)) return;
    if (!Object.prototype.hasOwnProperty.call(cooperations, from)) return;
    model.council.cooperations = renamedKey(cooperations, from, to);
  };
}

export function removeCooperation(name: string): ModelRecipe {
  return (model) => {
    const cooperations = model.council.cooperations;
    if (!cooperations) return;
    delete cooperations[name];
    if (Object.keys(cooperations).length === 0) delete model.council.cooperations;
  };
}

/** Gives the model its own arvode values (starting from the example values), or removes them. */
export function setOwnCostParameters(own: boolean): ModelRecipe {
  return (model) => {
    if (own && !model.costParameters) model.costParameters = { ...DEFAULT_COST_PARAMETERS };
    if (!own) delete model.costParameters;
  };
}

/** A new organisation with only a council (KF) and an executive board (KS), to build from. */
export function blankModel(name: Text, councilName: Text, boardName: Text): Model {
  return {
    id: uniqueId(name.sv, []),
    municipality: name.sv,
    name: { ...name },
    description: { sv: '', en: '' },
    status: 'example',
    sources: [],
    council: {},
    bodies: [
      { id: 'kf', kind: 'council', name: { ...councilName }, ...NEW_BODY.council },
      { id: 'ks', kind: 'executiveBoard', name: { ...boardName }, parent: 'kf', ...NEW_BODY.executiveBoard },
    ],
    serviceAreas: [],
    departments: [],
  };
}

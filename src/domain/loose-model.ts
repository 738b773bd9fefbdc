// A model value read leniently for the cross-reference rules: every well-formed part with its path,
// and nothing that could not be read (the schema issues already name that). Never throws.
import { BODY_KINDS, MAX_COUNT, type BodyKind } from './model-schema';
import { isPlainRecord, ownValue } from './schema-issues';
import { formatIssuePath } from './validation-issue';

export interface Reference {
  id: string;
  path: string;
}

export type ParentField = { state: 'absent' } | { state: 'invalid' } | { state: 'id'; id: string };

export interface LooseBody {
  /** Position among the readable bodies (not the file index, which `path` carries). */
  position: number;
  path: string;
  id?: string;
  kind?: BodyKind;
  nameSv?: string;
  nameEn?: string;
  parent: ParentField;
  members?: number;
  substitutes?: number;
  meetingsPerYear?: number;
  /** The delegation flags that are set to true (`matters`, `budgetDeviations`, …) and the laws of
   *  individual cases the body decides. */
  delegated: string[];
  individualCases: string[];
}

export interface LooseArea {
  path: string;
  id?: string;
  budgetHolder?: string;
  preparedBy?: string;
  department?: string;
}

export interface LooseDepartment {
  path: string;
  id?: string;
  nameSv?: string;
  nameEn?: string;
  reportsTo?: string;
  kind?: string;
  parent?: string;
}

export interface LooseIdentified {
  path: string;
  id?: string;
}

export interface LooseCooperation {
  name: string;
  path: string;
  parties: Reference[];
}

export interface LooseModel {
  bodies: LooseBody[];
  /** Every body has a readable id, so "no body has that id" is a real finding, not a follow-on. */
  bodyIdsComplete: boolean;
  bodyKindsComplete: boolean;
  bodyById: Map<string, LooseBody>;
  areas: LooseArea[];
  areasListed: boolean;
  departments: LooseDepartment[];
  departmentIdsComplete: boolean;
  departmentIds: Set<string>;
  sources: LooseIdentified[];
  sourceIdsComplete: boolean;
  sourceIds: Set<string>;
  sourceReferences: Reference[];
  /** Seats per party code; undefined when `council.parties` is absent, or a count is unreadable. */
  parties?: Map<string, number | undefined>;
  partiesMalformed: boolean;
  cooperations: LooseCooperation[];
}

function readDelegation(value: unknown): { delegated: string[]; individualCases: string[] } {
  if (!isPlainRecord(value)) return { delegated: [], individualCases: [] };
  const delegated = ['matters', 'budgetDeviations', 'urgentByChair', 'toOfficials'].filter((flag) => ownValue(value, flag) === true);
  const laws = ownValue(value, 'individualCases');
  const individualCases = Array.isArray(laws) ? laws.filter((law): law is string => typeof law === 'string').slice(0, 10) : [];
  return { delegated, individualCases };
}

export const BODY_KIND_SET: ReadonlySet<string> = new Set(BODY_KINDS);

export function readLooseModel(input: Record<string, unknown>): LooseModel {
  const sourceReferences: Reference[] = [];

  const rawBodies = ownValue(input, 'bodies');
  const bodies: LooseBody[] = [];
  let bodyIdsComplete = Array.isArray(rawBodies);
  let bodyKindsComplete = Array.isArray(rawBodies);
  eachOf(rawBodies, (raw, index) => {
    const path = `bodies[${index}]`;
    if (!isPlainRecord(raw)) {
      bodyIdsComplete = false;
      bodyKindsComplete = false;
      return;
    }
    const id = readString(raw, 'id');
    const kindValue = ownValue(raw, 'kind');
    const kind = typeof kindValue === 'string' && BODY_KIND_SET.has(kindValue) ? (kindValue as BodyKind) : undefined;
    if (id === undefined) bodyIdsComplete = false;
    if (kind === undefined) bodyKindsComplete = false;
    const parentValue = ownValue(raw, 'parent');
    const parent: ParentField =
      parentValue === undefined
        ? { state: 'absent' }
        : typeof parentValue === 'string'
          ? { state: 'id', id: parentValue }
          : { state: 'invalid' };
    const name = ownValue(raw, 'name');
    bodies.push({
      position: bodies.length,
      path,
      id,
      kind,
      nameSv: isPlainRecord(name) ? readString(name, 'sv') : undefined,
      nameEn: isPlainRecord(name) ? readString(name, 'en') : undefined,
      parent,
      members: readCount(raw, 'members'),
      substitutes: readCount(raw, 'substitutes'),
      meetingsPerYear: readCount(raw, 'meetingsPerYear'),
      ...readDelegation(ownValue(raw, 'delegation')),
    });
    collectSourceReferences(raw, path, sourceReferences);
  });
  const bodyById = new Map<string, LooseBody>();
  for (const body of bodies) if (body.id !== undefined && !bodyById.has(body.id)) bodyById.set(body.id, body);

  const rawAreas = ownValue(input, 'serviceAreas');
  const areas: LooseArea[] = [];
  eachOf(rawAreas, (raw, index) => {
    const path = `serviceAreas[${index}]`;
    if (!isPlainRecord(raw)) return;
    areas.push({
      path,
      id: readString(raw, 'id'),
      budgetHolder: readString(raw, 'budgetHolder'),
      preparedBy: readString(raw, 'preparedBy'),
      department: readString(raw, 'department'),
    });
    collectSourceReferences(raw, path, sourceReferences);
  });

  const rawDepartments = ownValue(input, 'departments');
  const departments: LooseDepartment[] = [];
  let departmentIdsComplete = Array.isArray(rawDepartments);
  eachOf(rawDepartments, (raw, index) => {
    const path = `departments[${index}]`;
    const id = isPlainRecord(raw) ? readString(raw, 'id') : undefined;
    if (id === undefined) departmentIdsComplete = false;
    if (!isPlainRecord(raw)) return;
    const name = ownValue(raw, 'name');
    departments.push({
      path,
      id,
      nameSv: isPlainRecord(name) ? readString(name, 'sv') : undefined,
      nameEn: isPlainRecord(name) ? readString(name, 'en') : undefined,
      reportsTo: readString(raw, 'reportsTo'),
      kind: readString(raw, 'kind'),
      parent: readString(raw, 'parent'),
    });
    collectSourceReferences(raw, path, sourceReferences);
  });

  const rawSources = ownValue(input, 'sources');
  const sources: LooseIdentified[] = [];
  let sourceIdsComplete = Array.isArray(rawSources);
  eachOf(rawSources, (raw, index) => {
    const id = isPlainRecord(raw) ? readString(raw, 'id') : undefined;
    if (id === undefined) sourceIdsComplete = false;
    sources.push({ path: `sources[${index}]`, id });
  });

  const council = ownValue(input, 'council');
  let parties: Map<string, number | undefined> | undefined;
  let partiesMalformed = false;
  const cooperations: LooseCooperation[] = [];
  if (isPlainRecord(council)) {
    collectSourceReferences(council, 'council', sourceReferences);
    const rawParties = ownValue(council, 'parties');
    if (isPlainRecord(rawParties)) {
      parties = new Map();
      for (const code of Object.keys(rawParties)) parties.set(code, readCount(rawParties, code));
    } else {
      partiesMalformed = rawParties !== undefined;
    }
    const rawCooperations = ownValue(council, 'cooperations');
    if (isPlainRecord(rawCooperations)) {
      for (const name of Object.keys(rawCooperations)) {
        const path = formatIssuePath(['council', 'cooperations', name]);
        const members: Reference[] = [];
        eachOf(ownValue(rawCooperations, name), (party, index) => {
          if (typeof party === 'string') members.push({ id: party, path: `${path}[${index}]` });
        });
        cooperations.push({ name, path, parties: members });
      }
    }
  }

  const costParameters = ownValue(input, 'costParameters');
  if (isPlainRecord(costParameters)) collectSourceReferences(costParameters, 'costParameters', sourceReferences);

  return {
    bodies,
    bodyIdsComplete,
    bodyKindsComplete,
    bodyById,
    areas,
    areasListed: Array.isArray(rawAreas),
    departments,
    departmentIdsComplete,
    departmentIds: new Set(departments.flatMap((department) => (department.id === undefined ? [] : [department.id]))),
    sources,
    sourceIdsComplete,
    sourceIds: new Set(sources.flatMap((source) => (source.id === undefined ? [] : [source.id]))),
    sourceReferences,
    parties,
    partiesMalformed,
    cooperations,
  };
}

/** Visits every element of a list by index, holes included (forEach would skip them). */
export function eachOf(value: unknown, visit: (element: unknown, index: number) => void): void {
  if (!Array.isArray(value)) return;
  for (let index = 0; index < value.length; index++) visit(value[index], index);
}

export function readString(object: Record<string, unknown>, key: string): string | undefined {
  const value = ownValue(object, key);
  return typeof value === 'string' ? value : undefined;
}

export function readCount(object: Record<string, unknown>, key: string): number | undefined {
  const value = ownValue(object, key);
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT ? value : undefined;
}

/** The object's `sources` and those of every value in its `facts` map (model-schema.ts, header). */
export function collectSourceReferences(object: Record<string, unknown>, path: string, into: Reference[]): void {
  eachOf(ownValue(object, 'sources'), (id, index) => {
    if (typeof id === 'string') into.push({ id, path: `${path}.sources[${index}]` });
  });
  const facts = ownValue(object, 'facts');
  if (!isPlainRecord(facts)) return;
  for (const field of Object.keys(facts)) {
    const fact = ownValue(facts, field);
    if (!isPlainRecord(fact)) continue;
    eachOf(ownValue(fact, 'sources'), (id, index) => {
      if (typeof id === 'string') into.push({ id, path: `${path}.facts.${field}.sources[${index}]` });
    });
  }
}

// The rules of DESIGN §2 that relate parts of a model to each other (the shape is model-schema.ts's job).
// They read the input leniently, so they also run on a file that fails the schema: every rule checks
// the parts that are well-formed and skips what it cannot read (the schema issue already names that).
// All rules together are linear in the size of the model, since the editor runs them on every keystroke.
import { BODY_KINDS, MAX_COUNT, type BodyKind, type Text } from './model-schema';
import { isPlainRecord, ownValue } from './schema-issues';
import { errorIssue, formatIssuePath, warningIssue, type Issue } from './validation-issue';

export interface RuleFindings {
  errors: Issue[];
  warnings: Issue[];
}

/** Checks every cross-reference and organisational rule on a (possibly malformed) model value. */
export function checkModelRules(input: unknown): RuleFindings {
  const findings: RuleFindings = { errors: [], warnings: [] };
  if (!isPlainRecord(input)) return findings;
  const model = readLooseModel(input);
  checkUniqueIds(model, findings);
  checkCouncilAndBoard(model, findings);
  checkParentTree(model, findings);
  checkSeats(model, findings);
  checkServiceAreas(model, findings);
  checkDepartments(model, findings);
  checkParties(model, findings);
  checkSourceReferences(model, findings);
  return findings;
}

// ---- lenient reading -------------------------------------------------------------------------------

interface Reference {
  id: string;
  path: string;
}

type ParentField = { state: 'absent' } | { state: 'invalid' } | { state: 'id'; id: string };

interface LooseBody {
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
}

interface LooseArea {
  path: string;
  id?: string;
  budgetHolder?: string;
  preparedBy?: string;
  department?: string;
}

interface LooseDepartment {
  path: string;
  id?: string;
  reportsTo?: string;
}

interface LooseIdentified {
  path: string;
  id?: string;
}

interface LooseCooperation {
  name: string;
  path: string;
  parties: Reference[];
}

interface LooseModel {
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

const BODY_KIND_SET: ReadonlySet<string> = new Set(BODY_KINDS);

function readLooseModel(input: Record<string, unknown>): LooseModel {
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
    departments.push({ path, id, reportsTo: readString(raw, 'reportsTo') });
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
function eachOf(value: unknown, visit: (element: unknown, index: number) => void): void {
  if (!Array.isArray(value)) return;
  for (let index = 0; index < value.length; index++) visit(value[index], index);
}

function readString(object: Record<string, unknown>, key: string): string | undefined {
  const value = ownValue(object, key);
  return typeof value === 'string' ? value : undefined;
}

function readCount(object: Record<string, unknown>, key: string): number | undefined {
  const value = ownValue(object, key);
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT ? value : undefined;
}

function collectSourceReferences(object: Record<string, unknown>, path: string, into: Reference[]): void {
  eachOf(ownValue(object, 'sources'), (id, index) => {
    if (typeof id === 'string') into.push({ id, path: `${path}.sources[${index}]` });
  });
}

// ---- wording -------------------------------------------------------------------------------------------

const KIND_NAMES: Record<BodyKind, Text> = {
  council: { sv: 'kommunfullmäktige', en: 'council' },
  executiveBoard: { sv: 'kommunstyrelse', en: 'executive board' },
  committee: { sv: 'nämnd', en: 'committee' },
  subcommittee: { sv: 'utskott', en: 'subcommittee' },
  draftingCommittee: { sv: 'beredning', en: 'drafting committee' },
  electionCommittee: { sv: 'valnämnd', en: 'election committee' },
};

const NAME_PREVIEW = 60;

/** "`ks` (Kommunstyrelsen)" — the id that the file uses, with the name a reader recognises. */
function bodyLabel(body: LooseBody): Text {
  const id = `\`${body.id ?? body.path}\``;
  const sv = body.nameSv ? ` (${body.nameSv.slice(0, NAME_PREVIEW)})` : '';
  const en = body.nameEn ? ` (${body.nameEn.slice(0, NAME_PREVIEW)})` : sv;
  return { sv: `${id}${sv}`, en: `${id}${en}` };
}

function kindOf(body: LooseBody): Text {
  return body.kind ? KIND_NAMES[body.kind] : { sv: 'okänd typ', en: 'unknown kind' };
}

function quote(id: string): string {
  return `\`${id.length > NAME_PREVIEW ? `${id.slice(0, NAME_PREVIEW)}…` : id}\``;
}

const COMMITTEE_LIKE_KINDS: ReadonlySet<BodyKind> = new Set(['executiveBoard', 'committee', 'electionCommittee']);

// ---- rules -------------------------------------------------------------------------------------------------

function checkUniqueIds(model: LooseModel, findings: RuleFindings): void {
  const collections: { items: readonly { path: string; id?: string }[]; noun: Text }[] = [
    { items: model.bodies, noun: { sv: 'organ', en: 'body' } },
    { items: model.areas, noun: { sv: 'verksamhet', en: 'service area' } },
    { items: model.departments, noun: { sv: 'förvaltning', en: 'department' } },
    { items: model.sources, noun: { sv: 'källa', en: 'source' } },
  ];
  for (const { items, noun } of collections) {
    const firstPath = new Map<string, string>();
    for (const item of items) {
      if (item.id === undefined) continue;
      const earlier = firstPath.get(item.id);
      if (earlier === undefined) {
        firstPath.set(item.id, item.path);
        continue;
      }
      findings.errors.push(
        errorIssue(`${item.path}.id`, 'ids.duplicate', {
          sv: `Id ${quote(item.id)} används redan av ${earlier}; varje ${noun.sv} måste ha ett eget id.`,
          en: `Id ${quote(item.id)} is already used by ${earlier}; every ${noun.en} needs its own id.`,
        }),
      );
    }
  }
}

function checkCouncilAndBoard(model: LooseModel, findings: RuleFindings): void {
  const councils = model.bodies.filter((body) => body.kind === 'council');
  const boards = model.bodies.filter((body) => body.kind === 'executiveBoard');

  // KL 3 kap. 1 §: every municipality has one decision-making assembly, fullmäktige.
  const [council, ...extraCouncils] = councils;
  if (council === undefined && model.bodyKindsComplete) {
    findings.errors.push(
      errorIssue(
        'bodies',
        'council.missing',
        {
          sv: 'Modellen saknar kommunfullmäktige: ett organ med "kind": "council" måste finnas.',
          en: 'The model has no council: a body with "kind": "council" is required.',
        },
        'kl-3-1',
      ),
    );
  }
  for (const extra of extraCouncils) {
    findings.errors.push(
      errorIssue(
        `${extra.path}.kind`,
        'council.duplicate',
        {
          sv: `${bodyLabel(extra).sv} är ett andra kommunfullmäktige; kommunen har redan ${bodyLabel(council as LooseBody).sv}, och en kommun har ett fullmäktige.`,
          en: `${bodyLabel(extra).en} is a second council; the municipality already has ${bodyLabel(council as LooseBody).en}, and a municipality has one council.`,
        },
        'kl-3-1',
      ),
    );
  }
  for (const body of councils) {
    if (body.parent.state === 'absent') continue;
    findings.errors.push(
      errorIssue(
        `${body.path}.parent`,
        'council.has-parent',
        {
          sv: `Kommunfullmäktige ${bodyLabel(body).sv} är kommunens högsta organ och kan inte ha \`parent\`.`,
          en: `The council ${bodyLabel(body).en} is the municipality's highest body and cannot have a \`parent\`.`,
        },
        'kl-3-1',
      ),
    );
  }

  // KL 3 kap. 3 §: fullmäktige must appoint a styrelse; 6 kap. 1 §: it leads and coordinates, so only one.
  const [board, ...extraBoards] = boards;
  if (board === undefined && model.bodyKindsComplete) {
    findings.errors.push(
      errorIssue(
        'bodies',
        'executive-board.missing',
        {
          sv: 'Modellen saknar kommunstyrelse: fullmäktige ska tillsätta en styrelse, ett organ med "kind": "executiveBoard".',
          en: 'The model has no executive board: the council must appoint one, a body with "kind": "executiveBoard".',
        },
        'kl-3-3',
      ),
    );
  }
  for (const extra of extraBoards) {
    findings.errors.push(
      errorIssue(
        `${extra.path}.kind`,
        'executive-board.duplicate',
        {
          sv: `${bodyLabel(extra).sv} är en andra kommunstyrelse; kommunen har redan ${bodyLabel(board as LooseBody).sv}, och bara en styrelse kan leda och samordna kommunen.`,
          en: `${bodyLabel(extra).en} is a second executive board; the municipality already has ${bodyLabel(board as LooseBody).en}, and only one board can lead and coordinate the municipality.`,
        },
        'kl-6-1',
      ),
    );
  }
}

function checkParentTree(model: LooseModel, findings: RuleFindings): void {
  const { bodies, bodyById } = model;
  // Index of each body's parent, or -1 when it has none we can follow.
  const parentIndex = new Int32Array(bodies.length).fill(-1);

  bodies.forEach((body, position) => {
    if (body.kind === 'council') return;
    if (body.parent.state === 'absent') {
      if (body.kind === undefined) return;
      findings.errors.push(
        errorIssue(`${body.path}.parent`, 'body.parent-missing', {
          sv: `${capitalise(kindOf(body).sv)} ${bodyLabel(body).sv} saknar \`parent\`. Alla organ utom kommunfullmäktige hör till ett annat organ, så att organisationen blir ett träd under fullmäktige.`,
          en: `The ${kindOf(body).en} ${bodyLabel(body).en} has no \`parent\`. Every body except the council belongs to another body, so that the organisation is a tree under the council.`,
        }),
      );
      return;
    }
    if (body.parent.state !== 'id') return;
    const parent = bodyById.get(body.parent.id);
    if (parent === undefined) {
      if (!model.bodyIdsComplete) return;
      findings.errors.push(
        errorIssue(`${body.path}.parent`, 'body.parent-unknown', {
          sv: `\`parent\` för ${bodyLabel(body).sv} är ${quote(body.parent.id)}, men inget organ har det id:t.`,
          en: `The \`parent\` of ${bodyLabel(body).en} is ${quote(body.parent.id)}, but no body has that id.`,
        }),
      );
      return;
    }
    parentIndex[position] = parent.position;
    checkParentKind(body, parent, findings);
  });

  // The parent links form a functional graph; walk each chain once, colouring bodies, to find cycles
  // in linear time. A chain that cannot reach the council ends in a cycle or at a reported broken link.
  const NEW = 0;
  const ON_WALK = 1;
  const DONE = 2;
  const state = new Uint8Array(bodies.length);
  for (let start = 0; start < bodies.length; start++) {
    if (state[start] !== NEW) continue;
    const walk: number[] = [];
    let current = start;
    while (current !== -1 && state[current] === NEW) {
      state[current] = ON_WALK;
      walk.push(current);
      current = parentIndex[current] ?? -1;
    }
    if (current !== -1 && state[current] === ON_WALK) {
      const cycle = walk.slice(walk.indexOf(current));
      const first = bodies[Math.min(...cycle)] as LooseBody;
      const chain = [...cycle, cycle[0] as number].map((index) => quote(bodies[index]?.id ?? '?')).join(' → ');
      findings.errors.push(
        errorIssue(`${first.path}.parent`, 'body.cycle', {
          sv: `Organen bildar en cirkel via \`parent\`: ${chain}. Varje kedja av \`parent\` måste sluta i kommunfullmäktige.`,
          en: `The bodies form a cycle through \`parent\`: ${chain}. Every chain of \`parent\` links must end at the council.`,
        }),
      );
    }
    for (const index of walk) state[index] = DONE;
  }
}

function checkParentKind(body: LooseBody, parent: LooseBody, findings: RuleFindings): void {
  if (body.kind === undefined || parent.kind === undefined) return;
  const path = `${body.path}.parent`;
  const parentText: Text = {
    sv: `${bodyLabel(parent).sv}, ${kindOf(parent).sv}`,
    en: `${bodyLabel(parent).en}, ${kindOf(parent).en}`,
  };
  switch (body.kind) {
    case 'executiveBoard':
      // KL 3 kap. 3 §: the council appoints the executive board.
      if (parent.kind !== 'council') {
        findings.errors.push(
          errorIssue(
            path,
            'executive-board.parent',
            {
              sv: `Kommunstyrelsen ${bodyLabel(body).sv} tillsätts av fullmäktige och ska sitta direkt under kommunfullmäktige, inte under ${parentText.sv}.`,
              en: `The executive board ${bodyLabel(body).en} is appointed by the council and sits directly under it, not under ${parentText.en}.`,
            },
            'kl-3-3',
          ),
        );
      }
      return;
    case 'subcommittee':
      // An utskott is part of one nämnd and drawn from its members and substitutes (DESIGN §2, KL 6 kap.;
      // the exact paragraph could not be verified, so the issue carries no citation).
      if (parent.kind !== 'executiveBoard' && parent.kind !== 'committee') {
        findings.errors.push(
          errorIssue(path, 'subcommittee.parent-kind', {
            sv: `Utskottet ${bodyLabel(body).sv} sitter under ${parentText.sv}, men ett utskott hör till kommunstyrelsen eller en nämnd, vars ledamöter och ersättare det väljs bland.`,
            en: `The subcommittee ${bodyLabel(body).en} sits under ${parentText.en}, but a subcommittee belongs to the executive board or a committee, whose members and substitutes it is drawn from.`,
          }),
        );
      }
      return;
    case 'committee':
    case 'electionCommittee':
      if (parent.kind !== 'council') {
        findings.warnings.push(
          warningIssue(path, 'body.parent-kind', {
            sv: `${capitalise(kindOf(body).sv)} ${bodyLabel(body).sv} sitter under ${parentText.sv}; nämnder tillsätts normalt direkt av kommunfullmäktige.`,
            en: `The ${kindOf(body).en} ${bodyLabel(body).en} sits under ${parentText.en}; committees are normally appointed directly by the council.`,
          }),
        );
      }
      return;
    case 'draftingCommittee':
      if (parent.kind !== 'council' && parent.kind !== 'executiveBoard' && parent.kind !== 'committee') {
        findings.warnings.push(
          warningIssue(path, 'body.parent-kind', {
            sv: `Beredningen ${bodyLabel(body).sv} sitter under ${parentText.sv}; en beredning tillsätts normalt av fullmäktige, kommunstyrelsen eller en nämnd.`,
            en: `The drafting committee ${bodyLabel(body).en} sits under ${parentText.en}; drafting committees are normally set up by the council, the executive board or a committee.`,
          }),
        );
      }
      return;
    default:
      return;
  }
}

function checkSeats(model: LooseModel, findings: RuleFindings): void {
  for (const body of model.bodies) {
    const { members, substitutes } = body;
    if (body.kind === 'council' && members !== undefined && members % 2 === 0) {
      // KL 5 kap. 1 §: the number of council members is odd.
      findings.errors.push(
        errorIssue(
          `${body.path}.members`,
          'council.even-seats',
          {
            sv: `Kommunfullmäktige ${bodyLabel(body).sv} har ${members} ledamöter, men antalet ska vara udda.`,
            en: `The council ${bodyLabel(body).en} has ${members} members, but the number must be odd.`,
          },
          'kl-5-1',
        ),
      );
    }
    if (body.kind !== undefined && COMMITTEE_LIKE_KINDS.has(body.kind) && members !== undefined && members < 3) {
      // No minimum size of a nämnd was found in KL, so this is a warning, not an error.
      findings.warnings.push(
        warningIssue(`${body.path}.members`, 'body.few-members', {
          sv: `${capitalise(kindOf(body).sv)} ${bodyLabel(body).sv} har bara ${members} ledamöter. Lagen anger inget minsta antal, men färre än 3 är ovanligt och gör organet sårbart för frånvaro och jäv.`,
          en: `The ${kindOf(body).en} ${bodyLabel(body).en} has only ${members} members. The law sets no minimum, but fewer than 3 is unusual and leaves the body exposed to absence and conflicts of interest.`,
        }),
      );
    }
    if ((body.kind === 'subcommittee' || body.kind === 'draftingCommittee') && members === 0) {
      findings.warnings.push(
        warningIssue(`${body.path}.members`, 'body.no-members', {
          sv: `${capitalise(kindOf(body).sv)} ${bodyLabel(body).sv} har inga ledamöter.`,
          en: `The ${kindOf(body).en} ${bodyLabel(body).en} has no members.`,
        }),
      );
    }
    if (body.kind === 'executiveBoard' && members !== undefined && members > 0 && members % 2 === 0) {
      findings.warnings.push(
        warningIssue(`${body.path}.members`, 'executive-board.even', {
          sv: `Kommunstyrelsen ${bodyLabel(body).sv} har ett jämnt antal ledamöter (${members}). Det är tillåtet, men ett udda antal minskar risken för lika röstetal.`,
          en: `The executive board ${bodyLabel(body).en} has an even number of members (${members}). That is allowed, but an odd number makes tied votes less likely.`,
        }),
      );
    }
    if (body.kind !== 'subcommittee') continue;
    if (members !== undefined && substitutes !== undefined && substitutes > members) {
      findings.warnings.push(
        warningIssue(`${body.path}.substitutes`, 'subcommittee.more-substitutes', {
          sv: `Utskottet ${bodyLabel(body).sv} har fler ersättare (${substitutes}) än ledamöter (${members}). Lagen sätter ingen gräns, men det är ovanligt.`,
          en: `The subcommittee ${bodyLabel(body).en} has more substitutes (${substitutes}) than members (${members}). The law sets no limit, but it is unusual.`,
        }),
      );
    }
    // An utskott's members and substitutes are chosen by its nämnd among the nämnd's own members and
    // substitutes (DESIGN §2, KL 6 kap.; paragraph not verified), so it cannot have more seats than that pool.
    const parent = body.parent.state === 'id' ? model.bodyById.get(body.parent.id) : undefined;
    if (parent?.kind !== 'executiveBoard' && parent?.kind !== 'committee') continue;
    if (members === undefined || substitutes === undefined) continue;
    if (parent.members === undefined || parent.substitutes === undefined) continue;
    const seats = members + substitutes;
    const pool = parent.members + parent.substitutes;
    if (seats <= pool) continue;
    findings.errors.push(
      errorIssue(`${body.path}.members`, 'subcommittee.seats', {
        sv: `Utskottet ${bodyLabel(body).sv} har ${seats} platser (${members} ledamöter + ${substitutes} ersättare), men ${bodyLabel(parent).sv} har bara ${parent.members} ledamöter och ${parent.substitutes} ersättare att välja dem bland.`,
        en: `The subcommittee ${bodyLabel(body).en} has ${seats} seats (${members} members + ${substitutes} substitutes), but ${bodyLabel(parent).en} has only ${parent.members} members and ${parent.substitutes} substitutes to choose them from.`,
      }),
    );
  }
}

/** Kinds that can own a frame (budgetram) granted by the council. */
const FRAME_HOLDER_KINDS: ReadonlySet<BodyKind> = new Set(['executiveBoard', 'committee', 'electionCommittee']);

function checkServiceAreas(model: LooseModel, findings: RuleFindings): void {
  const { bodyById } = model;
  if (model.areasListed && model.areas.length === 0) {
    findings.warnings.push(
      warningIssue('serviceAreas', 'model.no-service-areas', {
        sv: 'Modellen har inga verksamheter; budgetåret har då inga kostnader att simulera.',
        en: 'The model has no service areas; the budget year then has no costs to simulate.',
      }),
    );
  }
  const framesHeld = new Map<LooseBody, number>();
  for (const area of model.areas) {
    const areaId = quote(area.id ?? area.path);
    const holder = area.budgetHolder === undefined ? undefined : bodyById.get(area.budgetHolder);
    if (area.budgetHolder !== undefined && holder === undefined && model.bodyIdsComplete) {
      findings.errors.push(
        errorIssue(`${area.path}.budgetHolder`, 'area.budget-holder-unknown', {
          sv: `Verksamheten ${areaId} har budgetansvarig ${quote(area.budgetHolder)}, men inget organ har det id:t.`,
          en: `Service area ${areaId} has budget holder ${quote(area.budgetHolder)}, but no body has that id.`,
        }),
      );
    }
    if (holder?.kind !== undefined && !FRAME_HOLDER_KINDS.has(holder.kind)) {
      findings.errors.push(
        errorIssue(`${area.path}.budgetHolder`, 'area.budget-holder-kind', {
          sv: `Verksamheten ${areaId} har budgetansvarig ${bodyLabel(holder).sv}, ${kindOf(holder).sv}, men bara kommunstyrelsen eller en nämnd kan få en budgetram av fullmäktige.`,
          en: `Service area ${areaId} has budget holder ${bodyLabel(holder).en}, a ${kindOf(holder).en}, but only the executive board or a committee can be granted a frame by the council.`,
        }),
      );
    }
    if (holder !== undefined) framesHeld.set(holder, (framesHeld.get(holder) ?? 0) + 1);

    const preparer = area.preparedBy === undefined ? undefined : bodyById.get(area.preparedBy);
    if (area.preparedBy !== undefined && preparer === undefined && model.bodyIdsComplete) {
      findings.errors.push(
        errorIssue(`${area.path}.preparedBy`, 'area.prepared-by-unknown', {
          sv: `Verksamheten ${areaId} bereds av ${quote(area.preparedBy)}, men inget organ har det id:t.`,
          en: `Service area ${areaId} is prepared by ${quote(area.preparedBy)}, but no body has that id.`,
        }),
      );
    }
    if (preparer !== undefined && holder !== undefined && preparesFor(preparer, holder, model) === 'no') {
      findings.warnings.push(
        warningIssue(`${area.path}.preparedBy`, 'area.prepared-by-outside', {
          sv: `Verksamheten ${areaId} bereds av ${bodyLabel(preparer).sv}, som varken är budgetansvarig ${bodyLabel(holder).sv} eller ett utskott eller en beredning under den. Då bereder ett organ ärenden som ett annat organ har budgeten för.`,
          en: `Service area ${areaId} is prepared by ${bodyLabel(preparer).en}, which is neither its budget holder ${bodyLabel(holder).en} nor a subcommittee or drafting committee under it. One body then prepares matters whose budget another body holds.`,
        }),
      );
    }

    if (area.department !== undefined && !model.departmentIds.has(area.department) && model.departmentIdsComplete) {
      findings.errors.push(
        errorIssue(`${area.path}.department`, 'area.department-unknown', {
          sv: `Verksamheten ${areaId} hör till förvaltningen ${quote(area.department)}, men ingen förvaltning har det id:t.`,
          en: `Service area ${areaId} belongs to department ${quote(area.department)}, but no department has that id.`,
        }),
      );
    }
  }
  for (const [holder, count] of framesHeld) {
    if (holder.meetingsPerYear !== 0) continue;
    findings.warnings.push(
      warningIssue(`${holder.path}.meetingsPerYear`, 'body.no-meetings-holds-frame', {
        sv: `${bodyLabel(holder).sv} har budgetansvar för ${count} ${count === 1 ? 'verksamhet' : 'verksamheter'} men inga sammanträden under året, och kan då inte besluta om avvikelser.`,
        en: `${bodyLabel(holder).en} holds the budget of ${count} service ${count === 1 ? 'area' : 'areas'} but has no meetings in the year, so it cannot decide on deviations.`,
      }),
    );
  }
}

/**
 * 'yes' for the holder itself or an utskott/beredning whose chain of parents reaches the holder;
 * 'unknown' when the chain is broken or circular (already an error, so no follow-on warning).
 */
function preparesFor(preparer: LooseBody, holder: LooseBody, model: LooseModel): 'yes' | 'no' | 'unknown' {
  if (preparer === holder) return 'yes';
  if (preparer.kind !== 'subcommittee' && preparer.kind !== 'draftingCommittee') return 'no';
  let current: LooseBody = preparer;
  // Bounded by the number of bodies so that a cycle cannot loop forever.
  for (let steps = 0; steps <= model.bodies.length; steps++) {
    if (current === holder) return 'yes';
    if (current.parent.state === 'absent') return 'no';
    const parent = current.parent.state === 'id' ? model.bodyById.get(current.parent.id) : undefined;
    if (parent === undefined) return 'unknown';
    current = parent;
  }
  return 'unknown';
}

function checkDepartments(model: LooseModel, findings: RuleFindings): void {
  for (const department of model.departments) {
    if (department.reportsTo === undefined || model.bodyById.has(department.reportsTo) || !model.bodyIdsComplete) {
      continue;
    }
    findings.errors.push(
      errorIssue(`${department.path}.reportsTo`, 'department.reports-to-unknown', {
        sv: `Förvaltningen ${quote(department.id ?? department.path)} rapporterar till ${quote(department.reportsTo)}, men inget organ har det id:t.`,
        en: `Department ${quote(department.id ?? department.path)} reports to ${quote(department.reportsTo)}, but no body has that id.`,
      }),
    );
  }
}

function checkParties(model: LooseModel, findings: RuleFindings): void {
  const { parties } = model;
  const council = model.bodies.find((body) => body.kind === 'council');
  if (parties !== undefined && council?.members !== undefined) {
    const counts = [...parties.values()];
    if (counts.every((count) => count !== undefined)) {
      const total = counts.reduce<number>((sum, count) => sum + (count ?? 0), 0);
      if (total !== council.members) {
        findings.errors.push(
          errorIssue('council.parties', 'council.parties-sum', {
            sv: `Partiernas mandat i \`council.parties\` blir sammanlagt ${total}, men kommunfullmäktige ${bodyLabel(council).sv} har ${council.members} ledamöter.`,
            en: `The party seats in \`council.parties\` add up to ${total}, but the council ${bodyLabel(council).en} has ${council.members} members.`,
          }),
        );
      }
    }
  }

  // A malformed `council.parties` is already a schema error; comparing against it would only add noise.
  if (model.partiesMalformed) return;
  const cooperationOf = new Map<string, string>();
  for (const cooperation of model.cooperations) {
    if (parties?.has(cooperation.name)) {
      findings.errors.push(
        errorIssue(cooperation.path, 'cooperation.name-is-party', {
          sv: `Samverkan ${quote(cooperation.name)} har samma namn som ett parti i \`council.parties\`; ge samverkan ett eget gruppnamn.`,
          en: `Cooperation ${quote(cooperation.name)} has the same name as a party in \`council.parties\`; give the cooperation its own group name.`,
        }),
      );
    }
    for (const party of cooperation.parties) {
      if (!parties?.has(party.id)) {
        findings.errors.push(
          errorIssue(party.path, 'cooperation.party-unknown', {
            sv: `Samverkan ${quote(cooperation.name)} omfattar partiet ${quote(party.id)}, som inte finns i \`council.parties\`.`,
            en: `Cooperation ${quote(cooperation.name)} includes party ${quote(party.id)}, which is not in \`council.parties\`.`,
          }),
        );
        continue;
      }
      const earlier = cooperationOf.get(party.id);
      if (earlier !== undefined) {
        findings.errors.push(
          errorIssue(party.path, 'cooperation.party-twice', {
            sv: `Partiet ${quote(party.id)} ingår redan i samverkan ${quote(earlier)}; ett parti kan bara finnas en gång i en samverkan.`,
            en: `Party ${quote(party.id)} is already in cooperation ${quote(earlier)}; a party can be in a cooperation only once.`,
          }),
        );
        continue;
      }
      cooperationOf.set(party.id, cooperation.name);
    }
  }
}

function checkSourceReferences(model: LooseModel, findings: RuleFindings): void {
  if (!model.sourceIdsComplete) return;
  for (const reference of model.sourceReferences) {
    if (model.sourceIds.has(reference.id)) continue;
    findings.errors.push(
      errorIssue(reference.path, 'source.unknown', {
        sv: `Källan ${quote(reference.id)} finns inte bland modellens \`sources\`.`,
        en: `Source ${quote(reference.id)} is not among the model's \`sources\`.`,
      }),
    );
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

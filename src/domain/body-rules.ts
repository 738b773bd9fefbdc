// The rules about the political bodies themselves (DESIGN §2): unique ids, one KF and one KS, every body
// in the tree under KF without cycles, the right kind of parent, and utskott seats drawn from their nämnd.
import { type LooseBody, type LooseModel } from './loose-model';
import { type Text } from './model-schema';
import { bodyLabel, kindOf, quote, COMMITTEE_LIKE_KINDS, capitalise, type RuleFindings } from './rule-wording';
import { errorIssue, warningIssue } from './validation-issue';

/**
 * An utskott with more substitutes per member than this gets a warning. The law sets no limit; real
 * organisations go to two per member (Norsjö's utskott 3 + 6, Norsjö kommun, kommunstyrelsen 7 januari
 * 2019), so only a value far outside that is flagged.
 */
export const MAX_USUAL_SUBSTITUTES_PER_MEMBER = 3;

export function checkUniqueIds(model: LooseModel, findings: RuleFindings): void {
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

export function checkCouncilAndBoard(model: LooseModel, findings: RuleFindings): void {
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

export function checkParentTree(model: LooseModel, findings: RuleFindings): void {
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
      const names = [...cycle, cycle[0] as number].map((index) => (bodies[index] ? bodyLabel(bodies[index]) : { sv: '?', en: '?' }));
      const chain = { sv: names.map((n) => n.sv).join(' → '), en: names.map((n) => n.en).join(' → ') };
      findings.errors.push(
        errorIssue(`${first.path}.parent`, 'body.cycle', {
          sv: `Organen bildar en cirkel via \`parent\`: ${chain.sv}. Varje kedja av \`parent\` måste sluta i kommunfullmäktige.`,
          en: `The bodies form a cycle through \`parent\`: ${chain.en}. Every chain of \`parent\` links must end at the council.`,
        }),
      );
    }
    for (const index of walk) state[index] = DONE;
  }
}

export function checkParentKind(body: LooseBody, parent: LooseBody, findings: RuleFindings): void {
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
      // An utskott is part of one nämnd and drawn from its members and substitutes (KL 6 kap. 42 §).
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

export function checkSeats(model: LooseModel, findings: RuleFindings): void {
  for (const body of model.bodies) {
    const { members, substitutes } = body;
    if (body.kind === 'council' && members !== undefined && members % 2 === 0) {
      // KL 5 kap. 5 §: the number of council members is odd.
      findings.errors.push(
        errorIssue(
          `${body.path}.members`,
          'council.even-seats',
          {
            sv: `Kommunfullmäktige ${bodyLabel(body).sv} har ${members} ledamöter, men antalet ska vara udda.`,
            en: `The council ${bodyLabel(body).en} has ${members} members, but the number must be odd.`,
          },
          'kl-5-5',
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
    if (members !== undefined && substitutes !== undefined && substitutes > MAX_USUAL_SUBSTITUTES_PER_MEMBER * members) {
      findings.warnings.push(
        warningIssue(`${body.path}.substitutes`, 'subcommittee.more-substitutes', {
          sv: `Utskottet ${bodyLabel(body).sv} har ${substitutes} ersättare på ${members} ledamöter, mer än ${MAX_USUAL_SUBSTITUTES_PER_MEMBER} per ledamot. Lagen sätter ingen gräns, men det är långt över vad kommuner brukar välja (Norsjö har 3 ledamöter och 6 ersättare).`,
          en: `The subcommittee ${bodyLabel(body).en} has ${substitutes} substitutes for ${members} members, more than ${MAX_USUAL_SUBSTITUTES_PER_MEMBER} per member. The law sets no limit, but it is far beyond what municipalities choose (Norsjö has 3 members and 6 substitutes).`,
        }),
      );
    }
    // An utskott's members and substitutes are chosen by its nämnd among the nämnd's own members and
    // substitutes (KL 6 kap. 42 §), so it cannot have more seats than that pool.
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
      }, 'kl-6-42'),
    );
  }
}

// Every value a shipped model or story marks documented must cite a source that gives it: a seed file or
// a public page, never the tool's own files, the project's fact list or an example note. Breaking this
// (a documented value without a source, a source such as "models/*.json") fails here.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  AREA_FACT_FIELDS,
  BODY_FACT_FIELDS,
  COST_FACT_FIELDS,
  COUNCIL_FACT_FIELDS,
  DEPARTMENT_FACT_FIELDS,
  type Model,
  type Source,
} from '@/domain/model-schema';
import { validateModel } from '@/domain/validate-model';
import { valueSources, valueStatus, type FactOwner } from '@/domain/value-status';

const MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url));
const STORIES_DIR = fileURLToPath(new URL('../../stories/', import.meta.url));

const modelFiles = readdirSync(MODELS_DIR).filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'));
const storyFiles = readdirSync(STORIES_DIR).filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'));

/** A reference that points back at this project (its files, its fact list) rather than at a public text. */
function isSelfReference(source: Pick<Source, 'reference' | 'kind'>): boolean {
  return (
    /(^|[\s(])(models|stories|src|tests)\/|\.json\b|projektets|faktaunderlag|kommunmodell|DESIGN|SEEDS\.md|verktygets/i.test(
      source.reference,
    ) && source.kind !== 'seed'
  );
}

/** Each documented value of a model as "path: problem", for every value that is not properly cited. */
function uncitedDocumentedValues(model: Model): string[] {
  const problems: string[] = [];
  const sourceById = new Map(model.sources.map((s) => [s.id, s]));
  const check = (owner: FactOwner | undefined, path: string, fields: readonly (string | undefined)[]) => {
    if (owner === undefined) return;
    for (const field of fields) {
      if (valueStatus(model, owner, field) !== 'documented') continue;
      const where = field === undefined ? path : `${path}.${field}`;
      const ids = valueSources(owner, field);
      if (ids.length === 0) problems.push(`${where}: documented without a source`);
      for (const id of ids) {
        const source = sourceById.get(id);
        if (source === undefined) problems.push(`${where}: cites unknown source ${id}`);
        else if (source.kind === 'example') problems.push(`${where}: cites the example note ${id}`);
        else if (isSelfReference(source)) problems.push(`${where}: cites the project itself (${source.reference})`);
      }
    }
  };
  model.bodies.forEach((b, i) => check(b, `bodies[${i}]`, [undefined, ...BODY_FACT_FIELDS]));
  model.serviceAreas.forEach((a, i) => check(a, `serviceAreas[${i}]`, AREA_FACT_FIELDS));
  model.departments.forEach((d, i) => check(d, `departments[${i}]`, [undefined, ...DEPARTMENT_FACT_FIELDS]));
  if (model.council.parties !== undefined) check(model.council, 'council', COUNCIL_FACT_FIELDS.filter((f) => model.council[f] !== undefined));
  check(model.costParameters, 'costParameters', COST_FACT_FIELDS);
  for (const source of model.sources) {
    if (source.kind !== 'example' && isSelfReference(source)) problems.push(`sources.${source.id}: refers to the project itself`);
  }
  return problems;
}

/** What this test reads of a story: its sources and its dated milestones. */
interface StoryFacts {
  sources: Source[];
  road?: { milestone: string; date: string; status: 'documented' | 'example'; source?: string }[];
}

function readStory(file: string): StoryFacts {
  return JSON.parse(readFileSync(`${STORIES_DIR}${file}`, 'utf8')) as StoryFacts;
}

/** Each documented value of a story (its dates that happened) not properly cited, and self-citing sources. */
function uncitedStoryValues(story: StoryFacts): string[] {
  const problems: string[] = [];
  const sourceById = new Map(story.sources.map((s) => [s.id, s]));
  (story.road ?? []).forEach((date, i) => {
    if (date.status !== 'documented') return;
    const source = date.source === undefined ? undefined : sourceById.get(date.source);
    if (date.source === undefined) problems.push(`road[${i}]: documented without a source`);
    else if (source === undefined) problems.push(`road[${i}]: cites unknown source ${date.source}`);
    else if (source.kind === 'example') problems.push(`road[${i}]: cites the example note ${source.id}`);
    else if (isSelfReference(source)) problems.push(`road[${i}]: cites the project itself (${source.reference})`);
  });
  for (const source of story.sources) {
    if (source.kind !== 'example' && isSelfReference(source)) problems.push(`sources.${source.id}: refers to the project itself`);
  }
  return problems;
}

function readModel(file: string): Model {
  const result = validateModel(JSON.parse(readFileSync(`${MODELS_DIR}${file}`, 'utf8')));
  if (!result.ok) throw new Error(`${file} is not valid`);
  return result.model;
}

describe('documented values cite a public source or a seed file', () => {
  it.each(modelFiles)('%s: every documented value is cited, and never to the project itself', (file) => {
    expect(uncitedDocumentedValues(readModel(file))).toEqual([]);
  });

  it.each(storyFiles)('%s: every documented date is cited, and no story source is the tool itself', (file) => {
    expect(uncitedStoryValues(readStory(file))).toEqual([]);
  });

  it('fails on a story date marked documented with an example source or none, and on a self-citing source', () => {
    const story = readStory('hearing.json');
    const first = story.road?.[0];
    if (first === undefined) throw new Error('hearing.json has no road dates');
    const exampleId = story.sources.find((s) => s.kind === 'example')?.id ?? 'none';
    const broken: StoryFacts = {
      sources: story.sources.map((s) => (s.id === 'seed-002' ? { ...s, kind: 'public', reference: 'models/ange-today.json' } : s)),
      road: [
        { ...first, status: 'documented', source: exampleId },
        { milestone: first.milestone, date: first.date, status: 'documented' },
        { ...first, status: 'documented', source: 'seed-002' },
      ],
    };
    expect(uncitedStoryValues(broken)).toEqual([
      `road[0]: cites the example note ${exampleId}`,
      'road[1]: documented without a source',
      'road[2]: cites the project itself (models/ange-today.json)',
      'sources.seed-002: refers to the project itself',
    ]);
  });

  it('fails on a documented value without a source, and on a source that is the project itself', () => {
    const model = readModel('ange-today.json');
    const kf = model.bodies[0];
    if (kf === undefined) throw new Error('no KF');
    const broken: Model = {
      ...model,
      bodies: [{ ...kf, sources: [] }, ...model.bodies.slice(1)],
      sources: model.sources.map((s) =>
        s.id === 'ange-kf' ? { ...s, reference: 'Ånge, uppgift i projektets faktaunderlag, 2020' } : s,
      ),
    };
    expect(uncitedDocumentedValues(broken)).toEqual([
      'bodies[0]: documented without a source',
      'bodies[0].members: documented without a source',
      'bodies[0].substitutes: documented without a source',
      'bodies[0].meetingsPerYear: documented without a source',
      'council.parties: cites the project itself (Ånge, uppgift i projektets faktaunderlag, 2020)',
      'council.electionYear: cites the project itself (Ånge, uppgift i projektets faktaunderlag, 2020)',
      'sources.ange-kf: refers to the project itself',
    ]);
    const example: Model = {
      ...model,
      serviceAreas: model.serviceAreas.map((a, i) => (i === 0 ? { ...a, facts: { netCostMsek: { status: 'documented' } } } : a)),
    };
    expect(uncitedDocumentedValues(example)).toEqual(['serviceAreas[0].netCostMsek: cites the example note exempelvarden']);
  });

  it('the validator warns about a documented value whose only source is an example note', () => {
    const raw = JSON.parse(readFileSync(`${MODELS_DIR}ange-today.json`, 'utf8')) as Model;
    const area = raw.serviceAreas[0];
    if (area === undefined) throw new Error('no area');
    area.facts = { ...area.facts, netCostMsek: { status: 'documented' } };
    const result = validateModel(raw);
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([['value.documented-without-source', 'serviceAreas[0]']]);
    expect(result.warnings[0]?.message.sv).toContain('(nettokostnad)');
  });
});

// The JSON Schema files for hand-edited model, scenario and story files, generated from the valibot
// schemas so that editors (VS Code etc.) can complete and check a file as it is typed. One source of truth:
// scripts/write-json-schema.ts writes these to models/ and stories/, and tests check the files are current.
import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import {
  BodySchema,
  CouncilSchema,
  DepartmentSchema,
  ModelSchema,
  ServiceAreaSchema,
  SourceSchema,
  TextSchema,
} from './model-schema';
import { EvaluationAreaSchema, EvaluationSchema, QuoteSchema, SubQuestionSchema } from './evaluation-schema';
import { ScenarioSchema, ShockSchema } from './scenario-schema';
import { ContestedSchema, StepStateSchema, StorySchema, StoryStepSchema } from './story-schema';

type AnySchema = v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>>;

interface SchemaFile {
  schema: AnySchema;
  definitions: Record<string, AnySchema>;
  title: string;
  description: string;
}

const FILES: Record<string, SchemaFile> = {
  'model.schema.json': {
    schema: ModelSchema,
    definitions: {
      Text: TextSchema,
      Source: SourceSchema,
      Council: CouncilSchema,
      Body: BodySchema,
      ServiceArea: ServiceAreaSchema,
      Department: DepartmentSchema,
    },
    title: 'Kommunmodell: organisationsmodell / organisation model',
    description:
      'En kommuns politiska organisation: fullmäktige, styrelse, nämnder, utskott, verksamheter och förvaltningar (DESIGN §2). ' +
      "A municipality's political organisation: council, executive board, committees, subcommittees, service areas and departments. " +
      'Generated from src/domain/model-schema.ts by `npm run schema`; do not edit by hand.',
  },
  'scenario.schema.json': {
    schema: ScenarioSchema,
    definitions: { Text: TextSchema, Shock: ShockSchema },
    title: 'Kommunmodell: scenario',
    description:
      'Antagandena som en simulering av budgetåret bygger på (DESIGN §4). ' +
      'The assumptions a simulated budget year depends on. ' +
      'Generated from src/domain/scenario-schema.ts by `npm run schema`; do not edit by hand.',
  },
};

const EVALUATION_FILES: Record<string, SchemaFile> = {
  'evaluation.schema.json': {
    schema: EvaluationSchema,
    definitions: {
      Text: TextSchema,
      Source: SourceSchema,
      Area: EvaluationAreaSchema,
      SubQuestion: SubQuestionSchema,
      Quote: QuoteSchema,
    },
    title: 'Kommunmodell: KommunKompassen-profil / KommunKompassen profile',
    description:
      'En utvärdering enligt KommunKompassen: kommun, år, utvärderare, källor och de åtta områdena med poäng och delfrågor (DESIGN §12). ' +
      'A KommunKompassen evaluation: municipality, year, evaluator, sources and the eight areas with scores and sub-questions. ' +
      'Generated from src/domain/evaluation-schema.ts by `npm run schema`; do not edit by hand.',
  },
};

const STORY_FILES: Record<string, SchemaFile> = {
  'story.schema.json': {
    schema: StorySchema,
    definitions: { Text: TextSchema, Source: SourceSchema, Step: StoryStepSchema, StepState: StepStateSchema, Contested: ContestedSchema },
    title: 'Kommunmodell: berättelse / story',
    description:
      'En presentation som data: steg som var och ett visar en vy med sitt tillstånd, berättartext och talaranteckningar (DESIGN §7). ' +
      'A presentation as data: steps that each show a view with its state, narration and presenter notes. ' +
      'Generated from src/domain/story-schema.ts by `npm run schema`; do not edit by hand.',
  },
};

/** File name in models/ → JSON Schema object. */
export function jsonSchemas(): Record<string, object> {
  return convert(FILES);
}

/** File name in models/evaluations/ → JSON Schema object. */
export function evaluationJsonSchemas(): Record<string, object> {
  return convert(EVALUATION_FILES);
}

/** File name in stories/ → JSON Schema object. */
export function storyJsonSchemas(): Record<string, object> {
  return convert(STORY_FILES);
}

function convert(files: Record<string, SchemaFile>): Record<string, object> {
  const schemas: Record<string, object> = {};
  for (const [fileName, file] of Object.entries(files)) {
    // JSON has no infinite numbers, so valibot's `finite` check has no JSON Schema counterpart to lose.
    const converted = toJsonSchema(file.schema, { ignoreActions: ['finite'], definitions: file.definitions });
    const { $schema, ...rest } = converted;
    schemas[fileName] = {
      $schema,
      // A URN, not a URL: the tool never fetches anything from another host.
      $id: `urn:kommunmodell:${fileName}`,
      title: file.title,
      description: file.description,
      ...rest,
    };
  }
  return schemas;
}

/** The exact text written to disk: two-space indentation and a trailing newline. */
export function formatJsonSchemaFile(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

// The rule that a documented value names its source (DESIGN §2: every fact cites a public source or a
// seed file; numbers from nowhere are examples). Each value's status and sources are resolved as in
// value-status.ts, on a possibly malformed model: one warning per object, naming the values that are
// marked documented but cite no source, or cite only the model's example notes (kind `example`).
import { eachOf, readString } from './loose-model';
import {
  AREA_FACT_FIELDS,
  BODY_FACT_FIELDS,
  COST_FACT_FIELDS,
  COUNCIL_FACT_FIELDS,
  DEPARTMENT_FACT_FIELDS,
  type Text,
} from './model-schema';
import { nameLabel, type RuleFindings } from './rule-wording';
import { isPlainRecord, ownValue } from './schema-issues';
import { warningIssue } from './validation-issue';

/** Field names as the messages say them. */
const FIELD_WORDS: Record<string, Text> = {
  members: { sv: 'ledamöter', en: 'members' },
  substitutes: { sv: 'ersättare', en: 'substitutes' },
  meetingsPerYear: { sv: 'sammanträden per år', en: 'meetings per year' },
  netCostMsek: { sv: 'nettokostnad', en: 'net cost' },
  budgetHolder: { sv: 'budgetansvarig', en: 'budget holder' },
  flexibility: { sv: 'flexibilitet', en: 'flexibility' },
  volatility: { sv: 'volatilitet', en: 'volatility' },
  priorityWeight: { sv: 'prioritetsvikt', en: 'priority weight' },
  reportsTo: { sv: 'rapporterar till', en: 'reports to' },
  parties: { sv: 'mandat per parti', en: 'seats per party' },
  cooperations: { sv: 'samverkan', en: 'cooperations' },
  electionYear: { sv: 'valår', en: 'election year' },
  feePerMeetingSek: { sv: 'arvode per sammanträde', en: 'fee per meeting' },
  substituteAttendance: { sv: 'andel ersättare som deltar', en: 'share of substitutes attending' },
};

export function checkValueSources(input: Record<string, unknown>, findings: RuleFindings): void {
  const modelStatus = ownValue(input, 'status');
  const sourceKinds = new Map<string, string>();
  eachOf(ownValue(input, 'sources'), (raw) => {
    if (!isPlainRecord(raw)) return;
    const id = readString(raw, 'id');
    const kind = readString(raw, 'kind');
    if (id !== undefined && kind !== undefined) sourceKinds.set(id, kind);
  });
  const check = (owner: unknown, path: string, label: Text, fields: readonly string[]) => {
    if (!isPlainRecord(owner)) return;
    const ownerStatus = ownValue(owner, 'status') ?? modelStatus;
    const ownerSources = ownValue(owner, 'sources');
    const facts = ownValue(owner, 'facts');
    const unsourced: string[] = [];
    for (const field of fields) {
      if (ownValue(owner, field) === undefined) continue;
      const fact = isPlainRecord(facts) ? ownValue(facts, field) : undefined;
      const status = (isPlainRecord(fact) ? ownValue(fact, 'status') : undefined) ?? ownerStatus;
      if (status !== 'documented') continue;
      const factSources = isPlainRecord(fact) ? ownValue(fact, 'sources') : undefined;
      const sources = factSources ?? ownerSources;
      const ids = Array.isArray(sources) ? sources.filter((id): id is string => typeof id === 'string') : [];
      // An unknown id is already an error (source.unknown), so it is not reported again here.
      if (ids.every((id) => sourceKinds.get(id) === 'example')) unsourced.push(field);
    }
    if (unsourced.length === 0) return;
    findings.warnings.push(
      warningIssue(path, 'value.documented-without-source', {
        sv: `${label.sv} har värden markerade som belagda utan en källa som ger dem (${unsourced.map((f) => FIELD_WORDS[f]?.sv ?? f).join(', ')}). Ange källan, eller markera värdena som exempel.`,
        en: `${label.en} has values marked documented without a source that gives them (${unsourced.map((f) => FIELD_WORDS[f]?.en ?? f).join(', ')}). Cite the source, or mark the values as examples.`,
      }),
    );
  };
  const each = (key: string, fields: readonly string[], label: Text) =>
    eachOf(ownValue(input, key), (owner, index) => {
      const path = `${key}[${index}]`;
      // Named as the reader knows it (its name), by its id only while it has no name.
      const name = isPlainRecord(owner) ? ownValue(owner, 'name') : undefined;
      const named = nameLabel({
        ...(isPlainRecord(owner) && readString(owner, 'id') !== undefined ? { id: readString(owner, 'id') as string } : {}),
        path,
        ...(isPlainRecord(name) && readString(name, 'sv') !== undefined ? { nameSv: readString(name, 'sv') as string } : {}),
        ...(isPlainRecord(name) && readString(name, 'en') !== undefined ? { nameEn: readString(name, 'en') as string } : {}),
      });
      check(owner, path, { sv: `${label.sv} ${named.sv}`, en: `${label.en} ${named.en}` }, fields);
    });
  each('bodies', BODY_FACT_FIELDS, { sv: 'Organet', en: 'Body' });
  each('serviceAreas', AREA_FACT_FIELDS, { sv: 'Verksamheten', en: 'Service area' });
  each('departments', DEPARTMENT_FACT_FIELDS, { sv: 'Förvaltningen', en: 'Department' });
  check(ownValue(input, 'council'), 'council', { sv: 'Fullmäktiges mandatfördelning', en: "The council's seat distribution" }, COUNCIL_FACT_FIELDS);
  check(ownValue(input, 'costParameters'), 'costParameters', { sv: 'Arvodesparametrarna', en: 'The fee parameters' }, COST_FACT_FIELDS);
}

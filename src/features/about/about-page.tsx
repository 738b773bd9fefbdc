// The About page (DESIGN §6, §9; issue 6): every assumption and formula of the simulator written out as
// the code implements it (the doc comments of src/simulation/*.ts), the full assumption ledger with the
// baseline scenario's values and the engine's fixed constants read from the code, the law paragraphs
// (verified ones from src/domain/law-citations.ts, and those the machines' comments cite, marked as not
// verified here), the seed documents, the sources the model files cite, the shipped scenarios, what the
// model leaves out, and the app version.
import type { ReactNode } from 'react';
import { LAW_CITATIONS } from '@/domain/law-citations';
import type { Model, Text } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { APP_VERSION } from '@/data/app-version';
import { FURTHER_LEDGER, ledgerKey, MODEL_LEDGER, SCENARIO_LEDGER, settingOf, type LedgerEntry, type LedgerSource, type LedgerStatus } from '@/simulation/assumption-ledger';
import { ledgerValueText } from '@/render/ledger-value';
import { DataTable } from '@/render/data-table';
import { CsvExportButton } from '@/render/export-buttons';
import type { I18n } from '@/i18n/language';
import { useI18n } from '@/i18n/language';
import type { MessageKey } from '@/i18n/catalogue';
import type { LoadedModel } from '@/data/loaded-model';
import { shippedScenarios } from '@/data/shipped-scenarios';
import { StatusBadge } from '@/render/status-badge';
import { Takeaway } from '@/render/takeaway';
import type { TableSpec } from '@/render/table-spec';
import { ForgetEverything } from '@/storage/forget-everything-button';
import './about.css';

type Formula = readonly [formula: MessageKey, says: MessageKey];

const FRAME_FORMULAS: readonly Formula[] = [
  ['about.frames.f1', 'about.frames.f1.says'],
  ['about.frames.f2', 'about.frames.f2.says'],
  ['about.frames.f3', 'about.frames.f3.says'],
  ['about.frames.f4', 'about.frames.f4.says'],
  ['about.frames.f5', 'about.frames.f5.says'],
  ['about.frames.f6', 'about.frames.f6.says'],
  ['about.frames.f7', 'about.frames.f7.says'],
  ['about.frames.f8', 'about.frames.f8.says'],
  ['about.frames.f9', 'about.frames.f9.says'],
];
const YEAR_FORMULAS: readonly Formula[] = [
  ['about.year.f1', 'about.year.f1.says'],
  ['about.year.f2', 'about.year.f2.says'],
  ['about.year.f3', 'about.year.f3.says'],
  ['about.year.f4', 'about.year.f4.says'],
  ['about.year.f5', 'about.year.f5.says'],
  ['about.year.f6', 'about.year.f6.says'],
  ['about.year.f7', 'about.year.f7.says'],
  ['about.year.f8', 'about.year.f8.says'],
  ['about.year.f9', 'about.year.f9.says'],
  ['about.year.f10', 'about.year.f10.says'],
];
const MATTER_FORMULAS: readonly Formula[] = [
  ['about.matters.f1', 'about.matters.f1.says'],
  ['about.matters.f2', 'about.matters.f2.says'],
  ['about.matters.f3', 'about.matters.f3.says'],
  ['about.matters.f4', 'about.matters.f4.says'],
];
const SIDES_FORMULAS: readonly Formula[] = [
  ['about.sides.f1', 'about.sides.f1.says'],
  ['about.sides.f2', 'about.sides.f2.says'],
  ['about.sides.f3', 'about.sides.f3.says'],
  ['about.sides.f4', 'about.sides.f4.says'],
];
const RUN_FORMULAS: readonly Formula[] = [
  ['about.runs.f1', 'about.runs.f1.says'],
  ['about.runs.f2', 'about.runs.f2.says'],
  ['about.runs.f3', 'about.runs.f3.says'],
];

/** Law the machines' comments cite as municipalities and SKR quote it, not verified against the statute. */
const CODE_CITATIONS: readonly { reference: string; says: Text; where: string }[] = [
  {
    reference: 'Kommunallag (2017:725) 11 kap.',
    says: {
      sv: 'Fullmäktige fastställer budgeten före november månads utgång (så som kommunernas budgetsidor återger det).',
      en: "The council adopts the budget before the end of November (as municipalities' budget pages quote it).",
    },
    where: 'src/machines/budget-year.ts',
  },
  {
    reference: 'Kommunallag (2017:725) 6 kap. 37 §',
    says: {
      sv: 'En nämnd får uppdra åt ett utskott att besluta på nämndens vägnar i ett visst ärende eller en grupp av ärenden (så som SKR och Ånge kommun beskriver delegationsordningar).',
      en: "A committee may let a subcommittee decide on its behalf in a given matter or group of matters (as SKR and Ånge municipality describe delegation rules).",
    },
    where: 'src/machines/organisation-roles.ts',
  },
];

const SEED_FILES = [
  ['002_297859565b2dff9a.txt', 'about.seeds.002'],
  ['000_44de579de8aeb630.txt', 'about.seeds.000'],
  ['001_70073988bf91b81a.txt', 'about.seeds.001'],
  ['003_55ad4e35ba3d1ee8.txt', 'about.seeds.003'],
  ['004_dc18b45cb12f9112.txt', 'about.seeds.004'],
] as const satisfies readonly (readonly [string, MessageKey])[];

const SECTIONS = [
  ['about-principles', 'about.principles.heading'],
  ['about-frames', 'about.frames.heading'],
  ['about-year', 'about.year.heading'],
  ['about-matters', 'about.matters.heading'],
  ['about-sides', 'about.sides.heading'],
  ['about-runs', 'about.runs.heading'],
  ['about-ledger', 'about.ledger.heading'],
  ['about-law', 'about.law.heading'],
  ['about-seeds', 'about.seeds.heading'],
  ['about-scenarios', 'about.scenarios.heading'],
  ['about-limits', 'about.limits.heading'],
] as const satisfies readonly (readonly [string, MessageKey])[];

function Section({ id, heading, children }: { id: string; heading: MessageKey; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={`${id}-heading`} className="about-section">
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {t(heading)}
      </h2>
      {children}
    </section>
  );
}

function Formulas({ items }: { items: readonly Formula[] }) {
  const { t } = useI18n();
  return (
    <dl className="formulas">
      {items.map(([formula, says]) => (
        <div key={formula} className="formula-entry">
          <dt className="formula">{t(formula)}</dt>
          <dd>{t(says)}</dd>
        </div>
      ))}
    </dl>
  );
}

function ledgerWords(i18n: I18n, source: LedgerSource, status: LedgerStatus): [string, string] {
  return [i18n.t(`ledger.source.${source}`), i18n.t(`ledger.status.${status}`)];
}

function baselineValue(i18n: I18n, id: string, scenario: Scenario | undefined): string {
  const { t, number } = i18n;
  if (scenario === undefined) return '–';
  switch (id) {
    case 'kappa':
      return number(scenario.kappa, 2);
    case 'omega':
      return number(scenario.omega, 2);
    case 'shocks':
      return t('about.ledger.shocksValue', { count: scenario.shocks.length });
    case 'volatilityScale':
      return `× ${number(scenario.volatilityScale, 1)}`;
    case 'trend':
      return `${number(scenario.trend * 100, 1)} %`;
    case 'surplusSpendShare':
      return `${number(scenario.surplusSpendShare * 100, 0)} %`;
    case 'matterRates':
      return `${scenario.matterRates.singleArea} / ${scenario.matterRates.crossArea} / ${scenario.matterRates.council}`;
    case 'referBackProbability':
      return `${number(scenario.referBackProbability * 100, 0)} %`;
    case 'agendaCapacity':
      return number(scenario.agendaCapacity);
    case 'budgetProcess':
      return t(`simulate.process.${scenario.budgetProcess ?? 'bottomUp'}`);
    case 'lambda':
      return number(scenario.lambda, 2);
    case 'seed':
      return String(scenario.seed);
    case 'runs':
      return '1';
    default:
      return '–';
  }
}

function ledgerTables(i18n: I18n, baseline: Scenario | undefined): TableSpec[] {
  const { t } = i18n;
  const columns = [
    { header: t('about.ledger.value') },
    { header: t('about.ledger.unit') },
    { header: t('about.ledger.source') },
    { header: t('about.ledger.status') },
    { header: t('about.ledger.explanation') },
  ];
  const row = (id: string, value: string, source: LedgerSource, status: LedgerStatus) => {
    const [sourceText, statusText] = ledgerWords(i18n, source, status);
    return {
      key: id,
      header: t(ledgerKey(id, 'label') as MessageKey),
      cells: [value, t(ledgerKey(id, 'unit') as MessageKey), sourceText, statusText, t(ledgerKey(id, 'help') as MessageKey)],
    };
  };
  return [
    {
      caption: t('about.ledger.caption'),
      rowHeader: t('about.ledger.parameter'),
      columns,
      rows: SCENARIO_LEDGER.map((e) => row(e.id, baselineValue(i18n, e.id, baseline), e.source, e.status)),
    },
    {
      caption: t('about.ledger.engineCaption'),
      rowHeader: t('about.ledger.parameter'),
      columns,
      rows: FURTHER_LEDGER.map((e) =>
        row(e.id, ledgerValueText(i18n, e, baseline === undefined ? e.default : settingOf(baseline, e.id)), e.source, e.status),
      ),
    },
    {
      caption: t('about.ledger.modelCaption'),
      rowHeader: t('about.ledger.parameter'),
      columns,
      rows: MODEL_LEDGER.map((e) => row(e.id, t('about.ledger.perModel'), e.source, e.status)),
    },
  ];
}

function sourcesTable(models: readonly Model[], i18n: I18n): TableSpec {
  const { t, pick } = i18n;
  const byReference = new Map<string, { kind: string; models: string[] }>();
  for (const model of models) {
    for (const source of model.sources) {
      const entry = byReference.get(source.reference) ?? { kind: source.kind, models: [] };
      const name = pick(model.name);
      if (!entry.models.includes(name)) entry.models.push(name);
      byReference.set(source.reference, entry);
    }
  }
  const order = ['seed', 'public', 'law', 'example'];
  const rows = [...byReference.entries()].sort(
    ([a, x], [b, y]) => order.indexOf(x.kind) - order.indexOf(y.kind) || a.localeCompare(b, 'sv'),
  );
  return {
    caption: t('about.sources.caption'),
    rowHeader: t('about.sources.reference'),
    columns: [{ header: t('about.sources.kind') }, { header: t('about.sources.models') }],
    rows: rows.map(([reference, entry]) => ({
      key: reference,
      header: reference,
      cells: [t(`about.sources.kind.${entry.kind as 'seed'}`), entry.models.join(', ')],
    })),
  };
}

/** The page's answer: how many assumptions every simulated figure rests on, how many are contested or examples. */
function aboutTakeaway(i18n: I18n): string {
  const entries: readonly LedgerEntry[] = [...SCENARIO_LEDGER, ...FURTHER_LEDGER, ...MODEL_LEDGER];
  return i18n.t('about.takeaway', {
    total: entries.length,
    contested: entries.filter((e) => e.status === 'contested').length,
    example: entries.filter((e) => e.source === 'example').length,
    law: LAW_CITATIONS.length,
  });
}

export function AboutPage({ models }: { models: readonly LoadedModel[] }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const valid = models.flatMap((m) => (m.result.ok ? [m.result.model] : []));
  const tables = ledgerTables(i18n, shippedScenarios.get('baseline'));
  const sources = sourcesTable(valid, i18n);
  const lawTable: TableSpec = {
    caption: t('about.law.caption'),
    rowHeader: t('about.law.reference'),
    columns: [{ header: t('about.law.says') }, { header: t('about.law.verified') }],
    rows: LAW_CITATIONS.map((c) => ({ key: c.id, header: c.reference, cells: [pick(c.says), c.verifiedFrom] })),
  };
  const codeLawTable: TableSpec = {
    caption: t('about.law.codeCaption'),
    rowHeader: t('about.law.reference'),
    columns: [{ header: t('about.law.says') }, { header: t('about.law.where') }],
    rows: CODE_CITATIONS.map((c) => ({ key: c.reference, header: c.reference, cells: [pick(c.says), c.where] })),
  };
  const jump = (id: string) => {
    const heading = document.getElementById(`${id}-heading`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <div className="about">
      <h1>{t('about.heading')}</h1>
      <Takeaway>{aboutTakeaway(i18n)}</Takeaway>
      <p className="lead">{t('about.intro')}</p>
      <p>
        <strong>{t('about.version', { version: APP_VERSION })}</strong>
      </p>
      <nav aria-labelledby="about-toc-heading" className="about-toc">
        <h2 id="about-toc-heading">{t('about.toc')}</h2>
        <ol>
          {SECTIONS.map(([id, heading]) => (
            <li key={id}>
              <a
                href="#/about"
                onClick={(event) => {
                  event.preventDefault();
                  jump(id);
                }}
              >
                {t(heading)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <Section id="about-principles" heading="about.principles.heading">
        <p>{t('about.principles.p1')}</p>
        <p>{t('about.principles.p2')}</p>
        <p>{t('about.principles.p3')}</p>
      </Section>
      <Section id="about-frames" heading="about.frames.heading">
        <p>{t('about.frames.p1')}</p>
        <Formulas items={FRAME_FORMULAS} />
      </Section>
      <Section id="about-year" heading="about.year.heading">
        <Formulas items={YEAR_FORMULAS} />
      </Section>
      <Section id="about-matters" heading="about.matters.heading">
        <Formulas items={MATTER_FORMULAS} />
      </Section>
      <Section id="about-sides" heading="about.sides.heading">
        <Formulas items={SIDES_FORMULAS} />
      </Section>
      <Section id="about-runs" heading="about.runs.heading">
        <Formulas items={RUN_FORMULAS} />
      </Section>
      <Section id="about-ledger" heading="about.ledger.heading">
        <p>{t('about.ledger.intro')}</p>
        {tables.map((table, i) => (
          <div key={table.caption}>
            <div className="section-heading">
              <h3>{table.caption}</h3>
              <CsvExportButton table={table} name={table.caption} fileParts={['kommunmodell', 'antaganden', String(i + 1)]} />
            </div>
            <DataTable table={table} className="about-table" />
          </div>
        ))}
      </Section>
      <Section id="about-law" heading="about.law.heading">
        <p>{t('about.law.intro')}</p>
        <DataTable table={lawTable} className="about-table" />
        <p>{t('about.law.codeIntro')}</p>
        <DataTable table={codeLawTable} className="about-table" />
      </Section>
      <Section id="about-seeds" heading="about.seeds.heading">
        <p>{t('about.seeds.intro')}</p>
        <ul className="about-list">
          {SEED_FILES.map(([file, key]) => (
            <li key={file}>
              <code>{file}</code>: {t(key)}
            </li>
          ))}
        </ul>
        <h3>{t('about.sources.heading')}</h3>
        <DataTable table={sources} className="about-table" />
      </Section>
      <Section id="about-scenarios" heading="about.scenarios.heading">
        <ul className="about-list">
          {[...shippedScenarios.values()].map((scenario) => (
            <li key={scenario.id}>
              <strong>{pick(scenario.name)}</strong> {scenario.status === 'example' && <StatusBadge status="example" />}
              <br />
              {pick(scenario.description)}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="about-limits" heading="about.limits.heading">
        <p>{t('about.limits.p1')}</p>
      </Section>
      <ForgetEverything />
    </div>
  );
}

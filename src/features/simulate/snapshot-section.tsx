// Export and import of a snapshot (snapshot.ts, DESIGN §9): the file that re-opens this exact result. An
// imported file is checked before anything changes — corrupt, changed since written, from another version,
// or not reproducible here — and refused with the reason; an accepted one replaces the view's link.
import { memo, useId, useRef, useState } from 'react';
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import type { YearResult } from '@/simulation/run-year';
import { APP_VERSION } from '@/data/app-version';
import { downloadBlob, fileNameOf } from '@/render/export/download';
import { useI18n } from '@/i18n/language';
import { shippedScenarios } from '@/data/shipped-scenarios';
import { simulateQueryString, type SimulateState } from './simulate-query';
import { createSnapshot, readSnapshotFile, resultDigest, snapshotState, snapshotText, type SnapshotProblem } from './snapshot';

type Outcome = { kind: 'saved'; file: string } | { kind: 'opened'; models: string; seed: number } | { kind: 'refused'; problem: SnapshotProblem } | undefined;

function SnapshotSectionView({
  models,
  results,
  exampleSeed,
  scenario,
  state,
  available,
  navigate,
}: {
  models: readonly Model[];
  results: readonly YearResult[];
  exampleSeed: number;
  scenario: Scenario;
  state: SimulateState;
  available: readonly Model[];
  navigate: (to: string, options?: { replace?: boolean }) => void;
}) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(undefined);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const snapshot = await createSnapshot({
      appVersion: APP_VERSION,
      scenarioBase: state.scenarioId,
      models: [...models],
      scenario,
      seed: state.seed,
      exampleSeed,
      runs: state.runs,
      month: state.month,
      sweep: state.sweep,
      results: results.map(resultDigest),
    });
    const file = fileNameOf(['kommunmodell', 'simulering', ...models.map((m) => m.id), state.scenarioId, `fro-${state.seed}`], 'json');
    downloadBlob(new Blob([snapshotText(snapshot)], { type: 'application/json' }), file);
    setOutcome({ kind: 'saved', file });
  };

  const open = async (file: File) => {
    setBusy(true);
    try {
      const read = await readSnapshotFile(file, APP_VERSION);
      if (!read.ok) {
        setOutcome({ kind: 'refused', problem: read.problem });
        return;
      }
      const opened = snapshotState(read.snapshot, { models: new Map(available.map((m) => [m.id, m])), scenarios: shippedScenarios });
      if (!opened.ok) {
        setOutcome({ kind: 'refused', problem: opened.problem });
        return;
      }
      setOutcome({ kind: 'opened', models: read.snapshot.models.map((m) => pick(m.name)).join(', '), seed: read.snapshot.seed });
      navigate(`/simulate?${simulateQueryString(opened.state, shippedScenarios.get(opened.state.scenarioId))}`);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const problemText = (problem: SnapshotProblem): string => {
    switch (problem.kind) {
      case 'formatVersion':
        return t('snapshot.problem.formatVersion', { found: problem.found });
      case 'appVersion':
        return t('snapshot.problem.appVersion', { found: problem.found, current: problem.current });
      case 'invalidField':
        return t('snapshot.problem.invalidField', { field: problem.field });
      case 'invalidModel':
      case 'unknownModel':
      case 'modelDiffers':
      case 'resultsDiffer':
        return t(`snapshot.problem.${problem.kind}`, { id: problem.id });
      case 'unknownScenario':
        return t('snapshot.problem.unknownScenario', { id: problem.id });
      default:
        return t(`snapshot.problem.${problem.kind}`);
    }
  };

  return (
    <section aria-labelledby="simulate-snapshot-heading" className="simulate-section">
      <h2 id="simulate-snapshot-heading">{t('simulate.snapshot.heading')}</h2>
      <p className="section-intro">{t('simulate.snapshot.intro')}</p>
      <div className="snapshot-actions">
        <button type="button" className="primary-button" onClick={() => void save()}>
          {t('snapshot.export')}
        </button>
        <label htmlFor={inputId} className="file-label">
          {t('snapshot.import')}
        </label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void open(file);
          }}
        />
      </div>
      <div aria-live="polite">
        {outcome?.kind === 'saved' && <p role="status">{t('snapshot.saved', { file: outcome.file })}</p>}
        {outcome?.kind === 'opened' && <p role="status" className="notice">{t('snapshot.opened', { models: outcome.models, seed: outcome.seed })}</p>}
      </div>
      {outcome?.kind === 'refused' && (
        <div role="alert" className="error-panel">
          <p>
            <strong>{t('snapshot.refused')}</strong> {problemText(outcome.problem)}
          </p>
        </div>
      )}
      <p className="help">{t('snapshot.version', { version: APP_VERSION })}</p>
    </section>
  );
}

export const SnapshotSection = memo(SnapshotSectionView);

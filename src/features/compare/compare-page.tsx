// The Compare view (DESIGN §6, issue 5): two or three organisations side by side — organisation charts,
// derived facts, seats per party, representation and cost. All of its state is in the URL
// (compare-query.ts), so the view is a link; a broken link shows what was wrong and keeps what was valid.
import { useMemo } from 'react';
import type { Model } from '@/domain/model-schema';
import { useI18n } from '@/render/i18n/language';
import type { LoadedModel } from '@/render/loaded-model';
import { ChartsSection } from './charts-section';
import { modelFigures, type CompareCosts } from './compare-figures';
import { compareQueryString, parseCompareQuery, type CompareProblem, type CompareState } from './compare-query';
import { CostSection } from './cost-section';
import { FactsSection } from './facts-section';
import { GoalsSection } from './goals-section';
import { ModelPicker } from './model-picker';
import { PartySeatsSection } from './party-seats-section';

export type Navigate = (to: string, options?: { replace?: boolean }) => void;

function Problems({ problems }: { problems: readonly CompareProblem[] }) {
  const { t } = useI18n();
  const text = (problem: CompareProblem): string => {
    switch (problem.kind) {
      case 'unknownModel':
      case 'invalidModel':
      case 'duplicateModel':
        return t(`compare.problem.${problem.kind}`, { id: problem.id });
      case 'tooManyModels':
        return t('compare.problem.tooManyModels', { ids: problem.dropped.join(', ') });
      case 'tooFewModels':
        return t('compare.problem.tooFewModels', { count: problem.count });
      case 'badNumber':
        return t(`compare.problem.badNumber.${problem.parameter}`, { value: problem.value });
    }
  };
  return (
    <div role="alert" className="error-panel">
      <p>
        <strong>{t('compare.problems.heading')}</strong>
      </p>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>{text(problem)}</li>
        ))}
      </ul>
    </div>
  );
}

export function ComparePage({
  search,
  navigate,
  models,
}: {
  search: string;
  navigate: Navigate;
  models: readonly LoadedModel[];
}) {
  const { t } = useI18n();
  const available = useMemo(() => models.flatMap((m) => (m.result.ok ? [m.result.model] : [])), [models]);
  const catalogue = useMemo(
    () => ({
      valid: available.map((m) => m.id),
      invalid: models.filter((m) => !m.result.ok).map((m) => m.file.replace(/\.json$/, '')),
    }),
    [available, models],
  );
  const { state, problems } = useMemo(() => parseCompareQuery(search, catalogue), [search, catalogue]);
  const costs: CompareCosts = useMemo(
    () => ({ feePerMeetingSek: state.feePerMeetingSek, substituteAttendance: state.substituteAttendance }),
    [state.feePerMeetingSek, state.substituteAttendance],
  );
  const modelKey = state.models.join(',');
  const chosen = useMemo(
    () => modelKey.split(',').flatMap((id) => available.filter((m): m is Model => m.id === id)),
    [modelKey, available],
  );
  const figures = useMemo(() => chosen.map((model) => modelFigures(model, costs)), [chosen, costs]);
  const go = (next: CompareState, replace: boolean) => navigate(`/compare?${compareQueryString(next)}`, { replace });
  return (
    <>
      <h1>{t('compare.heading')}</h1>
      <p className="lead">{t('compare.intro')}</p>
      {problems.length > 0 && <Problems problems={problems} />}
      <ModelPicker chosen={state.models} available={available} onChange={(ids) => go({ ...state, models: ids }, false)} />
      {figures.length === 0 ? (
        <p>{t('compare.none')}</p>
      ) : (
        <>
          <ChartsSection
            models={chosen}
            forceSideBySide={state.chartsSideBySide}
            onForceSideBySide={(chartsSideBySide) => go({ ...state, chartsSideBySide }, true)}
          />
          <FactsSection figures={figures} />
          <GoalsSection models={chosen} />
          <PartySeatsSection figures={figures} />
          <CostSection figures={figures} costs={costs} onCostsChange={(next) => go({ ...state, ...next }, true)} />
        </>
      )}
    </>
  );
}

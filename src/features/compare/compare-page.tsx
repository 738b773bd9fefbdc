// The Compare view (DESIGN §6) as a decision view: two to four organisations; first what differs and what
// is equal (the takeaway), then the organisations side by side as small multiples (budget holders, who
// prepares which area), then the picker, the full organisation charts, the derived facts, seats per party
// with the reasons, representation and cost. All of its state is in the URL
// (compare-query.ts), so the view is a link; a broken link shows what was wrong and keeps what was valid.
import { useMemo } from 'react';
import type { Model } from '@/domain/model-schema';
import { useI18n } from '@/i18n/language';
import { LinkProblems } from '@/render/link-problems';
import type { Navigate } from '@/url-state/url-state';
import type { LoadedModel } from '@/data/loaded-model';
import { ChartsSection } from './charts-section';
import { closestPair, compareDifferences } from './compare-differences';
import { DifferencesCard } from './differences-card';
import { StructureMultiples } from './structure-multiples';
import { modelFigures, type CompareCosts } from './compare-figures';
import { compareQueryString, parseCompareQuery, type CompareProblem, type CompareState } from './compare-query';
import { CostSection } from './cost-section';
import { FactsSection } from './facts-section';
import { GoalsSection } from './goals-section';
import { ModelPicker } from './model-picker';
import { PartySeatsSection } from './party-seats-section';

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
      case 'conflict':
        return t('compare.problem.conflict', { value: problem.value });
    }
  };
  return <LinkProblems heading={t('compare.problems.heading')} problems={problems.map(text)} />;
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
      {problems.length > 0 && <Problems problems={problems} />}
      {figures.length > 1 && (
        <DifferencesCard
          models={chosen}
          differences={compareDifferences(figures)}
          closest={figures.length > 2 ? closestPair(figures) : undefined}
        />
      )}
      <ModelPicker chosen={state.models} available={available} onChange={(ids) => go({ ...state, models: ids }, false)} />
      {figures.length === 0 ? (
        <p>{t('compare.none')}</p>
      ) : (
        <>
          <StructureMultiples models={chosen} />
          <p className="lead">{t('compare.intro')}</p>
          <details className="compare-full-charts">
            <summary>{t('compare.charts.full')}</summary>
            <ChartsSection
              models={chosen}
              forceSideBySide={state.chartsSideBySide}
              onForceSideBySide={(chartsSideBySide) => go({ ...state, chartsSideBySide }, true)}
            />
          </details>
          <FactsSection figures={figures} />
          <GoalsSection models={chosen} />
          <PartySeatsSection figures={figures} />
          <CostSection figures={figures} costs={costs} onCostsChange={(next) => go({ ...state, ...next }, true)} />
        </>
      )}
    </>
  );
}

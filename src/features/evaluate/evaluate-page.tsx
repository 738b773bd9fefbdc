// The Evaluate view (DESIGN §6, §12): KommunKompassen profiles side by side as a radar with the tables
// behind it, before and after for one municipality, the areas where the silo question shows in the
// report's own words, an editor for the municipality's own profile (kept in the browser), and the
// evaluation plan for a chosen organisation. Its state is in the URL (evaluate-query.ts).
import { useMemo } from 'react';
import type { Evaluation } from '@/domain/evaluation-schema';
import { validateEvaluation } from '@/domain/validate-evaluation';
import { useI18n } from '@/i18n/language';
import type { LoadedModel } from '@/data/loaded-model';
import { BeforeAfterSection } from './before-after-section';
import { evaluateQueryString, parseEvaluateQuery, type EvaluateState } from './evaluate-query';
import { Takeaway } from '@/render/takeaway';
import { evaluateTakeaway, type ShownProfile } from './evaluate-takeaway';
import { PlanSection } from './plan-section';
import { ProfileEditor } from './profile-editor';
import { ProfilesSection } from './profiles-section';
import { SiloSection } from './silo-section';
import { shippedEvaluations, type LoadedEvaluation } from './shipped-profiles';
import { useOwnProfiles } from './use-own-profiles';
import './evaluate.css';

export type Navigate = (to: string, options?: { replace?: boolean }) => void;

export function EvaluatePage({
  search,
  navigate,
  models,
  evaluations = shippedEvaluations,
}: {
  search: string;
  navigate: Navigate;
  models: readonly LoadedModel[];
  /** The shipped profiles; a prop so tests can give others. */
  evaluations?: readonly LoadedEvaluation[];
}) {
  const { t, pick, number } = useI18n();
  const own = useOwnProfiles();
  const state = useMemo(() => parseEvaluateQuery(search), [search]);
  const go = (next: EvaluateState, replace = false) => navigate(`/evaluate?${evaluateQueryString(next)}`, { replace });

  const shipped = useMemo(() => evaluations.flatMap((e) => (e.result.ok ? [e.result.evaluation] : [])), [evaluations]);
  const ownIds = useMemo(() => new Set(own.profiles.map((p) => p.id)), [own.profiles]);
  const labelOf = useMemo(
    () => (profile: Evaluation) =>
      `${profile.municipality || '–'} ${profile.year}${ownIds.has(profile.id) ? ` (${t('evaluate.profiles.own')})` : ''}`,
    [ownIds, t],
  );
  // Own profiles with errors are listed in the editor but not drawn: a chart only shows checked numbers.
  const ownValid = useMemo(() => own.profiles.filter((p) => validateEvaluation(p).ok), [own.profiles]);
  const all: ShownProfile[] = useMemo(
    () => [...shipped, ...ownValid].map((profile) => ({ profile, label: labelOf(profile) })),
    [shipped, ownValid, labelOf],
  );
  const shown = useMemo(
    () => state.profiles.flatMap((id) => all.filter((s) => s.profile.id === id)),
    [state.profiles, all],
  );
  const unknown = own.loaded ? state.profiles.filter((id) => !all.some((s) => s.profile.id === id) && !ownIds.has(id)) : [];
  const invalidOwn = state.profiles.filter((id) => ownIds.has(id) && !ownValid.some((p) => p.id === id));

  const signed = (value: number) => (value > 0 ? `+${number(value, Number.isInteger(value) ? 0 : 1)}` : value < 0 ? `−${number(-value, Number.isInteger(value) ? 0 : 1)}` : number(0));
  const takeaway = evaluateTakeaway(shown, signed);
  const takeawayText = t(takeaway.key, {
    ...takeaway.params,
    ...Object.fromEntries(Object.entries(takeaway.areaParams).map(([k, v]) => [k, pick(v)])),
    ...Object.fromEntries(Object.entries(takeaway.keyParams ?? {}).map(([k, v]) => [k, t(v)])),
  });

  const available = useMemo(() => models.flatMap((m) => (m.result.ok ? [m.result.model] : [])), [models]);
  const planModel = available.find((m) => m.id === state.plan) ?? available.find((m) => m.id === 'utkast') ?? available.find((m) => m.id === 'ange-a') ?? available[0];

  return (
    <>
      <h1>{t('evaluate.heading')}</h1>
      <Takeaway live>{takeawayText}</Takeaway>
      <p>{t('evaluate.intro')}</p>
      {(unknown.length > 0 || invalidOwn.length > 0 || evaluations.some((e) => !e.result.ok)) && (
        <div role="alert" className="error-panel">
          <ul>
            {unknown.map((id) => (
              <li key={id}>{t('evaluate.profiles.unknown', { id })}</li>
            ))}
            {invalidOwn.map((id) => {
              const profile = own.profiles.find((p) => p.id === id);
              return <li key={id}>{t('evaluate.profiles.ownInvalid', { name: profile ? labelOf(profile) : id })}</li>;
            })}
            {evaluations
              .filter((e) => !e.result.ok)
              .map((e) => (
                <li key={e.file}>{t('evaluate.profiles.invalid', { file: e.file, count: e.result.errors.length })}</li>
              ))}
          </ul>
        </div>
      )}
      <ProfilesSection
        choices={all.map((s) => ({ id: s.profile.id, label: s.label }))}
        chosen={state.profiles}
        shown={shown}
        onChange={(profiles) => go({ ...state, profiles }, true)}
      />
      {shown.length > 0 && (
        <p className="help">
          {shown
            .map((s) =>
              ownIds.has(s.profile.id)
                ? t('evaluate.source.ownProfile', { reference: s.profile.sources[0] ? `: ${s.profile.sources[0].reference}` : '' })
                : t('evaluate.source', { source: s.profile.sources.map((source) => (source.kind === 'seed' ? t('evaluate.seed.003') : source.reference)).join('; ') }),
            )
            .filter((text, i, list) => list.indexOf(text) === i)
            .join(' ')}
        </p>
      )}
      {shown.some((s) => s.profile.note) && (
        <details className="evaluate-notes">
          <summary>{t('evaluate.note.rounding')}</summary>
          {shown.map((s) => (
            <div key={s.profile.id}>
              {s.profile.note && (
                <p>
                  <strong>{s.label}:</strong> {pick(s.profile.note)}
                </p>
              )}
              <ul>
                {s.profile.areas
                  .filter((a) => a.note)
                  .map((a) => (
                    <li key={a.area}>
                      {a.area}. {a.note ? pick(a.note) : ''}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </details>
      )}
      <BeforeAfterSection all={all} municipality={state.municipality} onMunicipality={(municipality) => go({ ...state, municipality }, true)} />
      <SiloSection shown={shown} />
      <ProfileEditor
        own={own}
        template={shipped[0]}
        shownIds={state.profiles}
        labelOf={labelOf}
        onShow={(id) => {
          const profiles = state.profiles.includes(id) ? state.profiles : [...state.profiles, id].slice(-3);
          go({ ...state, profiles }, true);
        }}
      />
      <PlanSection
        models={available}
        model={planModel}
        start={state.start}
        badStart={state.badStart}
        midTerm={state.midTerm}
        shown={shown}
        onChange={(next) =>
          go(
            {
              ...state,
              ...(next.plan !== undefined ? { plan: next.plan } : {}),
              ...(next.start !== undefined ? { start: next.start } : {}),
              ...(next.midTerm !== undefined ? { midTerm: next.midTerm } : {}),
              badStart: undefined,
            },
            true,
          )
        }
      />
    </>
  );
}

// Profiles side by side: which profiles to show (up to three, shipped or the user's own), the radar of
// their area scores, and the tables behind it (areas, and every sub-question) with CSV export.
import { useMemo } from 'react';
import { AREA_MAX, KOMPASS_AREAS } from '@/domain/kommunkompassen';
import { layoutRadar } from '@/layout/radar-layout';
import { ChartFrame } from '@/render/chart-frame';
import { DataTable } from '@/render/data-table';
import { CsvExportButton } from '@/render/export-buttons';
import { useI18n } from '@/render/i18n/language';
import { legendHeight, RadarChart } from '@/render/radar-chart';
import type { ShownProfile } from './evaluate-takeaway';
import { MAX_PROFILES } from './evaluate-query';
import { areaTable, subQuestionTable, type TableWords } from './profile-tables';

const WIDTH = 600;
const HEIGHT = 430;
const FONT = 13;

export interface ProfileChoice {
  id: string;
  label: string;
}

export function useTableWords(caption: string): TableWords {
  const { t, pick, number } = useI18n();
  return useMemo(
    () => ({
      pick,
      number,
      signed: (value: number) => (value > 0 ? `+${number(value, Number.isInteger(value) ? 0 : 1)}` : value < 0 ? `−${number(-value, Number.isInteger(value) ? 0 : 1)}` : number(0)),
      caption,
      area: t('evaluate.table.area'),
      total: t('evaluate.table.total'),
    }),
    [caption, t, pick, number],
  );
}

export function ProfilesSection({
  choices,
  chosen,
  shown,
  onChange,
}: {
  choices: readonly ProfileChoice[];
  chosen: readonly string[];
  shown: readonly ShownProfile[];
  onChange: (ids: string[]) => void;
}) {
  const { t, pick, number } = useI18n();
  const words = useTableWords(t('evaluate.table.caption'));
  const subWords = useTableWords(t('evaluate.table.subCaption'));
  const table = useMemo(() => areaTable(shown, words), [shown, words]);
  const subTable = useMemo(
    () => subQuestionTable(shown, { ...subWords, subQuestion: t('evaluate.table.subQuestion'), max: t('evaluate.table.max') }),
    [shown, subWords, t],
  );
  const layout = useMemo(
    () =>
      layoutRadar({
        axes: KOMPASS_AREAS.map((area) => ({ key: String(area.number), label: `${area.number}. ${pick(area.name)}` })),
        max: AREA_MAX,
        rings: [25, 50, 75, 100],
        series: shown.map((s) => ({ key: s.profile.id, values: KOMPASS_AREAS.map((area) => s.profile.areas.find((a) => a.area === area.number)?.score) })),
        width: WIDTH,
        height: HEIGHT,
        fontSize: FONT,
      }),
    [shown, pick],
  );
  const description = t('evaluate.radar.description', {
    series: shown
      .map((s) =>
        t('evaluate.radar.seriesDescription', {
          name: s.label,
          scores: KOMPASS_AREAS.map((area) => `${area.number}: ${number(s.profile.areas.find((a) => a.area === area.number)?.score ?? 0)}`).join(', '),
        }),
      )
      .join(' '),
  });
  const full = chosen.length >= MAX_PROFILES;
  return (
    <section aria-labelledby="evaluate-profiles-heading">
      <h2 id="evaluate-profiles-heading">{t('evaluate.profiles.heading')}</h2>
      <fieldset className="evaluate-picker">
        <legend>{t('evaluate.profiles.pick')}</legend>
        {choices.map((choice) => {
          const checked = chosen.includes(choice.id);
          return (
            <label key={choice.id} className="evaluate-choice">
              <input
                type="checkbox"
                checked={checked}
                disabled={!checked && full}
                onChange={() => onChange(checked ? chosen.filter((id) => id !== choice.id) : [...chosen, choice.id])}
              />{' '}
              {choice.label}
            </label>
          );
        })}
        {full && choices.length > MAX_PROFILES && <p className="help">{t('evaluate.profiles.tooMany')}</p>}
      </fieldset>
      {shown.length > 0 && (
        <div className="evaluate-profiles">
          <ChartFrame
            width={WIDTH}
            height={HEIGHT + legendHeight(shown.length, FONT)}
            title={t('evaluate.radar.title')}
            description={description}
            name={t('evaluate.radar.name')}
            fileParts={['kommunkompassen', ...shown.map((s) => s.profile.id)]}
            csvTable={table}
          >
            <RadarChart layout={layout} labels={shown.map((s) => s.label)} fontSize={FONT} legendTitle={t('evaluate.radar.legend')} />
          </ChartFrame>
          <div className="evaluate-tables">
            <DataTable table={table} />
            <details className="evaluate-sub">
              <summary>{t('evaluate.table.subDetails', { count: subTable.rows.length })}</summary>
              <DataTable table={subTable} />
              <CsvExportButton table={subTable} name={subTable.caption} fileParts={['kommunkompassen-delfragor', ...shown.map((s) => s.profile.id)]} />
            </details>
          </div>
        </div>
      )}
    </section>
  );
}

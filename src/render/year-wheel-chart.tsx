// Draws the year wheel laid out by src/layout/year-wheel-layout.ts: the calendar year clockwise from the
// top, a ring of meeting ticks per body (meetings that took a budget decision drawn larger and dark), the
// budget process's phases as coloured arcs, a needle at the month shown, numbered rings with a legend.
// Phase names come from the budget-year machine's own state descriptions (src/machines/budget-year.ts).
// The table behind it lists every body's meeting dates and every phase's dates.
import { useMemo } from 'react';
import type { Text } from '@/domain/model-schema';
import { layoutYearWheel, WHEEL, type WheelLayout, type WheelRingInput } from '@/layout/year-wheel-layout';
import { budgetYearMachine } from '@/machines/budget-year';
import { ChartData } from './chart-data';
import { ChartFrame } from './chart-frame';
import { dayText, monthNames } from '@/i18n/day-text';
import { CsvExportButton } from './export-buttons';
import type { I18n } from '@/i18n/language';
import { useI18n } from '@/i18n/language';
import type { TableSpec } from './table-spec';
import { INK, INK_SOFT } from './chart-ink';

const MEETING = '#7d8893';

export const PHASE_FILL: Record<string, string> = {
  planning: '#d9d2e9',
  'frameSetting.bidding': '#f4c7a1',
  'frameSetting.negotiating': '#e0823f',
  'frameSetting.totalProposed': '#f0b27a',
  'frameSetting.councilDecision': '#9c4f12',
  detailedBudgets: '#f6dd9c',
  adoption: '#7a4b00',
  'execution.followingUp': '#b9d3ea',
  'execution.interimReport': '#1f5f9e',
  'closing.annualReport': '#a8d5a8',
  'closing.councilApproval': '#2b6b39',
};

/** The budget-year machine's description of a leaf state, e.g. "Fullmäktige beslutar om ramarna". */
export function phaseLabel(state: string): Text {
  try {
    const meta = budgetYearMachine.getStateNodeById(`budgetYear.${state}`).meta as { label?: Text } | undefined;
    return meta?.label ?? { sv: state, en: state };
  } catch {
    return { sv: state, en: state };
  }
}

export function yearWheelTable(layout: WheelLayout, modelName: string, i18n: I18n): TableSpec {
  const { t, pick } = i18n;
  return {
    caption: t('wheel.table.caption', { model: modelName }),
    rowHeader: t('wheel.table.ring'),
    columns: [{ header: t('wheel.table.items') }],
    rows: layout.rings.map((ring) => ({
      key: ring.id,
      header: `${ring.number}. ${ring.label}`,
      cells: [
        ring.kind === 'meetings'
          ? ring.arcs
              .map((arc) => `${dayText(i18n, (arc.startDay + arc.endDay) / 2)}${arc.kind === 'decision' ? ` (${t('wheel.decisionShort')})` : ''}`)
              .join(', ') || '–'
          : ring.arcs
              .map((arc) => `${pick(phaseLabel(arc.state ?? ''))}: ${dayText(i18n, arc.startDay)}–${dayText(i18n, arc.endDay - 1)}`)
              .join('; ') || '–',
      ],
    })),
  };
}

function wheelDescription(layout: WheelLayout, modelName: string, i18n: I18n): string {
  const { t } = i18n;
  const rings = layout.rings.map((ring) =>
    ring.kind === 'meetings'
      ? t('wheel.desc.meetings', {
          name: ring.label,
          count: ring.arcs.length,
          decisions: ring.arcs.filter((arc) => arc.kind === 'decision').length,
        })
      : t('wheel.desc.phases', { name: ring.label, count: ring.arcs.length }),
  );
  return `${t('wheel.desc.intro', { model: modelName })} ${rings.join(' ')}`;
}

export function YearWheelChart({
  rings,
  markerDay,
  width,
  modelName,
  modelId,
}: {
  rings: readonly WheelRingInput[];
  markerDay: number | undefined;
  width: number;
  modelName: string;
  modelId: string;
}) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const phaseLabels = useMemo(() => {
    const seen: string[] = [];
    for (const ring of rings) for (const segment of ring.segments ?? []) if (!seen.includes(segment.state)) seen.push(segment.state);
    return seen.map((state) => ({ state, label: pick(phaseLabel(state)) }));
  }, [rings, pick]);
  const monthLabels = useMemo(() => monthNames({ t }, 'short'), [t]);
  const layout = useMemo(
    () =>
      layoutYearWheel({ rings, width, monthLabels, phaseLabels, ...(markerDay !== undefined ? { markerDay } : {}) }),
    [rings, width, monthLabels, phaseLabels, markerDay],
  );
  const table = useMemo(() => yearWheelTable(layout, modelName, i18n), [layout, modelName, i18n]);
  const title = t('wheel.title', { model: modelName });
  return (
    <>
      <ChartFrame
        width={layout.width}
        height={layout.height}
        title={title}
        description={wheelDescription(layout, modelName, i18n)}
        name={title}
        fileParts={['kommunmodell', modelId, 'arshjul']}
        toolbar={<CsvExportButton table={table} name={table.caption} fileParts={['kommunmodell', modelId, 'arshjul']} />}
      >
        <g transform={`translate(${layout.cx} ${layout.cy})`}>
          {layout.rings.map((ring) => (
            <g key={ring.id}>
              <path
                d={`M0 ${-ring.outerRadius}A${ring.outerRadius} ${ring.outerRadius} 0 1 1 0 ${ring.outerRadius}A${ring.outerRadius} ${ring.outerRadius} 0 1 1 0 ${-ring.outerRadius}Z`}
                fill={ring.kind === 'meetings' ? '#f4f6f8' : '#ffffff'}
              />
              {ring.arcs.map((arc) => (
                <path
                  key={arc.key}
                  d={arc.path}
                  fill={arc.kind === 'phase' ? (PHASE_FILL[arc.state ?? ''] ?? '#cccccc') : arc.kind === 'decision' ? INK : MEETING}
                  stroke={arc.kind === 'decision' ? INK : 'none'}
                  strokeWidth={arc.kind === 'decision' ? 2 : 0}
                />
              ))}
            </g>
          ))}
        </g>
        <g stroke="#ffffff" strokeWidth={1}>
          {layout.months.map((m, i) => (
            <line key={i} x1={m.x1} y1={m.y1} x2={m.x2} y2={m.y2} stroke={INK_SOFT} strokeOpacity={0.35} />
          ))}
        </g>
        <g fontSize={WHEEL.font} fill={INK} textAnchor="middle">
          {layout.months.map((m, i) => (
            <text key={i} x={m.labelX} y={m.labelY}>
              {m.label}
            </text>
          ))}
          {layout.rings.map((ring) => (
            <text key={ring.id} x={ring.numberX} y={ring.numberY} fontWeight={700} stroke="#ffffff" strokeWidth={3} paintOrder="stroke" fontSize={WHEEL.font - 1}>
              {ring.number}
            </text>
          ))}
        </g>
        {layout.marker && (
          <line x1={layout.marker.x1} y1={layout.marker.y1} x2={layout.marker.x2} y2={layout.marker.y2} stroke="#b3261e" strokeWidth={2.5} />
        )}
        <g fontSize={WHEEL.font} fill={INK}>
          {layout.legend.map((entry) => (
            <g key={`${entry.kind}:${entry.key}`}>
              {entry.kind === 'ring' ? (
                <text x={entry.x} y={entry.baseline} fontWeight={700}>
                  {entry.number}.
                </text>
              ) : (
                <rect
                  x={entry.x}
                  y={entry.baseline - WHEEL.legendSwatch + 2}
                  width={WHEEL.legendSwatch}
                  height={WHEEL.legendSwatch}
                  fill={PHASE_FILL[entry.state ?? ''] ?? '#cccccc'}
                  stroke={INK_SOFT}
                  strokeWidth={0.5}
                />
              )}
              <text x={entry.x + WHEEL.legendSwatch + WHEEL.legendGap} y={entry.baseline}>
                {entry.lines.map((line, i) => (
                  <tspan key={i} x={entry.x + WHEEL.legendSwatch + WHEEL.legendGap} y={entry.baseline + i * WHEEL.line}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          ))}
        </g>
      </ChartFrame>
      <ChartData table={table} />
    </>
  );
}

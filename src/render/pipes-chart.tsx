// Draws the pipe chart laid out by src/layout/pipes-layout.ts: downpipes (separate budget holders) against
// communicating vessels (one holder netting several bodies' areas), with the water level at each holder's
// forecast balance, the deficit below the balance line hatched, a surplus trapped beside another holder's
// deficit labelled, and the meetings' decisions on a month strip with a numbered list. Values are written
// beside every pipe, so nothing depends on colour; the table behind the chart gives every month.
// Presentation attributes only, so an exported SVG looks the same outside the app.
import { useId, useMemo } from 'react';
import { layoutPipes, PIPES, type PipeGroup, type PipePanelInput, type PipesLayout } from '@/layout/pipes-layout';
import { ChartData } from './chart-data';
import { ChartFrame } from './chart-frame';
import { CsvExportButton } from './export-buttons';
import type { I18n } from '@/i18n/language';
import { useI18n } from '@/i18n/language';
import type { TableSpec } from './table-spec';
import { INK, INK_SOFT } from './chart-ink';

const GLASS = '#f4f7fa';
const GLASS_EDGE = '#5b6570';
const WATER = '#8bb8e0';
const SURPLUS = '#1f5f9e';
const DEFICIT = '#b3261e';
const TRAPPED = '#8a5a00';
const STRIP = '#e8edf2';

export function signed(i18n: I18n, value: number, digits = 1): string {
  const text = i18n.number(Math.abs(value), digits);
  const zero = Number(Math.abs(value).toFixed(digits)) === 0;
  return zero ? text : `${value > 0 ? '+' : '−'}${text}`;
}

/** The chart in sentences: every holder's balance, the trapped surplus, the decisions so far. */
export function pipesDescription(layout: PipesLayout, input: readonly PipePanelInput[], monthName: string, i18n: I18n): string {
  const { t, number } = i18n;
  const panels = layout.panels.map((panel, p) => {
    const source = input[p];
    const holders = panel.groups.map((group) => {
      const name = source?.holders.find((h) => h.bodyId === group.holderId)?.name ?? group.holderId;
      const joined = group.vessels.length > 1 ? t('pipes.desc.joined', { count: group.vessels.length }) : '';
      return t('pipes.desc.holder', { name, balance: signed(i18n, group.balanceMsek), joined });
    });
    const trapped = panel.trappedMsek > 0.05 ? t('pipes.trappedTotal', { amount: number(panel.trappedMsek, 1) }) : t('pipes.noneTrapped');
    const decisions = panel.entries.map((entry) => entry.lines.join(' ')).join('; ');
    return `${source?.title ?? panel.key}: ${holders.join('; ')}. ${trapped}${decisions ? ` ${t('pipes.desc.decisions', { list: decisions })}` : ''}`;
  });
  return [t('pipes.desc.intro', { month: monthName, scale: number(layout.scaleMsek, 0) }), ...panels].join(' ');
}

/** Every holder's forecast balance at every month-end, and its year-end result. */
export function pipesTable(input: readonly PipePanelInput[], monthNames: readonly string[], i18n: I18n): TableSpec {
  const { t, number } = i18n;
  return {
    caption: t('pipes.table.caption'),
    rowHeader: t('pipes.table.holder'),
    columns: monthNames.map((name) => ({ header: name, numeric: true })),
    rows: input.flatMap((panel) =>
      panel.holders.map((holder) => ({
        key: `${panel.key}:${holder.bodyId}`,
        header: `${panel.title}: ${holder.name}`,
        cells: monthNames.map((_, m) => {
          const value = holder.balanceByMonthMsek[m] ?? Number.NaN;
          return Number.isFinite(value) ? { text: number(value, 1), csv: Math.round(value * 100) / 100 } : { text: '–', csv: null };
        }),
      })),
    ),
  };
}

function Group({ group, hatch }: { group: PipeGroup; hatch: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const above = group.levelY < group.zeroY;
  return (
    <g>
      {group.channel && (
        <g>
          <rect
            x={group.channel.x}
            y={group.channel.y - 1}
            width={group.channel.width}
            height={group.channel.height}
            fill={WATER}
            stroke={GLASS_EDGE}
            strokeWidth={1.5}
          />
        </g>
      )}
      {group.vessels.map((vessel) => (
        <g key={vessel.id}>
          <rect x={vessel.x} y={group.top} width={vessel.width} height={group.bottom - group.top} fill={GLASS} />
          <rect
            className="pipes-water"
            x={vessel.x}
            y={group.levelY}
            width={vessel.width}
            height={Math.max(0, group.bottom - group.levelY)}
            fill={WATER}
          />
          {above && (
            <rect
              className="pipes-water"
              x={vessel.x}
              y={group.levelY}
              width={vessel.width}
              height={group.zeroY - group.levelY}
              fill={SURPLUS}
              fillOpacity={0.85}
            />
          )}
          {!above && group.state === 'deficit' && (
            <rect
              className="pipes-water"
              x={vessel.x}
              y={group.zeroY}
              width={vessel.width}
              height={group.levelY - group.zeroY}
              fill={`url(#${hatch})`}
              stroke={DEFICIT}
              strokeWidth={1}
            />
          )}
          <rect
            x={vessel.x}
            y={group.top}
            width={vessel.width}
            height={group.bottom - group.top + (group.channel ? 0 : 0)}
            fill="none"
            stroke={group.trapped ? TRAPPED : GLASS_EDGE}
            strokeWidth={group.trapped ? 2.5 : 1.5}
          />
          {vessel.labelText && (
          <text
            x={vessel.labelX}
            y={vessel.labelY}
            transform={`rotate(-90 ${vessel.labelX} ${vessel.labelY})`}
            fontSize={PIPES.smallFont}
            fill={INK}
            stroke="#ffffff"
            strokeWidth={3}
            paintOrder="stroke"
          >
            {vessel.labelText}
          </text>
          )}
        </g>
      ))}
      {/* A cover over the joint between the vessels and the channel, so the water reads as one body. */}
      {group.channel &&
        group.vessels.map((vessel) => (
          <rect key={`join-${vessel.id}`} x={vessel.x + 1.5} y={group.bottom - 2} width={vessel.width - 3} height={4} fill={WATER} />
        ))}
      <line x1={group.x - 3} x2={group.x + group.width + 3} y1={group.zeroY} y2={group.zeroY} stroke={INK} strokeWidth={1.5} strokeDasharray="5 3" />
      <text x={group.valueX} y={group.valueBaseline - (group.trapped ? 14 : 0)} textAnchor="middle" fontSize={PIPES.font + 1} fontWeight={700} fill={group.state === 'deficit' ? DEFICIT : INK}>
        {signed(i18n, group.balanceMsek)}
      </text>
      {group.trapped && (
        <text x={group.valueX} y={group.valueBaseline} textAnchor="middle" fontSize={PIPES.smallFont} fontWeight={700} fill={TRAPPED}>
          {t('pipes.trapped')}
        </text>
      )}
      <text x={group.nameX} y={group.nameBaseline} textAnchor="middle" fontSize={PIPES.nameFont} fill={INK}>
        {group.nameLines.map((line, i) => (
          <tspan key={i} x={group.nameX} y={group.nameBaseline + i * PIPES.line}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

export function PipesChart({
  panels,
  month,
  width,
  monthShort,
  monthLong,
}: {
  panels: readonly PipePanelInput[];
  month: number;
  width: number;
  monthShort: readonly string[];
  monthLong: readonly string[];
}) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const hatch = `deficit${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const layout = useMemo(() => layoutPipes({ panels, month, width, monthLabels: monthShort }), [panels, month, width, monthShort]);
  const table = useMemo(() => pipesTable(panels, monthLong, i18n), [panels, monthLong, i18n]);
  const monthName = monthLong[month] ?? '';
  const title = t('pipes.title', { month: monthName });
  return (
    <>
      <ChartFrame
        width={layout.width}
        height={layout.height}
        title={title}
        description={pipesDescription(layout, panels, monthName, i18n)}
        name={t('pipes.name')}
        fileParts={['kommunmodell', 'simulering', 'stupror', monthShort[month] ?? '']}
        toolbar={<CsvExportButton table={table} name={table.caption} fileParts={['kommunmodell', 'simulering', 'prognos-per-manad']} />}
      >
        <defs>
          <pattern id={hatch} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width={6} height={6} fill="#fbe9e7" />
            <line x1={0} y1={0} x2={0} y2={6} stroke={DEFICIT} strokeWidth={2} />
          </pattern>
        </defs>
        {layout.panels.map((panel) => (
          <g key={panel.key}>
            <text x={panel.x} y={panel.titleBaseline} fontSize={PIPES.titleFont} fontWeight={700} fill={INK}>
              {panel.titleLines.map((line, i) => (
                <tspan key={i} x={panel.x} y={panel.titleBaseline + i * PIPES.titleLine}>
                  {line}
                </tspan>
              ))}
            </text>
            <g fontSize={PIPES.smallFont} fill={INK_SOFT}>
              {panel.axis.ticks.map((tick) => (
                <g key={tick.valueMsek}>
                  <line x1={panel.axis.x - 4} x2={panel.axis.x} y1={tick.y} y2={tick.y} stroke={INK_SOFT} />
                  <text x={panel.axis.x - 6} y={tick.y + 4} textAnchor="end">
                    {tick.valueMsek === 0 ? '0' : signed(i18n, tick.valueMsek, 0)}
                  </text>
                </g>
              ))}
              <line x1={panel.axis.x} x2={panel.axis.x} y1={panel.axis.ticks[0]?.y ?? 0} y2={panel.axis.ticks[panel.axis.ticks.length - 1]?.y ?? 0} stroke={INK_SOFT} />
              <text x={panel.x} y={(panel.axis.ticks[0]?.y ?? 0) - 8} fontWeight={600} fill={INK}>
                {t('unit.msek')}
              </text>
            </g>
            {panel.groups.map((group) => (
              <Group key={group.holderId} group={group} hatch={hatch} />
            ))}
            <g fontSize={PIPES.smallFont}>
              <rect x={panel.strip.x0} y={panel.strip.y} width={panel.strip.x1 - panel.strip.x0} height={16} fill={STRIP} />
              <rect x={panel.strip.current.x} y={panel.strip.y} width={panel.strip.current.width} height={16} fill="#c4d7ea" />
              {panel.strip.months.map((m, i) => (
                <text key={i} x={m.x} y={panel.strip.y + 28} textAnchor="middle" fill={i === month ? INK : INK_SOFT} fontWeight={i === month ? 700 : 400}>
                  {m.label}
                </text>
              ))}
              {panel.markers.map((marker) =>
                marker.kind === 'covered' ? (
                  <g key={`m${marker.number}`}>
                    <path d={`M${marker.x} ${marker.y - 6} L${marker.x + 6} ${marker.y} L${marker.x} ${marker.y + 6} L${marker.x - 6} ${marker.y} Z`} fill={INK} />
                  </g>
                ) : (
                  <circle key={`m${marker.number}`} cx={marker.x} cy={marker.y} r={5} fill="#ffffff" stroke={DEFICIT} strokeWidth={2} />
                ),
              )}
              {panel.hiddenEntries > 0 && (
                <text x={panel.x} y={panel.entries[0] ? panel.entries[0].baseline - PIPES.line : panel.trappedBaseline} fill={INK_SOFT}>
                  {t('pipes.hidden', { count: panel.hiddenEntries })}
                </text>
              )}
              {panel.entries.map((entry) => (
                <g key={entry.number}>
                  {entry.kind === 'covered' ? (
                    <path
                      d={`M${panel.x + 6} ${entry.baseline - 10} L${panel.x + 11} ${entry.baseline - 5} L${panel.x + 6} ${entry.baseline} L${panel.x + 1} ${entry.baseline - 5} Z`}
                      fill={INK}
                    />
                  ) : (
                    <circle cx={panel.x + 6} cy={entry.baseline - 4} r={4} fill="#ffffff" stroke={DEFICIT} strokeWidth={1.5} />
                  )}
                  <text x={panel.x + 16} y={entry.baseline} fill={INK}>
                    {entry.lines.map((line, i) => (
                      <tspan key={i} x={panel.x + 16} y={entry.baseline + i * PIPES.line}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                </g>
              ))}
              <text x={panel.x} y={panel.trappedBaseline} fontSize={PIPES.font} fontWeight={700} fill={panel.trappedMsek > 0.05 ? TRAPPED : INK_SOFT}>
                {panel.trappedMsek > 0.05 ? t('pipes.trappedTotal', { amount: number(panel.trappedMsek, 1) }) : t('pipes.noneTrapped')}
              </text>
            </g>
          </g>
        ))}
      </ChartFrame>
      <ChartData table={table} />
    </>
  );
}

// Draws the paired share bars of src/layout/seat-share-bars.ts: per party, its share of the council
// (filled bar) against its share of all other positions (hatched outline bar), with the values written
// beside the bars so nothing depends on colour. Presentation attributes only, for export.
import { useId } from 'react';
import { layoutSeatShareBars, SEAT_BARS, type PartyShares } from '@/layout/seat-share-bars';
import { ChartFrame } from './chart-frame';
import { useI18n } from '@/i18n/language';
import { INK } from './chart-ink';

const COUNCIL_FILL = '#3f6fa6';
const GRID = '#c9d0d8';

export function SeatShareChart({
  parties,
  width,
  modelName,
  modelId,
}: {
  parties: readonly PartyShares[];
  width: number;
  modelName: string;
  modelId: string;
}) {
  const { t, number } = useI18n();
  const hatch = `hatch${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const layout = layoutSeatShareBars(parties, width);
  const percent = (share: number) => `${number(share * 100, 1)} %`;
  const title = t('compare.seats.chartTitle', { name: modelName });
  const description = parties
    .map((p) => t('compare.seats.chartDesc', { party: p.party, council: percent(p.councilShare), positions: percent(p.positionShare) }))
    .join(' ');
  const { margin, labelWidth, font, barHeight } = SEAT_BARS;
  const { legend } = layout;
  return (
    <ChartFrame
      width={layout.width}
      height={layout.height}
      title={title}
      description={description}
      name={title}
      fileParts={['kommunmodell', modelId, 'andelar-per-parti']}
    >
      <defs>
        <pattern id={hatch} width={5} height={5} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={5} height={5} fill="#ffffff" />
          <line x1={0} y1={0} x2={0} y2={5} stroke={INK} strokeWidth={1.6} />
        </pattern>
      </defs>
      <g fontSize={font} fill={INK}>
        <rect x={legend.x} y={legend.councilBaseline - barHeight + 1} width={14} height={barHeight} fill={COUNCIL_FILL} />
        <text x={legend.x + 20} y={legend.councilBaseline}>
          {t('compare.seats.chartCouncil')}
        </text>
        <rect
          x={legend.x}
          y={legend.positionsBaseline - barHeight + 1}
          width={14}
          height={barHeight}
          fill={`url(#${hatch})`}
          stroke={INK}
        />
        <text x={legend.x + 20} y={legend.positionsBaseline}>
          {t('compare.seats.chartPositions')}
        </text>
        {layout.ticks.map((tick) => (
          <g key={tick.share}>
            <line x1={tick.x} x2={tick.x} y1={layout.gridTop} y2={layout.gridBottom} stroke={GRID} />
            <text x={tick.x} y={layout.gridBottom + 14} textAnchor="middle" fontSize={font - 1}>
              {number(tick.share * 100, 0)} %
            </text>
          </g>
        ))}
        {layout.rows.map((row) => (
          <g key={row.party}>
            <text x={margin + labelWidth} y={row.labelBaseline} textAnchor="end" fontWeight={700}>
              {row.party}
            </text>
            <rect x={row.council.x} y={row.council.y} width={row.council.width} height={row.council.height} fill={COUNCIL_FILL} />
            <text x={row.council.labelX} y={row.council.labelBaseline} fontSize={font - 1}>
              {percent(row.council.share)}
            </text>
            <rect
              x={row.positions.x}
              y={row.positions.y}
              width={row.positions.width}
              height={row.positions.height}
              fill={`url(#${hatch})`}
              stroke={INK}
              strokeWidth={1}
            />
            <text x={row.positions.labelX} y={row.positions.labelBaseline} fontSize={font - 1}>
              {percent(row.positions.share)}
            </text>
          </g>
        ))}
      </g>
    </ChartFrame>
  );
}

// Draws an organisation chart laid out by src/layout/org-chart-layout.ts (no layout maths here), with its
// text alternative and the data table behind it. Colours are presentation attributes so an exported SVG
// looks the same outside the app; the kind of a body is told by its name and the table, never by colour only.
import type { BodyKind } from '@/domain/model-schema';
import { ORG_CHART, type ChartHanging, type OrgChartLayout } from '@/layout/org-chart-layout';
import { ChartFrame } from './chart-frame';
import { DataTable } from './data-table';
import { CsvExportButton } from './export-buttons';
import type { I18n } from '@/i18n/language';
import { useI18n } from '@/i18n/language';
import type { TableSpec } from './table-spec';
import { INK } from './chart-ink';

const INK_SOFT = '#3d4650';
const LINE = '#5b6570';
const KIND_FILL: Record<BodyKind, string> = {
  council: '#e3ecf7',
  executiveBoard: '#d4e4f5',
  committee: '#e4efd9',
  subcommittee: '#eef2f6',
  draftingCommittee: '#fbf0dc',
  electionCommittee: '#efeaf5',
};

const pathOf = (points: [number, number][]): string =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');

function percent(i18n: I18n, share: number): string {
  return `${i18n.number(share * 100, 0)} %`;
}

/** The chart told in sentences: every body with its seats, parent and frame; every hanging list. */
export function orgChartDescription(layout: OrgChartLayout, i18n: I18n): string {
  const { t, number } = i18n;
  const names = new Map(layout.bodies.map((b) => [b.id, b.name]));
  const bodies = layout.bodies.map((b) => {
    let sentence = t('orgChart.descBody', { name: b.name, members: b.members, substitutes: b.substitutes });
    const parent = b.parentId === undefined ? undefined : names.get(b.parentId);
    if (parent) sentence += t('orgChart.descUnder', { parent });
    if (b.holder) {
      sentence += t('orgChart.descHolder', { amount: number(b.holder.netCostMsek, 1), share: percent(i18n, b.holder.share) });
    }
    return sentence + '.';
  });
  const lists = layout.hangings.flatMap((h) => {
    const name = names.get(h.bodyId) ?? h.bodyId;
    const sentences: string[] = [];
    if (h.areas.length > 0) {
      const areas = h.areas.map((a) => `${a.name} (${number(a.netCostMsek ?? 0, 1)} ${t('unit.msek')})`).join(', ');
      sentences.push(t('orgChart.descAreas', { name, areas }));
    }
    if (h.departments.length > 0) {
      sentences.push(t('orgChart.descDepartments', { name, departments: h.departments.map((d) => d.name).join(', ') }));
    }
    return sentences;
  });
  return [...bodies, ...lists].join(' ');
}

/** The data behind the chart: one row per body. */
export function orgChartTable(layout: OrgChartLayout, modelName: string, i18n: I18n): TableSpec {
  const { t, number } = i18n;
  const names = new Map(layout.bodies.map((b) => [b.id, b.name]));
  const lists = new Map<string, ChartHanging>(layout.hangings.map((h) => [h.bodyId, h]));
  return {
    caption: t('orgChart.tableCaption', { name: modelName }),
    rowHeader: t('model.body.name'),
    columns: [
      { header: t('model.body.kind') },
      { header: t('model.body.parent') },
      { header: t('model.body.members'), numeric: true },
      { header: t('model.body.substitutes'), numeric: true },
      { header: t('orgChart.column.frame'), numeric: true },
      { header: t('orgChart.column.areas') },
      { header: t('orgChart.column.departments') },
    ],
    rows: layout.bodies.map((b) => {
      const list = lists.get(b.id);
      return {
        key: b.id,
        header: b.name,
        cells: [
          t(`kind.${b.kind}`),
          b.parentId === undefined ? '–' : (names.get(b.parentId) ?? b.parentId),
          b.members,
          b.substitutes,
          b.holder ? { text: number(b.holder.netCostMsek, 1), csv: b.holder.netCostMsek } : { text: '–', csv: null },
          list?.areas.map((a) => a.name).join(', ') || '–',
          list?.departments.map((d) => d.name).join(', ') || '–',
        ],
      };
    }),
  };
}

function ChartContent({ layout }: { layout: OrgChartLayout }) {
  const { t, number } = useI18n();
  const { padding, nameFont, nameLine, smallFont, smallLine, dotRadius } = ORG_CHART;
  return (
    <>
      <g fill="none" stroke={LINE} strokeWidth={1.5}>
        {layout.links.map((link) => (
          <path
            key={`${link.kind}:${link.from}:${link.to}`}
            d={pathOf(link.points)}
            strokeDasharray={link.kind === 'hanging' ? '4 3' : undefined}
          />
        ))}
      </g>
      {layout.bodies.map((b) => (
        <g key={b.id}>
          <title>{b.name}</title>
          <rect
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
            rx={4}
            fill={KIND_FILL[b.kind]}
            stroke={b.detached ? '#a4161a' : b.holder ? INK : LINE}
            strokeWidth={b.holder ? 3 : 1}
            strokeDasharray={b.detached ? '5 3' : undefined}
          />
          <text x={b.x + padding} y={b.nameBaseline} fontSize={nameFont} fontWeight={600} fill={INK}>
            {b.nameLines.map((line, i) => (
              <tspan key={i} x={b.x + padding} y={b.nameBaseline + i * nameLine}>
                {line}
              </tspan>
            ))}
          </text>
          <text x={b.x + padding} y={b.seatsBaseline} fontSize={smallFont} fill={INK_SOFT}>
            {t('orgChart.seats', { members: b.members, substitutes: b.substitutes })}
            {b.detached ? ` ${t('orgChart.detached')}` : ''}
          </text>
          {b.dots.map((dot, i) => (
            <circle
              key={i}
              cx={dot.cx}
              cy={dot.cy}
              r={dotRadius}
              fill={dot.filled ? INK : '#ffffff'}
              stroke={INK}
              strokeWidth={dot.filled ? 0 : 1.1}
            />
          ))}
          {b.holder && (
            <text x={b.x + padding} y={b.holder.baseline} fontSize={smallFont} fontWeight={700} fill={INK}>
              {t('orgChart.frame', { amount: number(b.holder.netCostMsek, 0) })}
            </text>
          )}
        </g>
      ))}
      {layout.hangings.map((h) => (
        <g key={`list:${h.bodyId}`} fontSize={smallFont} fill={INK}>
          <rect x={h.x} y={h.y} width={h.width} height={h.height} rx={3} fill="#fafbfc" stroke={LINE} strokeDasharray="3 2" />
          {h.areasHeading !== undefined && (
            <text x={h.x + padding} y={h.areasHeading} fontWeight={700}>
              {t('orgChart.framesHeading')}
            </text>
          )}
          {h.areas.map((area) => (
            <g key={area.id}>
              <title>{area.name}</title>
              <text x={h.x + padding} y={area.baseline}>
                {area.lines.map((line, i) => (
                  <tspan key={i} x={h.x + padding} y={area.baseline + i * smallLine}>
                    {line}
                  </tspan>
                ))}
              </text>
              <text x={h.x + h.width - padding} y={area.baseline} textAnchor="end" fontWeight={600}>
                {number(area.netCostMsek ?? 0, 0)}
              </text>
            </g>
          ))}
          {h.departmentsHeading !== undefined && (
            <text x={h.x + padding} y={h.departmentsHeading} fontWeight={700}>
              {t('orgChart.departmentsHeading')}
            </text>
          )}
          {h.departments.map((department) => (
            <g key={department.id}>
              <title>{department.name}</title>
              <text x={h.x + padding} y={department.baseline} fill={INK_SOFT}>
                {department.lines.map((line, i) => (
                  <tspan key={i} x={h.x + padding} y={department.baseline + i * smallLine}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          ))}
        </g>
      ))}
    </>
  );
}

/** An organisation chart in its frame (zoom, export), and the table behind it (shown on request, CSV). */
export function OrgChart({
  layout,
  modelName,
  modelId,
}: {
  layout: OrgChartLayout;
  modelName: string;
  modelId: string;
}) {
  const i18n = useI18n();
  const title = i18n.t('orgChart.title', { name: modelName });
  const table = orgChartTable(layout, modelName, i18n);
  return (
    <>
    <ChartFrame
      width={layout.width}
      height={layout.height}
      title={title}
      description={orgChartDescription(layout, i18n)}
      name={title}
      fileParts={['kommunmodell', modelId, 'organisationsschema']}
      zoomable
      toolbar={<CsvExportButton table={table} name={table.caption} fileParts={['kommunmodell', modelId, 'organ']} />}
    >
      <ChartContent layout={layout} />
    </ChartFrame>
    <details className="chart-data">
      <summary>{i18n.t('table.showData')}</summary>
      <DataTable table={table} />
    </details>
    </>
  );
}

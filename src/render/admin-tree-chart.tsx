// Draws the administrative organisation as laid out by layout/admin-tree-layout.ts: one box per unit with
// its name, level and the political body it serves, elbow lines to the unit above. The kommundirektör's
// box is filled dark, förvaltningar mid, units light, staff functions dashed — and every level is also
// written in the box, so nothing is told by colour alone. The data table is the document's units table.
import type { AdminTreeLayout } from '@/layout/admin-tree-layout';
import { ADMIN_TREE } from '@/layout/admin-tree-layout';
import { ChartFrame } from './chart-frame';
import { INK, INK_SOFT } from './chart-ink';
import { useI18n } from './i18n/language';

const FILL = { director: '#1f4e79', department: '#dbe7f3', area: '#eef4fa', unit: '#f6f9fc', staff: '#ffffff' } as const;

export function AdminTreeChart({ layout, modelName, modelId }: { layout: AdminTreeLayout; modelName: string; modelId: string }) {
  const { t } = useI18n();
  const title = t('draft.document.adminChart.title', { name: modelName });
  const { padding, fontSize, lineHeight, smallFontSize } = ADMIN_TREE;
  return (
    <ChartFrame
      width={layout.width}
      height={Math.max(layout.height, 1)}
      title={title}
      description={t('draft.document.adminChart.description', { count: layout.boxes.length })}
      name={title}
      fileParts={['kommunmodell', modelId, 'forvaltningsorganisation']}
    >
      {layout.links.map((link, i) => (
        <path key={i} d={`M${link.x1},${link.y1} V${link.y2} H${link.x2}`} fill="none" stroke={INK_SOFT} strokeWidth={1.5} />
      ))}
      {layout.boxes.map((box, i) => {
        const dark = box.kind === 'director';
        return (
          <g key={`${i}-${box.id}`}>
            <rect
              x={box.x + 0.75}
              y={box.y + 0.75}
              width={box.width - 1.5}
              height={box.height - 1.5}
              rx={4}
              fill={FILL[box.kind]}
              stroke={dark ? FILL.director : INK_SOFT}
              strokeWidth={1.5}
              strokeDasharray={box.kind === 'staff' ? '5 3' : undefined}
            />
            {box.nameLines.map((line, j) => (
              <text key={j} x={box.x + padding} y={box.y + padding + (j + 1) * lineHeight - 4} fontSize={fontSize} fontWeight={600} fill={dark ? '#ffffff' : INK}>
                {line}
              </text>
            ))}
            <text x={box.x + padding} y={box.y + padding + box.nameLines.length * lineHeight + smallFontSize} fontSize={smallFontSize} fill={dark ? '#ffffff' : INK_SOFT}>
              {t('draft.document.adminChart.box', { level: t(`draft.department.kind.${box.kind}`), body: box.serves })}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}

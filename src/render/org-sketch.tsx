// Draws the sketch of an organisation laid out by layout/org-sketch-layout.ts: boxes for bodies, budget
// holders dark, bodies that prepare an area's matters without holding its frame striped; no text, so it
// can be small. The card around it says the same in words; `description` is its text alternative.
import type { OrgSketch } from '@/layout/org-sketch-layout';
import { INK } from './chart-ink';

const LINE = '#5b6570';

export function OrgSketchPicture({ sketch, description }: { sketch: OrgSketch; description: string }) {
  return (
    <svg
      className="org-sketch"
      viewBox={`0 0 ${sketch.width} ${sketch.height}`}
      width={sketch.width}
      height={sketch.height}
      role="img"
      aria-label={description}
      style={{ maxWidth: '100%', height: 'auto' }}
    >
      <g stroke={LINE} strokeWidth={1.2} fill="none">
        {sketch.links.map(([x1, y1, x2, y2], i) => {
          const mid = (y1 + y2) / 2;
          return <path key={i} d={`M${x1} ${y1} L${x1} ${mid} L${x2} ${mid} L${x2} ${y2}`} />;
        })}
      </g>
      {sketch.boxes.map((box) => (
        <rect
          key={box.id}
          x={box.x}
          y={box.y}
          width={box.width}
          height={box.height}
          rx={3}
          fill={box.holder ? INK : box.preparer ? '#9fb6cc' : '#eef2f6'}
          stroke={box.holder ? INK : LINE}
          strokeWidth={1}
        />
      ))}
    </svg>
  );
}

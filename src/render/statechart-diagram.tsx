// Draws a statechart laid out by src/layout/statechart-layout.ts: states as boxes (compound states around
// their children), the active states lit, transitions as arrows with their event and guard in words.
// A transition that would fire now is a button on its label (Tab to reach it, Enter or Space to send its
// event); transitions that keep the state are chips inside their state's box, buttons in the same way.
// The scroll box follows the active state so it stays in view on a small screen.
import { line, curveBasis } from 'd3-shape';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type {
  LaidOutState,
  Point,
  StatechartGraph,
  StatechartLayout,
  StatechartTransition,
  TextBox,
} from '@/layout/statechart-layout';
import { STATECHART } from '@/layout/statechart-layout';
import { useI18n } from '@/i18n/language';
import { eventWords } from './process-words';

export interface StatechartDiagramProps {
  graph: StatechartGraph;
  layout: StatechartLayout;
  /** Ids of the active states (the active leaf and its ancestors). */
  active: ReadonlySet<string>;
  /** Ids of the transitions that sending their event would take now. */
  enabled: ReadonlySet<string>;
  /** Accessible name of the drawing. */
  label: string;
  onFire(transition: StatechartTransition): void;
}

const path = line<Point>()
  .x((p) => p.x)
  .y((p) => p.y)
  .curve(curveBasis);

function onActivate(handler: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      handler();
    }
  };
}

function Lines({ box, lines, font, lineHeight, className }: { box: TextBox; lines: string[]; font: number; lineHeight: number; className?: string }) {
  const S = STATECHART;
  return (
    <text className={className} fontSize={font}>
      {lines.map((text, i) => (
        <tspan key={i} x={box.x + S.labelPadding} y={box.y + S.labelPadding + (i + 0.8) * lineHeight}>
          {text}
        </tspan>
      ))}
    </text>
  );
}

function StateBox({ state, active, activeLabel }: { state: LaidOutState; active: boolean; activeLabel: string }) {
  const S = STATECHART;
  const { textBox } = state;
  const anchor = state.compound ? 'start' : 'middle';
  const x = state.compound ? textBox.x + S.padding : textBox.x + textBox.width / 2;
  const className = ['sc-state', state.compound ? 'sc-compound' : 'sc-simple', state.type === 'final' ? 'sc-final' : '', active ? 'sc-active' : '']
    .filter(Boolean)
    .join(' ');
  let y = textBox.y + S.padding;
  return (
    <g className={className} data-state-id={state.id}>
      {active && !state.compound && (
        // Not by colour alone: a dashed halo around the active box; its name is in the figure's label.
        <rect className="sc-now" x={state.x - 5} y={state.y - 5} width={state.width + 10} height={state.height + 10} rx={11}>
          <title>{activeLabel}</title>
        </rect>
      )}
      <rect x={state.x} y={state.y} width={state.width} height={state.height} rx={state.compound ? 10 : 8} />
      {state.type === 'final' && <rect className="sc-final-inner" x={state.x + 3} y={state.y + 3} width={state.width - 6} height={state.height - 6} rx={6} />}
      <text className="sc-title" textAnchor={anchor} fontSize={S.titleFont}>
        {state.titleLines.map((text, i) => (
          <tspan key={i} x={x} y={(y += S.titleLine) - 4}>
            {text}
          </tspan>
        ))}
      </text>
      {state.detailLines.length > 0 && (
        <text className="sc-detail" textAnchor={anchor} fontSize={S.detailFont}>
          {state.detailLines.map((text, i) => (
            <tspan key={i} x={x} y={(y += S.detailLine) - 4}>
              {text}
            </tspan>
          ))}
        </text>
      )}

    </g>
  );
}

export function StatechartDiagram({ graph, layout, active, enabled, label, onFire }: StatechartDiagramProps) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const byId = new Map(graph.transitions.map((transition) => [transition.id, transition]));
  const activeLeaf = layout.states.find((state) => active.has(state.id) && !state.compound);

  // Keep the active state in view inside the scroll box (not the page).
  useEffect(() => {
    const box = scroller.current;
    if (!box || !activeLeaf) return;
    const margin = 24;
    if (activeLeaf.y - margin < box.scrollTop) box.scrollTop = Math.max(0, activeLeaf.y - margin);
    else if (activeLeaf.y + activeLeaf.height + margin > box.scrollTop + box.clientHeight) {
      box.scrollTop = activeLeaf.y + activeLeaf.height + margin - box.clientHeight;
    }
    if (activeLeaf.x - margin < box.scrollLeft) box.scrollLeft = Math.max(0, activeLeaf.x - margin);
    else if (activeLeaf.x + activeLeaf.width + margin > box.scrollLeft + box.clientWidth) {
      box.scrollLeft = activeLeaf.x + activeLeaf.width + margin - box.clientWidth;
    }
  }, [activeLeaf]);

  const fireLabel = (transition: StatechartTransition): string => t('process.diagram.fire', { event: eventWords(t, transition.event) });

  return (
    // The scroll box is focusable so keyboard users can scroll it even when no transition can fire.
    <div className="sc-scroll" ref={scroller} tabIndex={0} role="region" aria-label={label}>
      <svg
        className="statechart"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={label}
      >
        <defs>
          <marker id="sc-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="sc-arrowhead" />
          </marker>
          <marker id="sc-arrow-on" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="sc-arrowhead-on" />
          </marker>
        </defs>
        {layout.states.map((state) => (
          <StateBox key={state.id} state={state} active={active.has(state.id)} activeLabel={t('process.diagram.active')} />
        ))}
        {layout.initials.map((initial) => (
          <g key={`initial:${initial.parent ?? ''}`} className="sc-initial" aria-hidden="true">
            <circle cx={initial.dot.x} cy={initial.dot.y} r={STATECHART.initialDot / 2} />
            <path d={path(initial.points) ?? ''} markerEnd="url(#sc-arrow)" />
          </g>
        ))}
        {layout.transitions.map((laid) => {
          const on = enabled.has(laid.id);
          return (
            <path
              key={`edge:${laid.id}`}
              className={`sc-edge${laid.eventless ? ' sc-eventless' : ''}${on ? ' sc-enabled' : ''}`}
              d={path(laid.points) ?? ''}
              markerEnd={on ? 'url(#sc-arrow-on)' : 'url(#sc-arrow)'}
              aria-hidden="true"
            />
          );
        })}
        {layout.transitions.map((laid) => {
          const transition = byId.get(laid.id);
          const on = enabled.has(laid.id) && transition !== undefined && transition.event !== undefined;
          const body = (
            <>
              <rect x={laid.label.x} y={laid.label.y} width={laid.label.width} height={laid.label.height} rx={4} />
              <Lines box={laid.label} lines={laid.label.lines} font={STATECHART.labelFont} lineHeight={STATECHART.labelLine} />
            </>
          );
          if (!on || transition === undefined) {
            return (
              <g key={`label:${laid.id}`} className={`sc-label${laid.eventless ? ' sc-label-auto' : ''}`}>
                {body}
              </g>
            );
          }
          return (
            <g
              key={`label:${laid.id}`}
              className="sc-label sc-label-on"
              role="button"
              tabIndex={0}
              aria-label={fireLabel(transition)}
              data-transition={laid.id}
              onClick={() => onFire(transition)}
              onKeyDown={onActivate(() => onFire(transition))}
            >
              {body}
            </g>
          );
        })}
        {layout.states.flatMap((state) =>
          state.chips.map((chip) => {
            const transition = byId.get(chip.transition);
            const on = enabled.has(chip.transition) && transition !== undefined && transition.event !== undefined;
            const box: TextBox = { ...chip, x: chip.x, y: chip.y };
            const body = (
              <>
                <rect x={chip.x} y={chip.y} width={chip.width} height={chip.height} rx={4} />
                <Lines box={box} lines={chip.lines} font={STATECHART.chipFont} lineHeight={STATECHART.chipLine} />
              </>
            );
            if (!on || transition === undefined) {
              return (
                <g key={`chip:${chip.transition}`} className="sc-chip">
                  {body}
                </g>
              );
            }
            return (
              <g
                key={`chip:${chip.transition}`}
                className="sc-chip sc-chip-on"
                role="button"
                tabIndex={0}
                aria-label={fireLabel(transition)}
                data-transition={chip.transition}
                onClick={() => onFire(transition)}
                onKeyDown={onActivate(() => onFire(transition))}
              >
                {body}
              </g>
            );
          }),
        )}
      </svg>
    </div>
  );
}

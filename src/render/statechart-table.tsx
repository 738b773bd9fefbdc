// The statechart as a table, the diagram's text alternative: every transition with its source state,
// event, condition in words and target state, in the machine's own order. The row of a transition that
// would fire now is marked in words, not by colour alone.
import type { StatechartGraph } from '@/layout/statechart-layout';
import { useI18n } from '@/i18n/language';
import { eventWords, guardWords } from './process-words';

export function StatechartTable({ graph, caption, enabled }: { graph: StatechartGraph; caption: string; enabled: ReadonlySet<string> }) {
  const { t, pick } = useI18n();
  const names = new Map(graph.states.map((state) => [state.id, state.label !== undefined ? pick(state.label) : state.key]));
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="statechart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('process.table.from')}</th>
            <th scope="col">{t('process.table.event')}</th>
            <th scope="col">{t('process.table.guard')}</th>
            <th scope="col">{t('process.table.to')}</th>
          </tr>
        </thead>
        <tbody>
          {graph.transitions.map((transition) => (
            <tr key={transition.id} className={enabled.has(transition.id) ? 'row-enabled' : undefined}>
              <th scope="row">{names.get(transition.source) ?? transition.source}</th>
              <td>
                {eventWords(t, transition.event)}
                {transition.event !== undefined && <code className="event-code"> {transition.event}</code>}
                {enabled.has(transition.id) && <strong> ({t('process.diagram.active')})</strong>}
              </td>
              <td>
                {transition.guard !== undefined
                  ? guardWords(t, transition.guard)
                  : transition.otherwise
                    ? t('process.diagram.otherwise')
                    : t('process.table.none')}
              </td>
              <td>{transition.target === undefined ? t('process.table.stays') : (names.get(transition.target) ?? transition.target)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

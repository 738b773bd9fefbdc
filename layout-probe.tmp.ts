import { describeStatechart, layoutStatechart } from '@/layout/statechart-layout';
import { matterMachine } from '@/machines/matter';
import { budgetYearMachine } from '@/machines/budget-year';
import { deviationMachine } from '@/machines/deviation';
import { reorganisationMachine } from '@/machines/reorganisation';
for (const m of [matterMachine, budgetYearMachine, deviationMachine, reorganisationMachine]) {
  const g = describeStatechart(m);
  console.log(m.id, g.states.map(s=>s.id+(s.initial?'*':'')).join(' '));
  for (const t of g.transitions) console.log('  ', t.id, '->', t.target, t.guard ?? '', t.otherwise?'else':'', t.internal?'internal':'', t.actions.join(','));
  const t0 = performance.now();
  const l = layoutStatechart(g, { title: (s) => s.label?.sv ?? s.key, detail: () => '', transition: (t) => [t.event ?? 'automatiskt', t.guard ? 'om ' + t.guard : ''] });
  console.log('  layout', l.width, l.height, (performance.now()-t0).toFixed(1)+'ms');
  for (const s of l.states) console.log('    ', s.id, s.x, s.y, s.width, s.height, s.chips.length);
}

import { readFileSync } from 'node:fs';
import { traceMatterJourney, JOURNEY_KINDS } from '@/simulation/matter-journey';
import { validateModel } from '@/domain/validate-model';
for (const id of ['ange-today','ange-a']) {
  const v = validateModel(JSON.parse(readFileSync(`models/${id}.json`,'utf8')));
  if (!v.ok) throw new Error('m');
  for (const kind of JOURNEY_KINDS) {
    const j = traceMatterJourney({ model: v.model, scenario: { referBackProbability: 0.05 }, seed: 1, kind, referBack: kind==='singleArea' ? 'atFirstDecision' : 'drawn' });
    console.log(id, kind, j.areas, 'lead', j.leadTimeDays, 'handovers', j.handovers, 'meet', j.meetings, 'stalled', j.stalled, j.deviation ?? '');
    for (const s of j.steps) console.log('   ', s.day, s.lane, s.kind, s.events.join('+'), '->', s.state, s.to ?? '', s.handover ?? '', s.amountMsek ?? '');
  }
}

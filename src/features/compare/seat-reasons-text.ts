// The reasons behind a seat table in plain sentences (domain/seat-reasons.ts computes them): who elects
// whom, which party gains against its share of the council and why, what the electoral cooperations
// change, how many seats a lot decided (members or substitutes), and what more substitutes on the
// executive board would change. One sentence per reason, in the reader's language.
import type { Model } from '@/domain/model-schema';
import type { SeatDistribution } from '@/domain/seat-distribution';
import { seatReasons } from '@/domain/seat-reasons';
import type { I18n } from '@/i18n/language';

export function seatReasonTexts(model: Model, seats: SeatDistribution, i18n: Pick<I18n, 't' | 'pick' | 'number' | 'lang'>): string[] {
  const { t, pick, number, lang } = i18n;
  const reasons = seatReasons(model, seats);
  const list = new Intl.ListFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { type: 'conjunction' });
  const nameOf = (id: string): string => {
    const body = model.bodies.find((b) => b.id === id);
    return body ? pick(body.name) : id;
  };
  const percent = (share: number) => `${number(share * 100, 1)} %`;
  const out: string[] = [];

  for (const group of reasons.electors) {
    if (group.electedBy === 'council') out.push(t('compare.seats.why.council', { count: group.bodies.length }));
    else {
      const votes = Object.entries(group.votes)
        .filter(([, n]) => n > 0)
        .sort((a, b) => b[1] - a[1])
        .map(([party, n]) => `${party} ${n}`)
        .join(', ');
      out.push(t('compare.seats.why.elects', { body: nameOf(group.electedBy), children: list.format(group.bodies.map(nameOf)), votes }));
    }
  }

  const gain = reasons.largestGain;
  if (gain && gain.positionShare - gain.councilShare >= 0.05) {
    const largest = Object.entries(seats.council.parties).sort((a, b) => b[1] - a[1])[0]?.[0];
    const hasUtskott = reasons.electors.some((g) => g.electedBy !== 'council');
    const first = t('compare.seats.why.gain', { party: gain.party, council: percent(gain.councilShare), positions: percent(gain.positionShare) });
    out.push(
      gain.party === largest ? `${first} ${t(hasUtskott ? 'compare.seats.why.gainUtskott' : 'compare.seats.why.gainLargest')}` : first,
    );
  }

  const effect = reasons.cooperationEffect;
  if (effect === undefined) out.push(t('compare.seats.why.noCooperation'));
  else {
    const groups = list.format(Object.entries(effect.groups).map(([name, parties]) => `${name} (${parties.join(' + ')})`));
    const changes = Object.entries(effect.change)
      .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0].localeCompare(b[0], 'sv'))
      .map(([party, change]) => t(change < 0 ? 'compare.seats.why.more' : 'compare.seats.why.fewer', { party, count: Math.abs(change) }));
    out.push(
      changes.length === 0
        ? t('compare.seats.why.cooperationSame', { groups })
        : t('compare.seats.why.cooperation', { groups, change: list.format(changes) }),
    );
  }

  const lots = reasons.lots.members + reasons.lots.substitutes;
  out.push(
    lots === 0
      ? t('compare.seats.why.noLots')
      : t('compare.seats.why.lots', {
          count: lots,
          kinds: list.format([
            ...(reasons.lots.members > 0 ? [t('compare.seats.why.lotMembers', { count: reasons.lots.members })] : []),
            ...(reasons.lots.substitutes > 0 ? [t('compare.seats.why.lotSubstitutes', { count: reasons.lots.substitutes })] : []),
          ]),
        }),
  );

  const board = reasons.board;
  if (board) {
    const body = nameOf(board.bodyId);
    if (board.missing.length === 0) out.push(t('compare.seats.why.boardAll', { body }));
    else if (board.substitutesNeeded !== undefined) {
      out.push(
        t('compare.seats.why.boardMissing', { missing: list.format(board.missing), body, needed: board.substitutesNeeded, current: board.substitutes }),
      );
    } else out.push(t('compare.seats.why.boardNever', { missing: list.format(board.missing), body, limit: board.limit }));
  }
  return out;
}

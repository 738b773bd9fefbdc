// Seats per party in every body (ordinary and substitute), each party's share of all positions against
// its share of KF, the Gallagher index, positions with a view of the whole budget, and the lots drawn.
import type { Model } from '@/domain/model-schema';
import type { SeatDistribution } from '@/domain/seat-distribution';
import type { SeatLotRange } from '@/domain/seat-lot-outcomes';
import { useI18n } from '@/i18n/language';
import { lotCell, rangeText, SeatLotSummary } from '@/render/seat-lot-notes';
import { LotNote } from '@/render/status-badge';

/** The lot note after a figure, when the lot moves it (see render/seat-lot-notes.tsx). */
function Lot({ note }: { note: { lot?: { min: string; max: string } } }) {
  return note.lot ? <LotNote min={note.lot.min} max={note.lot.max} /> : null;
}

export function SeatsSection({ distribution, lots, model }: { distribution: SeatDistribution; lots: SeatLotRange; model: Model }) {
  const { t, pick, number } = useI18n();
  if (!distribution.available) {
    return (
      <>
        <h2>{t('model.seats.heading')}</h2>
        <p>{t('model.seats.none')}</p>
      </>
    );
  }
  const parties = distribution.parties.map((p) => p.party);
  const names = new Map(model.bodies.map((b) => [b.id, pick(b.name)]));
  const percent = (share: number) => `${number(share * 100, 1)} %`;
  const drawn = distribution.bodies.flatMap((b) => b.lots.map((lot) => ({ body: b.bodyId, lot })));
  return (
    <>
      <h2>{t('model.seats.heading')}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('table.scrollLabel')}>
        <table>
          <caption>{t('model.seats.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('model.body.name')}</th>
              {parties.map((party) => (
                <th key={party} scope="col" className="num">
                  {party}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {distribution.bodies.map((body, index) => (
              <tr key={body.bodyId}>
                <th scope="row">{names.get(body.bodyId) ?? body.bodyId}</th>
                {parties.map((party) => {
                  const range = lots.bodies[index];
                  const m = range?.members[party];
                  const s = range?.substitutes[party];
                  const moved = lots.complete ? (m && m.min !== m.max) || (s && s.min !== s.max) : lots.dependsOnLot;
                  return (
                    <td key={party} className="num">
                      {body.members[party] ?? 0} + {body.substitutes[party] ?? 0}
                      {moved && (
                        <>
                          <span aria-hidden="true" className="cell-mark">
                            *
                          </span>
                          <span className="visually-hidden">
                            {' '}
                            ({t('status.lot')}
                            {lots.complete &&
                              `: ${t('status.lot.party', { party, members: rangeText(m), substitutes: rangeText(s) })}`}
                            )
                          </span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('model.seats.kfShare')}</th>
              {distribution.parties.map((p) => (
                <td key={p.party} className="num">
                  {percent(p.councilShare)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('model.seats.positionShare')}</th>
              {distribution.parties.map((p, i) => (
                <td key={p.party} className="num">
                  {percent(p.positionShare)}
                  <Lot note={lotCell(lots, lots.parties[i]?.positionShare, percent)} />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('model.seats.wholeBudget')}</th>
              {distribution.parties.map((p, i) => (
                <td key={p.party} className="num">
                  {p.wholeBudgetView}
                  <Lot note={lotCell(lots, lots.parties[i]?.wholeBudgetView, String)} />
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      {lots.dependsOnLot && <p className="help">{t('status.lot.mark')}</p>}
      {distribution.gallagherIndex !== undefined && (
        <p>
          {t('model.seats.gallagher')}: <strong>{number(distribution.gallagherIndex, 2)}</strong>
          <Lot note={lotCell(lots, lots.gallagherIndex, (g) => number(g, 2))} />
        </p>
      )}
      <SeatLotSummary model={model} lots={lots} />
      {drawn.length > 0 && (
        <>
          <h3>{t('model.seats.lots')}</h3>
          <ul>
            {drawn.map(({ body, lot }, i) => (
              <li key={i}>
                {t('model.seats.lot', {
                  seat: lot.seatNumber,
                  body: names.get(body) ?? body,
                  groups: lot.tiedGroups.join(', '),
                  winner: lot.winner,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

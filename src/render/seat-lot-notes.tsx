// What the lots of a seat distribution leave open (seat-lot-outcomes.ts), drawn the same way on the model
// page and in Compare: how many outcomes the lot can give, and per body the parties whose seats it moves,
// lowest–highest. The figures around it show the seeded outcome with "beror på lottning" and the range.
import type { Model } from '@/domain/model-schema';
import { MAX_LOT_OUTCOMES, type Range, type SeatLotRange } from '@/domain/seat-lot-outcomes';
import { useI18n } from '@/i18n/language';

/** "6–7" for a range that varies, "15" for one that does not. */
export function rangeText(range: Range | undefined, format: (n: number) => string = String): string {
  if (!range) return '–';
  return range.min === range.max ? format(range.min) : `${format(range.min)}–${format(range.max)}`;
}

/** The `lot` of a table cell whose figure a lot moves (min and max as shown), or nothing. */
export function lotCell(
  lots: SeatLotRange,
  range: Range | undefined,
  format: (n: number) => string,
): { lot?: { min: string; max: string } } {
  if (!lots.dependsOnLot) return {};
  if (!lots.complete) return { lot: { min: '', max: '' } };
  if (!range || range.min === range.max) return {};
  return { lot: { min: format(range.min), max: format(range.max) } };
}

export function SeatLotSummary({ model, lots }: { model: Model; lots: SeatLotRange }) {
  const { t, pick } = useI18n();
  if (!lots.dependsOnLot) return null;
  if (!lots.complete) return <p className="help">{t('status.lot.tooMany', { limit: MAX_LOT_OUTCOMES })}</p>;
  const names = new Map(model.bodies.map((b) => [b.id, pick(b.name) || b.id]));
  const moved = lots.bodies.filter((b) => b.dependsOnLot);
  return (
    <div className="lot-summary">
      <p className="help">{t('status.lot.outcomes', { count: lots.outcomes })}</p>
      {moved.length > 0 && (
        <>
          <p className="help">{t('status.lot.bodies')}</p>
          <ul className="help">
            {moved.map((body) => {
              const parties = Object.keys(body.members).filter((p) => {
                const m = body.members[p];
                const s = body.substitutes[p];
                return (m && m.min !== m.max) || (s && s.min !== s.max);
              });
              return (
                <li key={body.bodyId}>
                  {t('status.lot.body', {
                    body: names.get(body.bodyId) ?? body.bodyId,
                    parties: parties
                      .map((party) =>
                        t('status.lot.party', {
                          party,
                          members: rangeText(body.members[party]),
                          substitutes: rangeText(body.substitutes[party]),
                        }),
                      )
                      .join(', '),
                  })}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

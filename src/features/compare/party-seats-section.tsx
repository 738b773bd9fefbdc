// Seats between parties for every chosen model (DESIGN §3): a table of every body's seats per party, with
// seats won by lot marked; each party's share of all positions against its share of KF as a chart and a
// table; why the seats fall as they do (seat-reasons-text.ts); the Gallagher index; the positions with a
// view of the whole budget; the lots themselves.
import { useRef } from 'react';
import type { Model } from '@/domain/model-schema';
import type { SeatDistribution } from '@/domain/seat-distribution';
import type { CsvCell } from '@/render/export/csv';
import type { I18n } from '@/i18n/language';
import { useI18n } from '@/i18n/language';
import { DataTable } from '@/render/data-table';
import { CsvExportButton } from '@/render/export-buttons';
import { SeatShareChart } from '@/render/seat-share-chart';
import { LotNote, ValueBadge } from '@/render/status-badge';
import { lotCell, rangeText, SeatLotSummary } from '@/render/seat-lot-notes';
import type { SeatLotRange } from '@/domain/seat-lot-outcomes';
import { valueStatus } from '@/domain/value-status';
import type { TableSpec } from '@/render/table-spec';
import { useElementWidth } from '@/render/use-element-width';
import type { ModelFigures } from './compare-figures';
import { seatReasonTexts } from './seat-reasons-text';

/** Seats per party in every body: "members + substitutes" on screen, two columns per party in CSV; a
 *  cell whose seats the lot can change is marked, its range read out (and listed under the table). */
export function seatTable(
  model: Model,
  seats: SeatDistribution,
  lots: SeatLotRange,
  i18n: I18n,
): { table: TableSpec; csv: CsvCell[][] } {
  const { t, pick } = i18n;
  const names = new Map(model.bodies.map((b) => [b.id, pick(b.name)]));
  const parties = seats.parties.map((p) => p.party);
  // No seat at all is a dash, so the seats a party does have stand out.
  const seatCell = (members: number, substitutes: number): string =>
    members + substitutes === 0 ? '–' : t('compare.seats.cell', { members, substitutes });
  const table: TableSpec = {
    caption: t('compare.seats.caption', { name: pick(model.name) }),
    rowHeader: t('model.body.name'),
    columns: parties.map((party) => ({ header: party, numeric: true })),
    rows: [
      {
        key: 'council',
        header: t('compare.seats.council'),
        cells: parties.map((party) => seats.council.parties[party] ?? 0),
      },
      ...seats.bodies.map((body, index) => {
        const range = lots.bodies[index];
        const moved = (party: string): boolean => {
          if (!lots.complete) return lots.dependsOnLot;
          const m = range?.members[party];
          const s = range?.substitutes[party];
          return Boolean((m && m.min !== m.max) || (s && s.min !== s.max));
        };
        return {
          key: body.bodyId,
          header: names.get(body.bodyId) ?? body.bodyId,
          cells: parties.map((party) => ({
            text: seatCell(body.members[party] ?? 0, body.substitutes[party] ?? 0),
            ...(moved(party)
              ? {
                  mark: '*',
                  markLabel: lots.complete
                    ? t('compare.seats.lotMark', {
                        range: t('status.lot.party', {
                          party,
                          members: rangeText(range?.members[party]),
                          substitutes: rangeText(range?.substitutes[party]),
                        }),
                      })
                    : t('status.lot'),
                }
              : {}),
          })),
        };
      }),
      {
        key: 'total',
        header: t('compare.seats.total'),
        cells: seats.parties.map((p) => seatCell(p.members, p.substitutes)),
      },
    ],
  };
  const csv: CsvCell[][] = [
    [
      t('model.body.name'),
      ...parties.flatMap((party) => [t('compare.seats.membersColumn', { party }), t('compare.seats.substitutesColumn', { party })]),
    ],
    [t('compare.seats.council'), ...parties.flatMap((party) => [seats.council.parties[party] ?? 0, null])],
    ...seats.bodies.map((body) => [
      names.get(body.bodyId) ?? body.bodyId,
      ...parties.flatMap((party) => [body.members[party] ?? 0, body.substitutes[party] ?? 0]),
    ]),
    [t('compare.seats.total'), ...seats.parties.flatMap((p) => [p.members, p.substitutes])],
  ];
  return { table, csv };
}

/** Each party's KF share against its share of all positions, and its seats with a whole-budget view. */
export function partyShareTable(model: Model, seats: SeatDistribution, lots: SeatLotRange, i18n: I18n): TableSpec {
  const { t, pick, number } = i18n;
  const percentText = (share: number) => `${number(share * 100, 1)} %`;
  const percent = (share: number, i: number) => ({
    text: percentText(share),
    csv: Math.round(share * 1000) / 10,
    ...lotCell(lots, lots.parties[i]?.positionShare, percentText),
  });
  return {
    caption: t('compare.seats.chartTitle', { name: pick(model.name) }),
    rowHeader: t('model.seats.party'),
    columns: [
      { header: t('model.seats.kfShare'), numeric: true },
      { header: t('model.seats.positionShare'), numeric: true },
      { header: t('model.seats.wholeBudget'), numeric: true },
    ],
    rows: seats.parties.map((p, i) => ({
      key: p.party,
      header: p.party,
      cells: [
        { text: percentText(p.councilShare), csv: Math.round(p.councilShare * 1000) / 10 },
        percent(p.positionShare, i),
        { text: String(p.wholeBudgetView), csv: p.wholeBudgetView, ...lotCell(lots, lots.parties[i]?.wholeBudgetView, String) },
      ],
    })),
  };
}

function Lots({ model, seats }: { model: Model; seats: SeatDistribution }) {
  const { t, pick } = useI18n();
  const names = new Map(model.bodies.map((b) => [b.id, pick(b.name)]));
  const all = seats.bodies.flatMap((body) => body.lots.map((lot) => ({ body: body.bodyId, lot })));
  const deciding = all.filter(({ lot }) => lot.decided === 'seat');
  const orderOnly = all.length - deciding.length;
  return (
    <>
      <h4>{t('compare.seats.lotsHeading')}</h4>
      {deciding.length === 0 ? (
        <p>{t('compare.seats.noLots')}</p>
      ) : (
        <ul className="lots">
          {deciding.map(({ body, lot }, i) => (
            <li key={i}>
              {t('compare.seats.lotSeat', {
                body: names.get(body) ?? body,
                election: t(`compare.seats.election.${lot.election}`),
                seat: lot.seatNumber,
                groups: lot.tiedGroups.join(', '),
                winner: lot.winner,
              })}
            </li>
          ))}
        </ul>
      )}
      {orderOnly > 0 && <p className="help">{t('compare.seats.lotsOrder', { count: orderOnly })}</p>}
    </>
  );
}

function ModelSeats({ figures }: { figures: ModelFigures }) {
  const i18n = useI18n();
  const { t, pick, number } = i18n;
  const { model, seats, lots } = figures;
  const columnRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(columnRef);
  const name = pick(model.name);
  if (!seats.available) {
    return (
      <div className="compare-column">
        <h3>{name}</h3>
        <p>{seats.reason ? pick(seats.reason) : t('model.seats.none')}</p>
      </div>
    );
  }
  const { table, csv } = seatTable(model, seats, lots, i18n);
  const shares = partyShareTable(model, seats, lots, i18n);
  const gallagher = lotCell(lots, lots.gallagherIndex, (g) => number(g, 2)).lot;
  const hasLotMarks = table.rows.some((r) => r.cells.some((c) => typeof c === 'object' && c.mark));
  return (
    <div className="compare-column" ref={columnRef}>
      <h3>
        {name}
        <ValueBadge status={valueStatus(model, model.council, 'parties')} />
      </h3>
      <div className="section-heading">
        <CsvExportButton table={table} name={table.caption} fileParts={['kommunmodell', model.id, 'platser-per-parti']} csv={csv} />
      </div>
      <DataTable table={table} className="seat-table" />
      {hasLotMarks && <p className="help">{t('compare.seats.lotFootnote')}</p>}
      <SeatLotSummary model={model} lots={lots} />
      <h4>{t('compare.seats.why.heading')}</h4>
      <ul className="seat-reasons">
        {seatReasonTexts(model, seats, i18n).map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <p>
        {t('model.seats.gallagher')}: <strong>{seats.gallagherIndex === undefined ? '–' : number(seats.gallagherIndex, 2)}</strong>
        {gallagher && seats.gallagherIndex !== undefined && <LotNote min={gallagher.min} max={gallagher.max} />}
        <br />
        <span className="help">{t('compare.seats.gallagherHelp')}</span>
      </p>
      <p>
        {t('compare.seats.wholeBudgetSummary', {
          view: seats.totals.wholeBudgetView,
          total: seats.totals.positions + seats.council.seats,
        })}
      </p>
      <SeatShareChart
        parties={seats.parties}
        width={Math.max(320, Math.min(640, Math.floor(width || 560)))}
        modelName={name}
        modelId={model.id}
      />
      <div className="section-heading">
        <CsvExportButton table={shares} name={shares.caption} fileParts={['kommunmodell', model.id, 'andelar-per-parti']} />
      </div>
      <DataTable table={shares} />
      <Lots model={model} seats={seats} />
    </div>
  );
}

export function PartySeatsSection({ figures }: { figures: readonly ModelFigures[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="compare-seats-heading">
      <h2 id="compare-seats-heading">{t('model.seats.heading')}</h2>
      <p className="help">{t('model.seats.caption')}</p>
      <div className="compare-grid" style={{ gridTemplateColumns: `repeat(${figures.length}, minmax(0, 1fr))` }}>
        {figures.map((f) => (
          <ModelSeats key={f.model.id} figures={f} />
        ))}
      </div>
    </section>
  );
}

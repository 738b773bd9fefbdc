// The officials' proposal (src/domain/proposal-builder.ts and its writers): the figures the working
// group asked about reach the document exactly, every example value is marked in every form, the
// timetable counts back from 1 January after an election, and the Word file is a real .docx with the
// clauses, the tables and page numbers.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { deriveFacts } from '@/domain/derived-facts';
import type { Model } from '@/domain/model-schema';
import { politicalCost } from '@/domain/political-cost';
import { buildProposal, generatedClauses } from '@/domain/proposal-builder';
import type { Block } from '@/domain/proposal-document';
import { proposalDocx } from '@/domain/proposal-docx';
import { proposalMarkdown } from '@/domain/proposal-markdown';
import { distributeSeats } from '@/domain/seat-distribution';
import { electionDay, nextTermStart, reorganisationTimetable } from '@/domain/reorganisation-timetable';
import { shippedModelFiles } from '../render/shipped-model-files';

const model = (id: string) => shippedModelFiles().find((f) => f.model.id === id)?.model as Model;
const angeA = model('ange-a');
const today = model('ange-today');
const input = { model: angeA, today, lang: 'sv' as const, title: 'Ny organisation', date: '2026-12-04', termStart: '2031-01-01' };
const count = (text: string, part: string) => text.split(part).length - 1;
const table = (blocks: Block[], id: string) => blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.id === id);

describe('timetable', () => {
  it('finds election days and the first start of term at least two years away', () => {
    expect(electionDay(2022)).toBe('2022-09-11');
    expect(electionDay(2026)).toBe('2026-09-13');
    expect(electionDay(2030)).toBe('2030-09-08');
    expect(nextTermStart('2026-12-04')).toBe('2031-01-01');
    expect(nextTermStart('2024-12-31')).toBe('2027-01-01');
    expect(nextTermStart('2025-01-02')).toBe('2031-01-01');
  });

  it('counts back from the start of term and says when the time is shorter than Norsjö advised', () => {
    const plan = reorganisationTimetable('2031-01-01', '2026-12-04');
    const at = Object.fromEntries(plan.steps.map((s) => [s.key, s.date]));
    expect(at).toMatchObject({ direction: '2029-01-01', election: '2030-09-08', newCouncil: '2030-10-15', start: '2031-01-01', evaluation: '2035-01-01' });
    expect(plan.shorterThanAdvised).toBe(false);
    const short = reorganisationTimetable('2027-01-01', '2026-12-04');
    expect(short.shorterThanAdvised).toBe(true);
    expect(short.steps.find((s) => s.key === 'direction')?.past).toBe(true);
  });
});

describe('political cost', () => {
  it('adds yearly fees, meeting fees and lost income body by body, all examples without an arvodesreglemente', () => {
    const cost = politicalCost(angeA);
    const ks = cost.bodies.find((b) => b.bodyId === 'ks');
    // KS 9 + 22, 10 meetings: attendances 10 × (9 + 22 × 0.3) = 156.
    expect(ks).toEqual({ bodyId: 'ks', annualFeesSek: 780_000, meetingFeesSek: 234_000, lostIncomeSek: 74_880, totalSek: 1_088_880 });
    expect(cost.example).toEqual({ annualFees: true, meetingFees: true, lostIncome: true });
    const cited = politicalCost({
      ...angeA,
      costParameters: {
        feePerMeetingSek: 1000,
        substituteAttendance: 0,
        chairAnnualFeeSek: { executiveBoard: 500_000 },
        viceChairShare: 0.5,
        lostIncomePerAttendanceSek: 0,
        lostIncomeClaimShare: 0,
        reference: 'Ånge kommun, Arvodesreglemente',
        status: 'documented',
      },
    });
    expect(cited.example).toEqual({ annualFees: false, meetingFees: false, lostIncome: false });
    expect(cited.bodies.find((b) => b.bodyId === 'ks')).toMatchObject({ annualFeesSek: 750_000, meetingFeesSek: 90_000, lostIncomeSek: 0 });
  });
});

describe('proposal document', () => {
  const doc = buildProposal(input);

  it('carries the democracy figures of the working group’s question exactly', () => {
    const rows = table(doc.blocks, 'table-democracy')?.rows.map((r) => r.map((c) => c.text)) ?? [];
    const persons = [angeA, today].map((m) => String(deriveFacts(m).persons.total));
    const gallagher = [angeA, today].map((m) => (distributeSeats(m, 1).gallagherIndex ?? 0).toFixed(1).replace('.', ','));
    expect(rows).toContainEqual(['Minsta antal personer', ...persons]);
    // Both depend on a lot: the cell says so and gives the range over every outcome (seat-lot-outcomes.ts).
    expect(rows).toContainEqual([
      'Disproportionalitet (Gallaghers index, procentenheter)',
      `${gallagher[0]} (beror på lottning: 24,4–25,4)`,
      `${gallagher[1]} (beror på lottning: 14,2–14,8)`,
    ]);
    // Ånge A: KS 9 and three utskott of 5 all elected from S's majority in KS — 30 of 35 ordinary seats.
    expect(rows.find((r) => r[0] === 'Största partiets ordinarie platser utanför fullmäktige')?.[1]).toBe('S: 30 av 35 (16 av 35 mandat)');
    expect(gallagher[0]).toBe('24,4');
  });

  it('generates att-clauses from the draft, and uses the officials’ own when they rewrote them', () => {
    const clauses = generatedClauses(input);
    expect(clauses[0]).toBe(
      'att från och med den 1 januari 2031 organisera den politiska verksamheten med en kommunstyrelse med 9 ledamöter och 22 ersättare, och Utskottet Lärande/stöd (5 + 5), Utskottet Omsorg/stöd (5 + 5) och Utskottet Service (5 + 5)',
    );
    expect(clauses).toContain('att Utskottet Lärande/stöd ska bereda ärenden om Förskola och grundskola, Gymnasieskola och Individ- och familjeomsorg (IFO)');
    const ending = today.bodies.filter((b) => b.kind !== 'council' && !angeA.bodies.some((a) => a.name.sv === b.name.sv));
    expect(ending.length).toBeGreaterThan(1);
    expect(clauses.find((c) => c.endsWith('upphör den 31 december 2030'))).toContain(ending[0]?.name.sv);
    const own = buildProposal({ ...input, clauses: ['att anta förslaget'] });
    expect(own.blocks.find((b) => b.kind === 'clauses')).toMatchObject({ items: ['att anta förslaget'], edited: true });
  });

  it('marks every example value, in the same number in Markdown and in Word', async () => {
    expect(doc.exampleCount).toBeGreaterThan(5);
    const marker = `[${doc.exampleMarker}]`;
    // The legend names the marker once more.
    expect(count(proposalMarkdown(doc), marker)).toBe(doc.exampleCount + 1);
    const zip = await JSZip.loadAsync(await proposalDocx(doc));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    expect(count(text, marker)).toBe(doc.exampleCount + 1);
    expect(text).toContain('Förslag till beslut');
    expect(text).toContain(generatedClauses(input)[0]);
    expect(text).toContain('Politisk kostnad per år och organ (kr)');
    expect(text).toContain('Tidplan fram till att den nya organisationen börjar gälla');
    expect(xml).toContain('w:val="Heading1"');
    const footer = Object.keys(zip.files).find((f) => f.startsWith('word/footer'));
    expect(await zip.file(footer ?? '')?.async('string')).toMatch(/PAGE/);
  });

  it('marks nothing in a model whose every fact is documented, and writes English too', () => {
    const documented: Model = JSON.parse(JSON.stringify(angeA).replaceAll('"status":"example"', '"status":"documented"'));
    documented.costParameters = { feePerMeetingSek: 1500, substituteAttendance: 0.3, chairAnnualFeeSek: { council: 1, executiveBoard: 1, committee: 1, subcommittee: 1, draftingCommittee: 0, electionCommittee: 1 }, viceChairShare: 0.3, lostIncomePerAttendanceSek: 1000, lostIncomeClaimShare: 0.3, reference: 'x', status: 'documented' };
    const clean = buildProposal({ ...input, model: documented, today: undefined });
    expect(clean.exampleCount).toBe(0);
    const english = buildProposal({ ...input, lang: 'en' });
    expect(english.blocks.find((b) => b.kind === 'heading')).toMatchObject({ text: 'Proposed decision' });
  });
});

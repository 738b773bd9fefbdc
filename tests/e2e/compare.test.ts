// Journey: the working group compares organisations (issue 5).
// 1. A member opens the link from the minutes, #/compare?models=munkfors,ange-today: both organisation
//    charts (each an image with a text alternative and a data table), the derived facts side by side with
//    differences marked, seats per party with the lots, representation and cost.
// 2. They read Munkfors's seat table: KS 9 + 22 split S 7 + 15, C 1 + 4, SD 1 + 2, V 0 + 1, the seats won by
//    lot marked and the lots listed as lots.
// 3. They switch the second model to Ånge proposal A; the URL follows, so the link reproduces the view.
// 4. They change the example fee; the cost is recomputed and the fee goes into the URL too.
// 5. They download the seat table and the facts as CSV (opened in Excel: BOM, ';', decimal comma) and a
//    chart as SVG and PNG, and zoom into a chart with the keyboard.
// 6. They switch to English.
// 7. A mangled link (unknown, repeated and hostile ids, a fee that is no number) shows what was wrong and
//    keeps what was valid.
// Throughout: no accessibility violations, no console errors, no request off the machine.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, openPage, startSession, type Session } from './browser-harness';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

/** Clicks `button` and returns the name and content of the file it downloads. */
async function download(page: Page, name: string | RegExp): Promise<{ fileName: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const path = await file.path();
  return { fileName: file.suggestedFilename(), bytes: readFileSync(path) };
}

const hashOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash);

/** The full organisation charts sit behind a summary below the small multiples. */
async function openCharts(page: Page): Promise<void> {
  await page.getByText('Organisationsscheman i full storlek').click();
}

describe('compare view', () => {
  it('compares Munkfors with Ånge today, switches a model, exports and toggles English', async () => {
    const { page, problems } = await openPage(session, '#/compare?models=munkfors,ange-today');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Jämför organisationer');
    await expect.poll(() => page.locator('#compare-model-1').inputValue()).toBe('munkfors');
    expect(await page.locator('#compare-model-2').inputValue()).toBe('ange-today');

    // The answer first: what differs, largest first, and what is equal, said to be equal.
    const takeaway = page.locator('[data-takeaway]');
    await expect.poll(() => takeaway.textContent()).toMatch(/^Munkfors och Ånge i dag skiljer sig i \d+ uppgifter av \d+, mest i /);
    const differing = page.locator('.differences-card ol > li');
    expect(await differing.count()).toBeGreaterThan(3);
    expect(await page.locator('.differences-card').textContent()).toContain('Vem som håller verksamheternas budgetram');
    // The small multiples: every body of both, budget holders marked with the frame they hold.
    const munkforsColumn = page.locator('.structure-column', { hasText: 'Munkfors' });
    expect(await munkforsColumn.locator('.structure-holder').count()).toBe(1);
    expect(await munkforsColumn.locator('.structure-holder .structure-frame').textContent()).toBe('håller 290 mnkr');
    expect(await munkforsColumn.textContent()).toContain('Bereder: Förskola och grundskola');
    await openCharts(page);

    // Both charts, each an image with a title and a description naming its bodies, and its data table.
    const charts = page.getByRole('img', { name: /^Organisationsschema: / });
    await expect.poll(() => charts.count()).toBe(2);
    const munkforsChart = page.getByRole('img', { name: 'Organisationsschema: Munkfors: kommunstyrelse med tre utskott' });
    const description = await munkforsChart.locator('desc').textContent();
    expect(description).toContain('Kommunstyrelsen: 9 ledamöter och 22 ersättare, under Kommunfullmäktige, håller budgetram på 290,0 mnkr');
    expect(description).toContain('Utskottet Lärande/stöd: 5 ledamöter och 5 ersättare, under Kommunstyrelsen.');
    // One dot per seat: KS's box has 9 filled and 22 open dots.
    expect(await munkforsChart.locator('circle[fill="#1b1f24"]').count()).toBe(21 + 9 + 5 * 3 + 3 + 5);
    await page.getByText('Visa uppgifterna i en tabell').first().click();
    const bodiesTable = page.locator('table', { hasText: 'Organen i Munkfors' });
    const ksRow = bodiesTable.locator('tbody tr', { hasText: 'Kommunstyrelsen' }).first();
    await expect.poll(() => ksRow.locator('td').nth(2).textContent()).toBe('9');
    expect(await ksRow.locator('td').nth(3).textContent()).toBe('22');

    // Derived facts side by side; rows that differ carry ≠ and say so in words.
    const facts = page.locator('table', { hasText: 'Uppgifter räknade ur modellfilerna för de valda organisationerna' });
    const neff = facts.locator('tr', { hasText: 'Effektivt antal budgetansvariga' });
    // Ånge today's five budget holders of 2020 (tekniska nämnden included); n_eff rests on example net costs.
    expect(await neff.locator('td').allTextContents()).toEqual(['1,00 Exempel', '2,85 Exempel']);
    expect(await neff.locator('th').textContent()).toContain('skiljer sig mellan organisationerna');
    expect(await facts.locator('tr', { hasText: 'Politiska organ' }).locator('td').allTextContents()).toEqual(['7', '8']);
    await page.getByText('Effektivt antal budgetansvariga (n_eff) är 1 delat med summan').waitFor();

    // Munkfors's seat table: KS split by party, the seats won by lot marked, the lots listed.
    const seats = page.locator('table', { hasText: 'Platser per parti i Munkfors' });
    expect(await seats.locator('thead th').allTextContents()).toEqual(['Organ', 'S', 'C', 'SD', 'V']);
    const ks = seats.locator('tbody tr', { hasText: /^Kommunstyrelsen/ });
    const ksCells = await ks.locator('td').allInnerTexts();
    // Every party whose seats the lot can change is marked, not only the lot's winners: C has 1 or 2 members.
    expect(ksCells.map((c) => c.replace(/\s*\(.*\)$/, ''))).toEqual(['7 + 15*', '1 + 4*', '1 + 2*', '0 + 1']);
    await page.getByText('Kommunstyrelsen: S 6–7 + 15, C 1–2 + 4, SD 0–1 + 2').first().waitFor();
    await page.getByText('beror på lottning: 8,47–15,90').first().waitFor();
    await page.getByText('Kommunstyrelsen, ledamöter, plats 8: lika jämförelsetal för C, S, SD. Lotten gav platsen till SD.').waitFor();
    await page.getByText(/Gallaghers index/).first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Switch the second organisation: the URL follows, so the link gives the same view back.
    await page.locator('#compare-model-2').selectOption('ange-a');
    await expect.poll(() => hashOf(page)).toBe('#/compare?models=munkfors,ange-a&fee=1500&attendance=30');
    await page.getByRole('img', { name: /^Organisationsschema: Ånge förslag A/ }).waitFor();
    expect(await page.getByRole('img', { name: /^Organisationsschema: Ånge i dag/ }).count()).toBe(0);
    await expect.poll(() => neff.locator('td').allTextContents()).toEqual(['1,00 Exempel', '1,00 Exempel']);
    // One budget holder in both: the row does not differ.
    expect(await facts.locator('tr', { hasText: 'Budgetansvariga organ' }).locator('th').textContent()).not.toContain('skiljer sig');

    // Change the example fee: the cost is recomputed and the fee goes into the link.
    const costRow = page.locator('tr', { hasText: 'Arvoden för sammanträden per år (kr)' });
    const before = await costRow.locator('td').first().innerText();
    expect(before.replace(/\s/g, '')).toMatch(/^922800Exempel$/);
    await page.getByLabel('Arvode per person och sammanträde (kr)').fill('2000');
    await expect.poll(() => hashOf(page)).toBe('#/compare?models=munkfors,ange-a&fee=2000&attendance=30');
    await expect.poll(async () => (await costRow.locator('td').first().innerText()).replace(/\s/g, '')).toBe('1230400Exempel');
    await page.getByLabel('Arvode per person och sammanträde (kr)').fill('tusen');
    await page.getByText('Ange ett tal mellan 0 och 1 000 000.').waitFor();
    expect(hashOf(page)).toContain('fee=2000');

    // The seat table as CSV, the way Swedish Excel opens it.
    const seatCsv = await download(page, 'Ladda ner tabellen Platser per parti i Munkfors: kommunstyrelse med tre utskott (ledamöter + ersättare) som CSV');
    expect(seatCsv.fileName).toBe('kommunmodell-munkfors-platser-per-parti.csv');
    expect([...seatCsv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const seatLines = seatCsv.bytes.subarray(3).toString('utf8').split('\r\n');
    expect(seatLines[0]).toBe('Organ;S ledamöter;S ersättare;C ledamöter;C ersättare;SD ledamöter;SD ersättare;V ledamöter;V ersättare');
    expect(seatLines[1]).toBe('Kommunfullmäktige (mandat);14;;4;;2;;1;');
    expect(seatLines).toContain('Kommunstyrelsen;7;15;1;4;1;2;0;1');
    expect(seatLines).toContain('Utskottet Lärande/stöd;5;5;0;0;0;0;0;0');
    expect(seatLines).toContain('Miljö- och byggnämnden (gemensam med Forshaga);3;3;0;0;0;0;0;0');

    const factsCsv = await download(page, 'Ladda ner tabellen Uppgifter räknade ur modellfilerna för de valda organisationerna som CSV');
    const factLines = factsCsv.bytes.subarray(3).toString('utf8').split('\r\n');
    expect(factLines[0]).toMatch(/^Uppgift;Munkfors[^;]*;Ånge förslag A[^;]*$/);
    expect(factLines).toContain('Effektivt antal budgetansvariga (n_eff);1;1');
    expect(factLines).toContain('Platser (ledamöter / ersättare / totalt);32 / 45 / 77;35 / 45 / 80');
    // Ånge's KF meets about five times a year with 24 substitutes (ange.se).
    expect(factLines).toContain('Arvoden för sammanträden per år (kr);1230400;1278000');

    // The chart as SVG (self-contained, whole chart) and as PNG.
    const svg = await download(page, 'Ladda ner Organisationsschema: Munkfors: kommunstyrelse med tre utskott som SVG');
    expect(svg.fileName).toBe('kommunmodell-munkfors-organisationsschema.svg');
    const svgText = svg.bytes.toString('utf8');
    expect(svgText.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(svgText).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svgText).toContain('>Utskottet Service<');
    const png = await download(page, 'Ladda ner Organisationsschema: Munkfors: kommunstyrelse med tre utskott som PNG');
    expect(png.fileName).toBe('kommunmodell-munkfors-organisationsschema.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.length).toBeGreaterThan(10_000);

    // Zoom with the keyboard: the view narrows, moves, and comes back whole.
    const svgElement = page.locator('svg[aria-labelledby]').first();
    const whole = await svgElement.getAttribute('viewBox');
    await page.getByRole('button', { name: 'Zooma in' }).first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => svgElement.getAttribute('viewBox')).not.toBe(whole);
    const zoomed = (await svgElement.getAttribute('viewBox'))!.split(' ').map(Number);
    expect(zoomed[2]).toBeCloseTo(Number(whole!.split(' ')[2]) / 1.5, 0);
    await page.getByRole('button', { name: 'Flytta åt höger' }).first().press('Enter');
    await expect.poll(async () => Number((await svgElement.getAttribute('viewBox'))!.split(' ')[0])).toBeGreaterThan(zoomed[0]!);
    await page.getByRole('button', { name: 'Visa hela' }).first().press('Enter');
    await expect.poll(() => svgElement.getAttribute('viewBox')).toBe(whole);
    expect(await accessibilityViolations(page)).toEqual([]);

    // English: the same view, in English; a reload keeps the view from the link.
    await page.getByRole('button', { name: 'In English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Compare organisations');
    await page.getByRole('img', { name: 'Organisation chart: Munkfors: executive board with three subcommittees' }).waitFor();
    await page.locator('table', { hasText: 'Seats per party in Munkfors' }).waitFor();
    await page.getByText('Executive board, members, seat 8: equal comparative figures for C, S, SD. The lot gave the seat to SD.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('#compare-model-2').inputValue()).toBe('ange-a');
    expect(await page.getByLabel('Fee per person and meeting (SEK)').inputValue()).toBe('2000');
    await page.getByRole('button', { name: 'På svenska' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Jämför organisationer');
    expect(problems).toEqual([]);
  });

  it('is reached from the start page and from the menu', async () => {
    const { page, problems } = await openPage(session, '#/');
    await page.getByRole('link', { name: 'Munkfors och Ånge i dag' }).click();
    await expect.poll(() => hashOf(page)).toBe('#/compare?models=munkfors,ange-today');
    await openCharts(page);
    await page.getByRole('img', { name: /^Organisationsschema: Ånge i dag/ }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Organisationer' }).click();
    await page.getByRole('link', { name: /^Jämför Norsjö.* med Ånge i dag/ }).click();
    await expect.poll(() => hashOf(page)).toBe('#/compare?models=norsjo,ange-today');
    await page.getByRole('navigation').getByRole('link', { name: 'Jämför' }).click();
    await expect.poll(() => page.locator('#compare-model-1').inputValue()).toBe('ange-today');
    expect(await page.locator('#compare-model-2').inputValue()).toBe('ange-a');
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Jämför' }).getAttribute('aria-current')).toBe('page');
    expect(problems).toEqual([]);
  });

  it('answers a mangled link with what was wrong and keeps what was valid', async () => {
    const hostile =
      '#/compare?models=munkfors,__proto__,%3Cscript%3Ealert(1)%3C%2Fscript%3E,munkfors,ostersund%E0%A4%A&fee=abc&attendance=150';
    const { page, problems } = await openPage(session, hostile);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Länken kunde inte läsas helt');
    const messages = await alert.locator('li').allTextContents();
    expect(messages).toContain('Det finns ingen organisation med id ”__proto__”; den visas inte.');
    expect(messages).toContain('Det finns ingen organisation med id ”<script>alert(1)</script>”; den visas inte.');
    expect(messages).toContain('”munkfors” stod flera gånger i länken; den visas en gång.');
    expect(messages).toContain('Välj minst två organisationer att jämföra (nu 1).');
    expect(messages).toContain('Arvodet ”abc” i länken är inget tal mellan 0 och 1 000 000 kr; exempelvärdet används.');
    expect(messages).toContain('Ersättarnärvaron ”150” i länken är inget tal mellan 0 och 100 %; exempelvärdet används.');
    // What was valid is shown; no script ran (markup is text).
    await openCharts(page);
    await page.getByRole('img', { name: 'Organisationsschema: Munkfors: kommunstyrelse med tre utskott' }).waitFor();
    expect(await page.locator('script:not([type="module"])').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    // Choosing a second organisation writes a clean link and the message goes.
    await page.locator('#compare-model-2').selectOption('norsjo');
    await expect.poll(() => hashOf(page)).toBe('#/compare?models=munkfors,norsjo&fee=1500&attendance=30');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});

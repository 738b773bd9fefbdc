// Journey: the working group looks at what comes after the decision (DESIGN §12).
// 1. `#/evaluate?profiles=vannas-2016` shows Vännäs 2016 from seed 003: the takeaway says 460 of 800, the
//    radar has one series, the table's total is 460, area 4 and sub-question 5.2 are quoted.
// 2. They enter a second profile for Vännäs (a follow-up) in the editor: it appears beside the first, the
//    takeaway and the before-and-after table give the change.
// 3. They download the table as CSV: Swedish Excel format with both profiles and their totals.
// 4. After a reload the profile is still there, still shown.
// 5. They save the profile as a file and read it back as a third profile; a broken file is refused with its
//    errors and changes nothing. The chart's profile choice works from the keyboard.
// 6. The evaluation plan dates the baseline, mid-term and follow-up from the start they choose.
// Throughout: no accessibility violations, no console errors, no request off the machine.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, openPage, startSession, type Session, type WatchedPage } from './browser-harness';

let session: Session;
let main: WatchedPage;
let page: Page;
const folder = mkdtempSync(path.join(tmpdir(), 'kommunmodell-evaluate-'));
const SCORES = [70, 55, 68, 72, 60, 57, 50, 63]; // 495 in all

beforeAll(async () => {
  session = await startSession();
  main = await openPage(session, '#/evaluate?profiles=vannas-2016');
  page = main.page;
});
afterAll(async () => {
  await session?.close();
});

const takeaway = () => page.locator('.takeaway').textContent();
const series = () => page.locator('.evaluate-profiles svg path[stroke-width="2.5"]').count();

describe('evaluate view', () => {
  it('opens Vännäs 2016 with its total, radar, table and the report’s own words', async () => {
    await expect.poll(() => page.locator('h1').textContent()).toBe('Utvärdera organisationen');
    expect(await takeaway()).toBe(
      'Vännäs 2016 fick 460 av 800 poäng; högst i Offentlighet och demokrati (67 av 100), lägst i Verksamhetsutveckling (46 av 100).',
    );
    expect(await series()).toBe(1);
    const total = page.locator('.evaluate-tables table').first().locator('tr', { hasText: 'Totalt (av 800)' });
    expect(await total.textContent()).toContain('460');
    const silo = page.locator('.evaluate-silo');
    expect(await silo.textContent()).toContain('I svenska kommuner uppstår ibland en kraftmätning');
    expect(await silo.textContent()).toContain('Vännäs 2016: 11 av 20');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('takes a second profile from the editor and shows it beside the first, before and after', async () => {
    await page.getByRole('button', { name: 'Ny tom profil' }).click();
    const form = page.locator('form.evaluate-form');
    await expect.poll(() => form.count()).toBe(1);
    await form.getByLabel('Kommun').fill('Vännäs');
    await form.getByLabel('År för utvärderingen').fill('2020');
    await form.getByLabel('Källa (rapportens titel och år)').fill('KommunKompassen Vännäs 2020 (testrapport)');
    for (const [i, score] of SCORES.entries()) {
      await form.getByLabel(`Poäng för område ${i + 1} (0–100)`).fill(String(score));
    }
    await expect.poll(() => page.locator('.evaluate-check').textContent()).toContain('Profilen är giltig');
    await expect.poll(series).toBe(2);
    await expect
      .poll(takeaway)
      .toBe(
        'Vännäs 2020 (egen) fick 35 poäng mer än Vännäs 2016 (495 mot 460 av 800); störst förändring i Ledarskap, ansvar och delegation (+11).',
      );
    const beforeAfter = page.locator('table.evaluate-before-after');
    expect(await beforeAfter.locator('caption').textContent()).toBe('Vännäs: poäng per område, Vännäs 2016 och Vännäs 2020 (egen)');
    expect(await beforeAfter.locator('tr', { hasText: 'Totalt (av 800)' }).textContent()).toContain('+35');
    await expect.poll(() => page.locator('.evaluate-save').textContent(), { timeout: 10_000 }).toBe('Sparat i webbläsaren');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('downloads the table as CSV for Swedish Excel', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Ladda ner tabellen KommunKompassen: poäng per område/ }).click(),
    ]);
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith('\uFEFFOmråde;Vännäs 2016;Vännäs 2020 (egen)\r\n')).toBe(true);
    expect(csv).toContain('4. Ledarskap, ansvar och delegation;61;72\r\n');
    expect(csv).toContain('Totalt (av 800);460;495\r\n');
  });

  it('keeps the profile after a reload', async () => {
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(series).toBe(2);
    expect(await takeaway()).toContain('Vännäs 2020 (egen) fick 35 poäng mer än Vännäs 2016');
    expect(await page.locator('.evaluate-own-list').textContent()).toContain('Vännäs 2020 (egen)');
  });

  it('saves the profile as a file, reads it back, and refuses a broken file', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Spara profilen Vännäs 2020 (egen) som JSON-fil' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('kommunkompassen-vannas-2020.json');
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { areas: { score: number }[]; $schema: string };
    expect(saved.$schema).toBe('./evaluation.schema.json');
    expect(saved.areas.map((a) => a.score)).toEqual(SCORES);

    const broken = path.join(folder, 'trasig.json');
    writeFileSync(broken, '{ "framework": "kommunkompassen", "areas": [ { "area": 9 } ], "__proto__": {} }');
    const ownCount = () => page.locator('.evaluate-own-list li').count();
    expect(await ownCount()).toBe(1);
    const input = page.locator('.evaluate-editor input[type="file"]');
    await input.setInputFiles(broken);
    const alert = page.locator('.evaluate-editor .error-panel');
    await expect.poll(() => alert.textContent()).toContain('Filen trasig.json lästes inte in');
    expect(await alert.textContent()).toContain('areas[0].area');
    expect(await ownCount()).toBe(1);

    await input.setInputFiles(file);
    await expect.poll(() => page.locator('.evaluate-editor .notice').textContent()).toContain('Profilen Vännäs 2020 (egen) lästes in');
    expect(await ownCount()).toBe(2);
  });

  it('lets the profiles be chosen from the keyboard', async () => {
    const first = page.getByRole('checkbox', { name: 'Vännäs 2016' });
    await first.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => first.isChecked()).toBe(false);
    await page.keyboard.press('Space');
    await expect.poll(() => first.isChecked()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe('solid');
  });

  it('dates the evaluation plan from the start the user gives', async () => {
    const timeline = page.locator('.evaluate-timeline');
    expect(await timeline.textContent()).toContain('Nollmätning: före 1 januari 2027');
    expect(await timeline.textContent()).toContain('Uppföljning efter fyra år: från 1 januari 2031');
    await page.getByLabel('Den nya organisationen börjar').fill('2023-01-01');
    await expect.poll(() => timeline.textContent()).toContain('Halvtidsmätning (valfri): från 1 januari 2025');
    expect(page.url()).toContain('start=2023-01-01');
    await page.getByLabel('Ta med en halvtidsmätning efter två år').uncheck();
    await expect.poll(() => timeline.locator('li').count()).toBe(2);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('reads the same in English, translations beside the Swedish quotes', async () => {
    await page.getByRole('button', { name: 'In English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Evaluate the organisation');
    expect(await takeaway()).toContain('scored');
    expect(await page.locator('.evaluate-translation').first().textContent()).toContain('tug of war');
    expect(await page.locator('.evaluate-silo blockquote').first().getAttribute('lang')).toBe('sv');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'På svenska' }).click();
    expect(main.problems).toEqual([]);
  });
});

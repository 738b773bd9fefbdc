// The kanslichef's journey (issue: the officials' proposal): from "Ånge i dag" to a board draft with
// "Gör om till kommunstyrelse med utskott", the proposal saved as Word and printed as A4 PDF, and a Compare
// link holding two drafts opened in a fresh browser. The .docx is opened with JSZip and must hold the
// att-clauses, the cost table, the timetable and every example marker the page counts; the PDF must have
// "Sida n av N" on every page. Actions and time from the start to a valid board draft are reported.
import type { Page } from 'playwright-core';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, openPage, startSession, type Session, type WatchedPage } from './browser-harness';

let session: Session;
let main: WatchedPage;
let page: Page;
let boardDraftName = '';

beforeAll(async () => {
  session = await startSession();
  main = await openPage(session, '#/draft?from=ange-today');
  page = main.page;
});
afterAll(async () => {
  await session?.close();
});

const verdict = () => page.locator('.draft-verdict').textContent();

describe('the officials’ proposal', () => {
  it('turns Ånge i dag into a valid board draft in a few actions', { timeout: 120_000 }, async () => {
    const started = Date.now();
    let actions = 0;
    await expect.poll(verdict).toContain('giltigt');
    await page.getByText('Gör om till kommunstyrelse med utskott …').click();
    actions++;
    // IFO close to children and youth: the social committee joins the education committee's utskott.
    await page.locator('#draft-convert').getByLabel('Socialnämnden', { exact: true }).selectOption({ label: 'Samma utskott som Utbildningsutskottet' });
    actions++;
    await page.locator('#draft-convert').getByLabel('Namn på utskottet som Utbildningsnämnden blir').fill('Utskottet Lärande/stöd');
    actions++;
    await page.getByRole('button', { name: 'Gör om till kommunstyrelse med utskott', exact: true }).click();
    actions++;
    await expect.poll(verdict).toContain('giltigt');
    const seconds = (Date.now() - started) / 1000;
    console.log(`[proposal] Ånge i dag → board draft: ${actions} actions, ${seconds.toFixed(1)} s`);
    expect(actions).toBeLessThanOrEqual(5);
    const bodies = await page.locator('section[aria-labelledby="draft-bodies-heading"] details.draft-item summary').allTextContents();
    expect(bodies.some((b) => b.includes('Utskottet Lärande/stöd'))).toBe(true);
    expect(bodies.some((b) => b.includes('Socialnämnden'))).toBe(false);
    // One undo takes the whole conversion back, and one redo brings it again.
    await page.locator('h1').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('section[aria-labelledby="draft-bodies-heading"]').textContent()).toContain('Socialnämnden');
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.locator('section[aria-labelledby="draft-bodies-heading"]').textContent()).not.toContain('Socialnämnden');
    boardDraftName = (await page.locator('#draft-title').inputValue()) || '';
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('saves the proposal as a Word file with the clauses, the cost table, the timetable and every example marker', { timeout: 120_000 }, async () => {
    await page.getByLabel('Visa förslaget här på sidan').check();
    await page.locator('article[data-budget="done"]').waitFor({ timeout: 90_000 });
    const note = (await page.getByText(/Dokumentet märker \d+ exempelvärden/).textContent()) ?? '';
    const examples = Number(/(\d+)/.exec(note)?.[1]);
    expect(examples).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara som Word (.docx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = await (await download.createReadStream()).toArray();
    const file = Buffer.concat(bytes);
    console.log(`[proposal] docx ${file.length} bytes`);
    const zip = await JSZip.loadAsync(file);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Förslag till beslut');
    expect(text).toMatch(/att från och med den 1 januari \d{4} organisera den politiska verksamheten med en kommunstyrelse/);
    expect(text).toContain('Utskottet Lärande/stöd');
    expect(text).toContain('Politisk kostnad per år och organ (kr)');
    expect(text).toContain('Tidplan fram till att den nya organisationen börjar gälla och utvärderas');
    expect(text).toContain('Allmänna val');
    // Every marker the page counted, and the legend that explains it.
    expect(text.split('[exempel]').length - 1).toBe(examples + 1);
    // The two charts are in it as images.
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/')).length).toBe(2);
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/footer'))).toBe(true);
  });

  it('prints as A4 PDF with page numbers on every page', { timeout: 120_000 }, async () => {
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const { totalPages, text } = (await extractText(document, { mergePages: false })) as { totalPages: number; text: string[] };
    console.log(`[proposal] pdf ${totalPages} pages, ${pdf.length} bytes`);
    expect(totalPages).toBeGreaterThanOrEqual(4);
    text.forEach((pageText, i) => expect(pageText).toContain(`Sida ${i + 1} av ${totalPages}`));
    expect(text.join('\n')).toContain('[exempel]');
  });

  it('opens a Compare link with two drafts in a fresh browser, with both', { timeout: 120_000 }, async () => {
    // A second draft, from Ånge A, then Compare with the board draft chosen beside it.
    await page.goto(`${session.baseUrl}#/draft?from=ange-a`, { waitUntil: 'networkidle' });
    await expect.poll(verdict).toContain('giltigt');
    await page.getByText(/Fler utkast i Jämför och Simulera/).click();
    await page.getByLabel(boardDraftName).check();
    await page.getByRole('button', { name: 'Jämför', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/#\/compare\?models=ange-today,[a-z0-9-]+,[a-z0-9-]+&drafts=v2\./);
    const link = page.url();
    const fresh = await session.browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'sv-SE' });
    const other = await fresh.newPage();
    const problems: string[] = [];
    other.on('pageerror', (error) => problems.push(error.message));
    other.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await other.goto(link, { waitUntil: 'networkidle' });
    const headings = other.locator('[id^="chart-heading-"]');
    await expect.poll(() => headings.count(), { timeout: 30_000 }).toBe(3);
    const names = await headings.allTextContents();
    expect(names.filter((n) => n.includes('Utkast:')).length).toBe(2);
    expect(await other.getByRole('alert').count()).toBe(0);
    expect(problems).toEqual([]);
    await fresh.close();
    expect(main.problems).toEqual([]);
  });
});

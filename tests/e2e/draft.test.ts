// Journey: an official drafts a new organisation from the Munkfors model (issue 8).
// 1. `#/draft?from=munkfors` opens a new draft of Munkfors; it is valid and axe-clean.
// 2. They add a fourth utskott under KS, name it, and give it 30 members: the check shows an error with
//    its path (35 seats, but KS has only 9 + 22 to choose from) and Compare is blocked, saying why.
//    "Gå till fältet" moves focus to the field; they type 5 and the error is gone. Ctrl+Z brings the
//    error back, Ctrl+Shift+Z removes it again.
// 3. After a reload the draft is still there, with the new utskott and its 5 members.
// 4. They save it as a file; the CLI's `validate` accepts the file. Reading the file back makes a second
//    draft with the same model; a broken file, picked or dropped, is refused with its errors and changes
//    nothing.
// 5. They share a link; in a fresh browser the link opens the same draft. A corrupt link is refused
//    with a message, and nothing the user had is replaced.
// 6. A stored value that is not a draft is set aside with a message, not dropped.
// 7. They compare the valid draft with Ånge today in the Compare view, and open it in Simulate.
// 8. The print view holds only the proposal (chart, seats, budget process, checklist with Norsjö's
//    advice) and prints to a multi-page A4 PDF.
// Throughout: no accessibility violations, no console errors, no request off the machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, openPage, startSession, type Session, type WatchedPage } from './browser-harness';

let session: Session;
let main: WatchedPage;
let page: Page;
let utskottIndex = -1;
let exported = '';
const folder = mkdtempSync(path.join(tmpdir(), 'kommunmodell-draft-'));
const NAME = 'Utskottet Samhällsbyggnad';

beforeAll(async () => {
  session = await startSession();
  main = await openPage(session, '#/draft?from=munkfors');
  page = main.page;
});
afterAll(async () => {
  await session?.close();
});

const verdict = () => page.locator('.draft-verdict').textContent();
const bodyCount = () => page.locator('section[aria-labelledby="draft-bodies-heading"] details.draft-item').count();
const saved = () => expect.poll(() => page.locator('.draft-save').textContent(), { timeout: 10_000 }).toContain('Sparat');

/** The text of each page of a PDF (pdf.js through unpdf). */
async function pdfPages(pdf: Buffer): Promise<{ totalPages: number; text: string[] }> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  return (await extractText(document, { mergePages: false })) as { totalPages: number; text: string[] };
}

describe('draft view', () => {
  it('opens a new draft from Munkfors, valid and accessible', async () => {
    await expect.poll(() => page.locator('h1').textContent()).toBe('Utkast till ny organisation');
    await expect.poll(() => page.url()).toMatch(/#\/draft\?id=d[a-z0-9-]+$/);
    await expect.poll(verdict).toContain('Utkastet är giltigt');
    expect(await page.locator('#draft-title').inputValue()).toBe('Utkast från Munkfors: kommunstyrelse med tre utskott');
    expect(await bodyCount()).toBe(7);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('adds an utskott, shows an error inline and fixes it there', async () => {
    await page.getByRole('button', { name: 'Lägg till utskott' }).click();
    await expect.poll(bodyCount).toBe(8);
    // Focus moves to the new body's name.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/^f-bodies-\d+-name-sv$/);
    const id = (await page.evaluate(() => document.activeElement?.id)) ?? '';
    utskottIndex = Number(/\d+/.exec(id)?.[0]);
    await page.locator(`#${id}`).fill(NAME);
    const members = page.locator(`#f-bodies-${utskottIndex}-members`);
    await members.fill('30');

    await expect.poll(verdict).toContain('Utkastet har 1 fel');
    const error = page.locator('.draft-issues .issue-error').first();
    await expect.poll(() => error.textContent()).toContain(`${NAME} har 35 platser`);
    expect(await error.textContent()).toContain(`bodies[${utskottIndex}].members`);
    expect(await error.textContent()).toContain('Fel:');
    // The same message under the field itself, and the field marked invalid.
    expect(await page.locator(`#f-bodies-${utskottIndex}-members-issues`).textContent()).toContain('35 platser');
    expect(await members.getAttribute('aria-invalid')).toBe('true');
    // An invalid draft cannot be compared, and says why.
    expect(await page.getByRole('button', { name: 'Jämför', exact: true }).isDisabled()).toBe(true);
    expect(await page.locator('#draft-compare-why').textContent()).toContain('kan inte jämföras eller simuleras');
    expect(await accessibilityViolations(page)).toEqual([]);

    await error.getByRole('button', { name: /Gå till fältet/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`f-bodies-${utskottIndex}-members`);
    await members.fill('5');
    await expect.poll(verdict).toContain('Utkastet är giltigt');
    expect(await members.getAttribute('aria-invalid')).toBeNull();

    await page.keyboard.press('Control+z');
    await expect.poll(verdict).toContain('Utkastet har 1 fel');
    await expect.poll(() => members.inputValue()).toBe('30');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(verdict).toContain('Utkastet är giltigt');
    await expect.poll(() => members.inputValue()).toBe('5');
    expect(await page.getByRole('button', { name: 'Jämför', exact: true }).isDisabled()).toBe(false);
    await saved();
  });

  it('keeps the draft after a reload', async () => {
    const url = page.url();
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.url()).toBe(url);
    await expect.poll(bodyCount).toBe(8);
    await page.locator(`#f-bodies-${utskottIndex} > summary`).click();
    expect(await page.locator(`#f-bodies-${utskottIndex}-name-sv`).inputValue()).toBe(NAME);
    expect(await page.locator(`#f-bodies-${utskottIndex}-members`).inputValue()).toBe('5');
    await expect.poll(verdict).toContain('Utkastet är giltigt');
  });

  it('saves a file the CLI accepts, reads it back as a new draft, and refuses a broken one', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara som fil' }).click()]);
    exported = path.join(folder, download.suggestedFilename());
    await download.saveAs(exported);
    // The draft is an organisation of its own: its id comes from its title, not from Munkfors.
    expect(download.suggestedFilename()).toMatch(/^kommunmodell-utkast-fran-munkfors-[a-z0-9-]+\.json$/);
    const model = JSON.parse(readFileSync(exported, 'utf8')) as { bodies: { name: { sv: string }; members: number }[] };
    expect(model.bodies.find((b) => b.name.sv === NAME)?.members).toBe(5);
    const cli = spawnSync(process.execPath, ['bin/kommunmodell.mjs', 'validate', exported], { encoding: 'utf8', timeout: 60_000 });
    expect(cli.stdout).toContain('giltig (0 fel');
    expect(cli.status).toBe(0);

    const firstTitle = await page.locator('#draft-title').inputValue();
    const firstId = /id=([a-z0-9-]+)/.exec(page.url())?.[1] ?? '';
    const broken = path.join(folder, 'trasig.json');
    writeFileSync(broken, '{ "id": "x", "bodies": [ }');
    await page.locator('input[type=file]').setInputFiles(broken);
    const alert = page.getByRole('alert').filter({ hasText: 'trasig.json' });
    await expect.poll(() => alert.textContent()).toContain('Inget har ändrats');
    expect(await alert.textContent()).toContain('Ogiltig JSON på rad 1');
    expect(await page.locator('#draft-title').inputValue()).toBe(firstTitle);
    expect(await page.locator('#draft-open option').count()).toBe(1);
    // Dropped on the page, a broken file is refused the same way.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['{"id": 1}'], 'slappt.json', { type: 'application/json' }));
      const target = document.querySelector('.draft-page');
      target?.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      target?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    const dropped = page.getByRole('alert').filter({ hasText: 'slappt.json' });
    await expect.poll(() => dropped.textContent()).toContain('Inget har ändrats');
    expect(await dropped.textContent()).toContain('`id`');
    expect(await page.locator('#draft-open option').count()).toBe(1);

    await page.locator('input[type=file]').setInputFiles(exported);
    await expect.poll(() => page.locator('#draft-title').inputValue()).toBe(`Inläst från ${path.basename(exported)}`);
    expect(await page.locator('#draft-open option').count()).toBe(2);
    await expect.poll(bodyCount).toBe(8);
    await expect.poll(verdict).toContain('Utkastet är giltigt');
    // Back to the first draft.
    await page.locator('#draft-open').selectOption(firstId);
    await expect.poll(() => page.locator('#draft-title').inputValue()).toBe(firstTitle);
  });

  it('opens a shared link in a new browser, and refuses a corrupt one without replacing anything', async () => {
    await page.getByRole('button', { name: 'Dela som länk' }).click();
    const link = await page.locator('#draft-share-link').inputValue();
    expect(link).toContain('#/draft?share=');
    const other = await openPage(session, link.slice(link.indexOf('#')));
    await expect.poll(() => other.page.locator('#draft-title').inputValue()).toMatch(/^Delat utkast /);
    await expect.poll(() => other.page.url()).toMatch(/#\/draft\?id=/);
    expect(await other.page.locator('section[aria-labelledby="draft-bodies-heading"] details.draft-item').count()).toBe(8);
    expect(await other.page.getByText(NAME).count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(other.page)).toEqual([]);
    expect(other.problems).toEqual([]);

    const fresh = await openPage(session, '#/draft?share=Tm90IGEgZHJhZnQ');
    await expect.poll(() => fresh.page.getByRole('alert').first().textContent()).toContain('Länken kunde inte öppnas som utkast');
    await fresh.page.getByRole('heading', { name: 'Börja ett utkast' }).waitFor();
    expect(await accessibilityViolations(fresh.page)).toEqual([]);
    expect(fresh.problems).toEqual([]);

    const before = await page.locator('#draft-open option').count();
    const title = await page.locator('#draft-title').inputValue();
    await page.goto(`${session.baseUrl}#/draft?share=${'x'.repeat(70_000)}`);
    const refused = page.getByRole('alert').filter({ hasText: 'Länken kunde inte öppnas som utkast' });
    await expect.poll(() => refused.count()).toBe(1);
    expect(await refused.textContent()).toContain('för lång');
    await expect.poll(() => page.locator('#draft-title').inputValue()).toBe(title);
    expect(await page.locator('#draft-open option').count()).toBe(before);
  });

  it('sets aside a stored value that is not a draft, with a message', async () => {
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('kommunmodell-drafts');
          request.onsuccess = () => {
            const transaction = request.result.transaction('drafts', 'readwrite');
            transaction.objectStore('drafts').put({ format: 'something else' }, 'draft:foreign');
            transaction.oncomplete = () => resolve();
            transaction.onerror = () => reject(transaction.error);
          };
          request.onerror = () => reject(request.error);
        }),
    );
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'har lagts åt sidan' }).count()).toBe(1);
    await expect.poll(() => page.locator('.draft-set-aside summary').textContent()).toContain('(1)');
    await expect.poll(bodyCount).toBe(8);
  });

  it('compares and simulates the valid draft beside Ånge today', { timeout: 60_000 }, async () => {
    await page.getByRole('button', { name: 'Jämför', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/#\/compare\?models=ange-today,[a-z0-9-]+&drafts=v2\./);
    await expect.poll(() => page.locator('[id^="chart-heading-"]').last().textContent()).toContain('Utkast: Munkfors');
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.goBack();
    await expect.poll(bodyCount).toBe(8);
    await page.getByRole('button', { name: 'Simulera', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/#\/simulate\?models=ange-today,[a-z0-9-]+&drafts=v2\./);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 30_000 }).toContain('Utkast: Munkfors');
    expect(await page.getByRole('alert').filter({ hasText: 'utkast' }).count()).toBe(0);
    await page.goBack();
    await expect.poll(bodyCount).toBe(8);
  });

  it('prints only the proposal, to a multi-page A4 PDF', { timeout: 120_000 }, async () => {
    // On screen the proposal is shown on request, and is accessible too.
    await page.getByLabel('Visa förslaget här på sidan').check();
    await page.getByRole('heading', { name: 'Styrdokument att uppdatera samtidigt' }).waitFor();
    await page.locator('article[data-budget="done"]').waitFor({ timeout: 60_000 });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const proposal = page.locator('article.draft-proposal');
    await expect.poll(() => proposal.isVisible()).toBe(true);
    expect(await page.locator('.draft-form').isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    const text = (await proposal.textContent()) ?? '';
    for (const expected of [
      'Förslag till beslut',
      'Organisationsschema',
      'Politiska organ med ledamöter, ersättare och sammanträden',
      'Ledamöter + ersättare per parti i varje organ',
      'Budgetprocessen i steg',
      'Simulerad budgetprocess',
      'Förvaltningsorganisation',
      'Tidplan',
      'Styrdokument att uppdatera samtidigt',
      'Reglemente för Kommunstyrelsen',
      'Arbetsordning för Kommunfullmäktige',
      'Arvodesreglemente',
      'attestreglemente',
      'budgetkalender',
      'minst två år',
      NAME,
    ]) {
      expect(text).toContain(expected);
    }
    expect(await proposal.locator('button:visible').count()).toBe(0);
    // The print stylesheet's A4 page and margins, as the browser's own print dialog uses them.
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(30_000);
    const { totalPages, text: pageTexts } = await pdfPages(pdf);
    expect(totalPages).toBeGreaterThanOrEqual(3);
    pageTexts.forEach((pageText, i) => expect(pageText).toContain(`Sida ${i + 1} av ${totalPages}`));
    await page.emulateMedia({ media: 'screen' });
    expect(main.problems).toEqual([]);
  });
});

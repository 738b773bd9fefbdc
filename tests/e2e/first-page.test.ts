// Journey: a member of the working group opens the tool for the first time.
// 1. The start page (Swedish) lists every shipped organisation with its derived facts.
// 2. With the keyboard only, they skip to the content and open Munkfors's full facts:
//    KS 9 ledamöter + 22 ersättare, three utskott of 5 + 5, seats per party filled proportionally.
// 3. They switch to English; the page is in English, and a reload keeps English.
// 4. A mistyped link (unknown route, unknown model) shows a plain message with a way back.
// Throughout: no accessibility violations (axe, WCAG 2.1 AA), no console errors, no request off the machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, openPage, startSession, type Session } from './browser-harness';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

describe('first page', () => {
  it('lists the shipped organisations and opens one with the keyboard', async () => {
    const { page, problems } = await openPage(session, '#/');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Organisationer i verktyget');
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(7);
    const munkforsRow = page.locator('tbody tr', { hasText: 'Munkfors' });
    await expect.poll(() => munkforsRow.locator('td').first().textContent()).toBe('Kommunstyrelse med utskott');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Keyboard: the first Tab reaches the skip link, then the content can be entered and links followed.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator(':focus').textContent()).toBe('Hoppa till innehållet');
    // The answer first: what the tool holds, in one sentence computed from the model files.
    await expect.poll(() => page.locator('[data-takeaway]').textContent()).toMatch(/^\d+ organisationer från \d+ kommuner: /);
    expect(await page.locator('.model-card').count()).toBe(await rows.count());
    const link = page.locator('.model-cards a[href="#/model/munkfors"]');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#\/model\/munkfors$/);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Munkfors');
    await expect.poll(() => page.locator('[data-takeaway]').textContent()).toContain('Ett organ håller kommunens');
    await page.getByRole('img', { name: /Organisationsschema: Munkfors/ }).waitFor({ state: 'visible' });
    const ks = page.locator('table', { hasText: 'Politiska organ med platser' }).locator('tr', { hasText: 'Kommunstyrelse' }).first();
    await expect.poll(() => ks.locator('td').nth(2).textContent()).toBe('9');
    await expect.poll(() => ks.locator('td').nth(3).textContent()).toBe('22');
    await page.getByRole('heading', { name: 'Platser per parti' }).waitFor({ state: 'visible' });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('switches to English and keeps the choice after a reload', async () => {
    const { page, problems } = await openPage(session, '#/model/ange-today');
    await page.getByRole('button', { name: 'In English' }).click();
    await page.getByRole('heading', { name: 'Figures computed from the model file' }).waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Figures computed from the model file' }).waitFor({ state: 'visible' });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'På svenska' }).click();
    await page.getByRole('heading', { name: 'Uppgifter räknade ur modellfilen' }).waitFor({ state: 'visible' });
    expect(problems).toEqual([]);
  });

  it('answers a mistyped link with a message and a way back', async () => {
    const { page, problems } = await openPage(session, '#/nowhere?x=<script>');
    await page.getByText('Sidan finns inte.').waitFor({ state: 'visible' });
    await page.goto(session.baseUrl + '#/model/__proto__');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Det finns ingen organisation med id __proto__');
    await page.getByRole('link', { name: 'Till startsidan' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Organisationer i verktyget');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

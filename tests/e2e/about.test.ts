// Journey: a sceptical member reads the About page before believing a number (issue 6).
// 1. The page names the app version (the one in package.json) and says nothing leaves the machine.
// 2. Every mechanism's formulas are written out as the code implements them (θ = κ + (1 − κ)·s, the bids,
//    the allocative loss, the monthly cost, the trapped surplus), and the assumption ledger lists each
//    parameter with its baseline value, unit, source and whether it is contested.
// 3. The verified law paragraphs are listed with where they were checked; those the code cites without
//    verification are marked as such; the five seed documents and the models' sources are listed.
// 4. The contents jump to a section with the keyboard; the page reads in English too.
// Throughout: axe clean, no console errors, no request off the machine.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, openPage, startSession, type Session } from './browser-harness';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

describe('about page', () => {
  it('writes out every formula, assumption, law and source, with the version', async () => {
    const { page, problems } = await openPage(session, '#/about');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Om verktyget: antaganden, formler och källor');
    const text = await page.locator('main').innerText();
    expect(text).toContain(`Version ${version}.`);
    expect(text).toContain('ingenting skickas någonstans');
    for (const formula of [
      'θ_a = κ + (1 − κ) · s_a',
      's_a = ω · s_budgetansvarig + (1 − ω) · s_beredande',
      'x_a = β_a / (θ_a · λ)',
      'Fördelningsförlust = R · Σ_a p_a · ln(p_a / q_a)',
      'kostnad_a,m = plan_a,m · (1 + trend + σ_a · volatilitet · ε_a,m)',
      'Instängt överskott = max över månaderna av min(Σ överskott, Σ underskott)',
      'Körning i använder fröet (scenariots frö + i) mod 2³²',
    ]) {
      expect(text).toContain(formula);
    }
    const ledger = page.locator('table', { hasText: 'Scenariots antaganden' });
    const kappa = ledger.locator('tr', { hasText: 'κ – hur mycket ledamöterna ser till hela kommunen' });
    await expect.poll(() => kappa.locator('td').first().textContent()).toBe('0,80');
    expect(await kappa.textContent()).toContain('Omstritt');
    const law = page.locator('table', { hasText: 'Kontrollerade lagrum' });
    // Ten paragraphs checked against the bill's commentary; what was checked is not listed again as unchecked.
    expect(await law.locator('tbody tr').count()).toBe(10);
    expect(await law.textContent()).toContain('Kommunallag (2017:725) 6 kap. 1 §');
    expect(await law.textContent()).toContain('Kommunallag (2017:725) 11 kap. 16 §');
    const unchecked = (await page.locator('table', { hasText: 'Hänvisningar i koden, inte kontrollerade här' }).textContent()) ?? '';
    expect(unchecked).toContain('6 kap. 37 §');
    expect(unchecked).not.toContain('11 kap. 16 §');
    expect(unchecked).not.toContain('11 kap. 12 §');
    expect(text).toContain('002_297859565b2dff9a.txt');
    expect(await page.locator('table', { hasText: 'Källor som modellfilerna anger' }).locator('tbody tr').count()).toBeGreaterThan(10);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The contents move the focus to the section asked for.
    await page.getByRole('link', { name: 'Lagrum' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(':focus').textContent()).toBe('Lagrum');
    expect(new URL(page.url()).hash).toBe('#/about');
    expect(problems).toEqual([]);
  });

  it('reads in English', async () => {
    const { page, problems } = await openPage(session, '#/about');
    await page.getByRole('button', { name: 'In English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('About the tool: assumptions, formulas and sources');
    expect(await page.locator('main').innerText()).toContain('θ_a = κ + (1 − κ) · s_a');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'På svenska' }).click();
    expect(problems).toEqual([]);
  });
});

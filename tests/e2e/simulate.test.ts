// Journeys through the Simulate view (issue 6), in real Chromium against the built site:
// 1. A member opens the link from the minutes (Ånge today against proposal A under the IFO shock, seed 1):
//    the pipes show the year's end, the summary says how much was trapped in a silo; they play the year,
//    step back a month, and the link follows; with reduced motion there is no play, only steps.
// 2. They add a shock in the assumption ledger and see the result change, edit it, remove it and see the
//    original result again — all through the link.
// 3. Moving the κ slider re-runs the example year of three models and redraws: input-to-redraw is timed
//    over 20 changes (median and p95 printed; only a generous bound is asserted).
// 4. They run Monte Carlo (1,000 runs × 3 models) in Web Workers: a progress bar, the distributions, the
//    wall time and main-thread tasks over 50 ms printed; then they start 5,000 runs and cancel them.
// 5. They save a snapshot, open another link, re-open the snapshot and get the same numbers; a tampered,
//    a corrupt and a foreign-version file are refused and change nothing.
// 6. A hostile link shows what was wrong and still runs; the robustness sweep says in words who is ahead.
// Throughout: axe clean (WCAG 2.1 AA), no console errors, no request off the machine.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, openPage, startSession, type Session } from './browser-harness';

const LINK = '#/simulate?models=ange-today,ange-a&scenario=ifo-shock&seed=1';
const THREE = '#/simulate?models=ange-today,ange-a,munkfors&scenario=ifo-shock&seed=1';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const summaryText = (page: Page) => page.locator('.summary-section').innerText();
const pipesTitle = (page: Page) => page.locator('.simulate-section svg[role="img"] title').first().textContent();
const hashOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash);

function percentile(sorted: number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.min(sorted.length - 1, low + 1);
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (position - low);
}

describe('simulate view', () => {
  it('opens the link from the minutes and plays the year', async () => {
    const { page, problems } = await openPage(session, LINK);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Simulera ett budgetår');
    await expect.poll(() => pipesTitle(page)).toBe('Budgetprognos per budgetansvarigt organ efter december');
    // The committee organisation has four separate pipes; proposal A one holder in joined vessels.
    const description = (await page.locator('.simulate-section svg[role="img"] desc').first().textContent()) ?? '';
    expect(description).toContain('Socialnämnden');
    expect(description).toContain('en gemensam budget i 4 kommunicerande kärl');
    const summary = await summaryText(page);
    expect(summary).toContain('Ett exempelår (slumpfrö');
    expect(summary).toMatch(/Som mest låg \d+,\d mnkr instängt/);
    expect(summary).toContain('Kommunstyrelsen håller alla ramar, men bara 70 % av en sektors överskott');
    expect(summary).toContain('omstridda exempelvärden');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Föregående månad' }).click();
    await expect.poll(() => pipesTitle(page)).toBe('Budgetprognos per budgetansvarigt organ efter november');
    await expect.poll(() => hashOf(page)).toContain('month=11');

    // Play from January: the month advances by itself, once a second, and the link follows.
    await page.locator('.month-player input[type="range"]').fill('1');
    await expect.poll(() => pipesTitle(page)).toBe('Budgetprognos per budgetansvarigt organ efter januari');
    await page.getByRole('button', { name: 'Spela året' }).click();
    await expect.poll(() => pipesTitle(page), { timeout: 5000 }).toBe('Budgetprognos per budgetansvarigt organ efter mars');
    await page.getByRole('button', { name: 'Pausa' }).click();
    const paused = await pipesTitle(page);
    await page.waitForTimeout(1500);
    expect(await pipesTitle(page)).toBe(paused);
    expect(hashOf(page)).toMatch(/month=[3-5]/);
    // The decisions of the spring are marked with their meetings.
    await page.locator('.month-player input[type="range"]').fill('6');
    await expect.poll(() => page.locator('.simulate-section svg[role="img"] desc').first().textContent()).toContain(
      'Socialnämnden: egna åtgärder',
    );
    expect(problems).toEqual([]);
  });

  it('steps instead of playing when the system asks for reduced motion', async () => {
    const { page, problems } = await openPage(session, LINK);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(() => page.getByRole('button', { name: 'Spela året' }).count()).toBe(0);
    await expect.poll(() => page.getByText('minskade rörelser').count()).toBe(1);
    await page.getByRole('button', { name: 'Föregående månad' }).click();
    await expect.poll(() => pipesTitle(page)).toContain('november');
    expect(problems).toEqual([]);
  });

  it('changes the result when a shock is added, edited and removed', async () => {
    const { page, problems } = await openPage(session, LINK);
    await expect.poll(() => summaryText(page)).toContain('Ett exempelår');
    // The example year is chosen once the many-year run is done; compare against the summary after that.
    await expect.poll(() => page.locator('[data-mc-status]').getAttribute('data-mc-status'), { timeout: 30_000 }).toBe('done');
    const before = await summaryText(page);
    await page.getByRole('button', { name: 'Lägg till chock' }).click();
    await expect.poll(() => hashOf(page)).toContain('shocks=cost:ifo:5:8,cost:ifo:5:5');
    await expect.poll(() => summaryText(page)).not.toBe(before);
    const withShock = await summaryText(page);
    // The second shock's amount becomes 20 MSEK.
    const amount = page.getByLabel('Extra kostnad under resten av året (mnkr)').nth(1);
    await amount.fill('20');
    await expect.poll(() => hashOf(page)).toContain('shocks=cost:ifo:5:8,cost:ifo:5:20');
    await expect.poll(() => summaryText(page)).not.toBe(withShock);
    expect(await page.locator('.ledger-entry.edited').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Ta bort chock 2' }).click();
    await expect.poll(() => hashOf(page)).not.toContain('shocks=');
    await expect.poll(() => summaryText(page), { timeout: 30_000 }).toBe(before);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('redraws three models within a frame or so when κ moves (timed over 20 changes)', async () => {
    const { page, problems } = await openPage(session, THREE);
    await expect.poll(() => page.locator('.simulate-results').getAttribute('data-rendered')).not.toBe('0');
    const slider = page.getByLabel('κ – hur mycket ledamöterna ser till hela kommunen');
    await slider.focus();
    const timings = await page.evaluate(async () => {
      const input = document.activeElement as HTMLInputElement;
      const results = document.querySelector('.simulate-results') as HTMLElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      const commits: number[] = [];
      const frames: number[] = [];
      for (let i = 0; i < 20; i++) {
        await nextFrame();
        const before = results.getAttribute('data-rendered');
        const value = (0.05 * ((i % 19) + 1)).toFixed(2);
        const start = performance.now();
        setValue?.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        while (results.getAttribute('data-rendered') === before) await new Promise((r) => setTimeout(r, 0));
        commits.push(performance.now() - start);
        frames.push((await nextFrame()) - start);
      }
      return { commits, frames };
    });
    const commits = [...timings.commits].sort((a, b) => a - b);
    const frames = [...timings.frames].sort((a, b) => a - b);
    const report = {
      commitMedianMs: percentile(commits, 0.5),
      commitP95Ms: percentile(commits, 0.95),
      frameMedianMs: percentile(frames, 0.5),
      frameP95Ms: percentile(frames, 0.95),
    };
    console.log(`slider → redraw, 3 models, 20 changes: ${JSON.stringify(report)}`);
    writeFileSync(path.join(tmpdir(), 'kommunmodell-slider-timing.json'), JSON.stringify(report));
    // A generous bound only: timing on a shared test machine varies.
    expect(report.commitMedianMs).toBeLessThan(250);
    await expect.poll(() => hashOf(page)).toContain('kappa=');
    expect(problems).toEqual([]);
  });

  it('runs 1,000 runs of three models off the main thread, shows distributions, and cancels a run', async () => {
    const { page, problems } = await openPage(session, THREE);
    // The view runs 500 paired years by default; wait for that run before asking for 1,000.
    await expect.poll(() => page.locator('[data-mc-status]').getAttribute('data-mc-status'), { timeout: 30_000 }).toBe('done');
    await page.evaluate(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: false });
    });
    const clicked = await page.evaluate(() => performance.now());
    await page.getByLabel('Körningar', { exact: true }).selectOption('1000');
    await expect.poll(() => page.locator('progress#mc-progress').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.locator('[data-mc-status]').getAttribute('data-mc-status'), { timeout: 30_000 }).toBe('done');
    const done = await page.evaluate(() => performance.now());
    const workerMs = Number(await page.locator('[data-mc-status]').getAttribute('data-mc-ms'));
    const longTasks = await page.evaluate(
      ([from, to]) => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks.filter((t) => t.start >= (from ?? 0) && t.start <= (to ?? 0)),
      [clicked, done],
    );
    console.log(
      `Monte Carlo 1000 runs × 3 models: ${workerMs} ms from start to result (${Math.round(done - clicked)} ms from the click, incl. a 300 ms pause); main-thread tasks over 50 ms while it ran: ${JSON.stringify(longTasks.map((t) => Math.round(t.duration)))}`,
    );
    writeFileSync(path.join(tmpdir(), 'kommunmodell-mc-timing.json'), JSON.stringify({ workerMs, fromClickMs: done - clicked, longTasks }));
    expect(hashOf(page)).toContain('runs=1000');
    const table = page.locator('table', { hasText: 'Utfall över alla körningar' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(16);
    // Never a single number: every cell is a median with its 10–90 % range.
    const cell = (await table.locator('tbody tr').first().locator('td').first().textContent()) ?? '';
    expect(cell).toMatch(/^−?[\d\s]+,\d \(−?[\d\s]+,\d–−?[\d\s]+,\d\)$/);
    expect(await page.locator('svg[role="img"] title', { hasText: 'Median och 10–90 %' }).count()).toBe(1);
    expect(await page.locator('svg[role="img"] title', { hasText: 'Fördelning över körningarna' }).count()).toBe(1);
    expect(await summaryText(page)).toContain('1000 körningar');
    expect(await accessibilityViolations(page)).toEqual([]);

    // A bigger run, cancelled: nothing is shown until it runs again, and the page still answers.
    await page.getByLabel('Körningar', { exact: true }).selectOption('5000');
    await expect.poll(() => page.locator('progress#mc-progress').count(), { timeout: 10_000 }).toBe(1);
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await expect.poll(() => page.locator('[data-mc-status]').getAttribute('data-mc-status')).toBe('cancelled');
    await expect.poll(() => page.getByText('Körningen avbröts').count()).toBe(1);
    expect(await page.locator('table', { hasText: 'Utfall över alla körningar' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Föregående månad' }).click();
    await expect.poll(() => pipesTitle(page)).toContain('november');
    expect(problems).toEqual([]);
  });

  it('saves a snapshot and re-opens it with the same numbers; refuses broken ones and changes nothing', async () => {
    const edited = `${LINK}&month=8&kappa=0.55&shocks=cost:ifo:5:8,revenue:9:-1.5`;
    const { page, problems } = await openPage(session, edited);
    await expect.poll(() => summaryText(page)).toContain('Ett exempelår');
    // The example year is chosen once the many-year run is done; capture the summary after that.
    await expect.poll(() => page.locator('[data-mc-status]').getAttribute('data-mc-status'), { timeout: 30_000 }).toBe('done');
    const original = await summaryText(page);
    const originalHash = hashOf(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara ögonblicksbild' }).click()]);
    const file = path.join(tmpdir(), 'kommunmodell-snapshot.json');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^kommunmodell-simulering-ange-today-ange-a-ifo-shock-fro-1\.json$/);
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(snapshot.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(snapshot.appVersion).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);

    // Somewhere else entirely, then back through the file.
    await page.goto(`${session.baseUrl}#/simulate?models=munkfors&scenario=baseline&seed=9`);
    await expect.poll(() => summaryText(page)).not.toBe(original);
    const chooser = page.getByLabel('Öppna ögonblicksbild');
    await chooser.setInputFiles(file);
    await expect.poll(() => page.getByText('Ögonblicksbilden öppnades').count()).toBe(1);
    await expect.poll(() => summaryText(page)).toBe(original);
    expect(hashOf(page)).toBe(originalHash);

    // A tampered file (the seed changed by hand), a corrupt one and one from another version: refused.
    const refuse = async (name: string, content: string, message: string) => {
      const bad = path.join(tmpdir(), name);
      writeFileSync(bad, content);
      const hashBefore = hashOf(page);
      await chooser.setInputFiles(bad);
      await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Ögonblicksbilden öppnades inte' }).textContent()).toContain(message);
      expect(hashOf(page)).toBe(hashBefore);
      expect(await summaryText(page)).toBe(original);
    };
    await refuse('tampered.json', JSON.stringify({ ...snapshot, seed: 2 }), 'kontrollsumman stämmer inte');
    await refuse('corrupt.json', readFileSync(file, 'utf8').slice(0, 500), 'trasig eller inte JSON');
    await refuse('other-version.json', JSON.stringify({ ...snapshot, formatVersion: 99 }), 'annat format (version 99)');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('answers a hostile link with what was wrong, and still runs', async () => {
    const { page, problems } = await openPage(
      session,
      '#/simulate?models=__proto__,ange-a&scenario=<script>&seed=-1&kappa=NaN&shocks=garbage,cost:nowhere:5:8&month=99',
    );
    const alert = page.getByRole('alert').first();
    await expect.poll(() => alert.textContent()).toContain('Det finns ingen organisation med id "__proto__"');
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('Det finns inget inbyggt scenario "<script>"');
    expect(text).toContain('Värdet "NaN" för kappa');
    expect(text).toContain('Chocken "garbage" kunde inte läsas');
    expect(text).toContain('Ingen organisation har verksamheten "nowhere"');
    await expect.poll(() => pipesTitle(page)).toBe('Budgetprognos per budgetansvarigt organ efter december');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('sweeps κ and says in words for which values each organisation comes out ahead', async () => {
    const { page, problems } = await openPage(session, LINK);
    await page.getByRole('button', { name: /Kör analysen \(\d+ värden/ }).click();
    await expect.poll(() => page.locator('[data-sweep-status]').getAttribute('data-sweep-status'), { timeout: 60_000 }).toBe('done');
    const words = page.locator('#simulate-robust-heading ~ ul.summary-list li');
    await expect.poll(() => words.count()).toBeGreaterThan(5);
    const trapped = (await words.filter({ hasText: 'Instängt överskott' }).textContent()) ?? '';
    expect(trapped).toContain('Ånge förslag A');
    expect(trapped).toMatch(/kommer bäst ut för alla värden på κ|beror på κ/);
    expect(await page.locator('svg[role="img"] title', { hasText: 'mot κ' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('speaks English when asked', async () => {
    const { page, problems } = await openPage(session, LINK);
    await page.getByRole('button', { name: 'In English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Simulate a budget year');
    await expect.poll(() => pipesTitle(page)).toBe('Budget forecast per budget holder after December');
    expect(await summaryText(page)).toContain('An example year (random seed');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'På svenska' }).click();
    expect(problems).toEqual([]);
  });
});

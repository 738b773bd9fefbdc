// Journey: an official explains to the working group how a matter moves in each organisation.
// 1. They open the shared link #/process?machine=matter&models=ange-today,ange-a&seed=1: the matter statechart
//    with its initial state lit, and a cross-area matter's journey through both Ånge organisations.
// 2. With the keyboard only they step through the journey (arrow keys, End, Home) and see the committee
//    organisation take longer, with more handovers, than KS with utskott.
// 3. With the keyboard they fire a transition in the diagram; the lit state and the event log follow, and
//    the link remembers the event.
// 4. They switch the process to reorganisation and see Norsjö's advice as conditions of the machine.
// 5. They switch to English.
// 6. A mangled link names what is wrong and still shows the view.
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

const LINK = '#/process?machine=matter&models=ange-today,ange-a&seed=1';

describe('process view', () => {
  it('steps through a matter with the keyboard, fires a transition, switches process and language', async () => {
    const { page, problems } = await openPage(session, LINK);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Processer: hur ärenden och budgetavvikelser rör sig');
    await expect.poll(() => page.locator('.playground-current strong').textContent()).toBe('Inkommet och diariefört');
    await expect.poll(() => page.locator('.sc-active.sc-simple').getAttribute('data-state-id')).toBe('received');
    const compare = page.locator('table.journey-compare');
    await expect.poll(() => compare.locator('tr', { hasText: 'Överlämningar' }).locator('td').allTextContents()).toEqual(['3', '1']);
    expect(await accessibilityViolations(page)).toEqual([]);

    // 2. The journey widget takes the arrow keys once it has focus.
    const widget = page.getByRole('group', { name: /Ärendets väg steg för steg/ });
    await widget.focus();
    await expect.poll(() => page.locator('#journey-position').textContent()).toMatch(/^Steg 1 av \d+: /);
    // Every day on which something happens in either organisation is a step; the matter needs at least
    // arrival, draft, two committee decisions and the close in the committee organisation.
    const steps = Number(/av (\d+)/.exec((await page.locator('#journey-position').textContent()) ?? '')?.[1]);
    expect(steps).toBeGreaterThanOrEqual(5);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#journey-position').textContent()).toMatch(/^Steg 3 av \d+: /);
    await expect.poll(() => page.url()).toMatch(/step=2/);
    // Both lists mark their current step.
    await expect.poll(() => page.locator('.journey-steps li[aria-current="step"]').count()).toBe(2);
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('#journey-position').textContent()).toMatch(new RegExp(`^Steg ${steps} av ${steps}: `));
    const lastStep = page.locator('.journey-column').first().locator('li[aria-current="step"]');
    await expect.poll(() => lastStep.textContent()).toContain('Socialnämnden');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('#journey-position').textContent()).toMatch(new RegExp(`^Steg ${steps - 1} av ${steps}: `));
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('#journey-position').textContent()).toMatch(/^Steg 1 av \d+: /);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('journey-widget'))).toBe(true);

    // 3. Tab from the diagram's scroll box reaches the transition that can fire; Enter fires it.
    await page.locator('.sc-scroll').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Skicka händelsen: Diarieförs och fördelas',
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.playground-current strong').textContent()).toBe('Bereds av tjänstepersoner');
    await expect.poll(() => page.locator('.sc-active.sc-simple').getAttribute('data-state-id')).toBe('preparedByOfficials');
    await expect.poll(() => page.locator('.event-log li').allTextContents()).toEqual(['Diarieförs och fördelas → Bereds av tjänstepersoner']);
    await expect.poll(() => page.url()).toMatch(/events=matter\.assigned/);
    // The list beside the diagram sends events too: the officials finish the draft.
    await page.getByRole('button', { name: 'Tjänsteskrivelsen är klar', exact: true }).click();
    await expect.poll(() => page.locator('.playground-current strong').textContent()).toBe('Beslut av beredande organ');
    expect(await accessibilityViolations(page)).toEqual([]);

    // 4. Reorganisation: Norsjö's advice, and the new term cannot start before its conditions hold.
    await page.getByLabel('Process', { exact: true }).selectOption('reorganisation');
    await page.getByRole('heading', { name: 'Flödesbild över stegen: Omorganisation' }).waitFor({ state: 'visible' });
    await page.getByRole('heading', { name: 'Norsjös råd, inbyggt i processen' }).waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('.norsjo').textContent()).toContain('Tar minst två år att sätta omorganisationen');
    await expect.poll(() => page.locator('.norsjo').textContent()).toContain('källdokument 002');
    await expect.poll(() => page.locator('.event-log li').count()).toBe(0);
    await page.getByRole('button', { name: 'Skicka händelsen En månad går tolv gånger' }).click();
    await expect.poll(() => page.locator('.norsjo').textContent()).toContain('Förberedelsetid hittills: 12 av minst 24 månader.');
    expect(await accessibilityViolations(page)).toEqual([]);

    // 5. English.
    await page.getByRole('button', { name: 'In English' }).click();
    await page.getByRole('heading', { name: 'Process: how matters and budget deviations move' }).waitFor({ state: 'visible' });
    await page.getByRole('heading', { name: 'Norsjö’s advice, built into the process' }).waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('.norsjo').textContent()).toContain('Preparation so far: 12 of at least 24 months.');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'På svenska' }).click();
    await page.getByRole('heading', { name: 'Flödesbild över stegen: Omorganisation' }).waitFor({ state: 'visible' });
    expect(problems).toEqual([]);
  });

  it('names what is wrong in a mangled link and still shows the view', async () => {
    const { page, problems } = await openPage(session, '#/process?machine=<img src=x>&models=nowhere&seed=abc&events=x.y&step=999');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Det finns ingen process som heter "<img src=x>"');
    await expect.poll(() => alert.textContent()).toContain('Det finns ingen organisation med id "nowhere"');
    await expect.poll(() => alert.textContent()).toContain('Slumpfröet "abc"');
    await expect.poll(() => alert.textContent()).toContain('Steget "999" finns inte');
    await page.getByRole('heading', { name: 'Flödesbild över stegen: Ärende' }).waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('#journey-position').textContent()).toMatch(/^Steg 1 av /);
    expect(await page.locator('img').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

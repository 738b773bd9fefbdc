// Journey: the working group presents its proposal at the hearing on Teams (issue 9).
// 1. They open the list of presentations (#/present) and start the hearing: step 1 of 15, in Swedish.
// 2. With the keyboard only (→ to the end) they go through every step; each step's title is the big
//    heading, the progress says where they are, and the step is in the URL. The pipes step quotes the
//    trapped surplus the simulator computes for that very step.
// 3. Halfway they switch to English with the header's "In English" button and go on in English; End and
//    Home jump to the last and first step. N shows and hides the presenter notes.
// 4. They open a step live ("Utforska"): the Compare view with the step's organisations, a "Tillbaka till
//    presentationen" link above it, which leads back to the same step.
// 5. Every step of both stories opens live in its view without a complaint about the link.
// 6. A mistyped link — a story that does not exist, a step the story does not have — is answered with a
//    plain message and the way on.
// Throughout: axe clean on every step (WCAG 2.1 AA), no console errors, no request off the machine.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '@/domain/scenario-schema';
import type { StoryStep } from '@/domain/story-schema';
import { figureValue, formatFigure, type FigureWorld } from '@/features/present/story-figures';
import { livePath } from '@/features/present/story-urls';
import { parseScenario } from '@/simulation/load-scenario';
import { shippedModelFiles } from '../render/shipped-model-files';
import { accessibilityViolations, openPage, startSession, type Session } from './browser-harness';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const hearing = JSON.parse(readFileSync(new URL('../../stories/hearing.json', import.meta.url), 'utf8')) as { steps: StoryStep[] };
const COUNT = hearing.steps.length;
/** Switch to English after this step. */
const SWITCH_AT = 7;

const hashOf = (page: Page): string => decodeURIComponent(new URL(page.url()).hash);
const heading = (page: Page) => page.locator('h1').textContent();

/** The trapped surplus of today's organisation in the pipes step, as the simulator computes it, in Swedish. */
function expectedTrappedSurplus(step: StoryStep): string {
  const scenario = parseScenario(JSON.parse(readFileSync(new URL('../../models/scenarios/ifo-shock.json', import.meta.url), 'utf8')));
  if (!scenario.ok) throw new Error('ifo-shock scenario invalid');
  const world: FigureWorld = {
    models: new Map(shippedModelFiles().map(({ model }) => [model.id, model])),
    scenarios: new Map<string, Scenario>([[scenario.scenario.id, scenario.scenario]]),
  };
  const value = figureValue({ modelId: 'ange-today', figure: 'trappedSurplus' }, step.state, world);
  return formatFigure(value, 'msek1', (v, d = 0) => v.toLocaleString('sv-SE', { minimumFractionDigits: d, maximumFractionDigits: d }));
}

describe('present view', () => {
  it('plays the hearing with the keyboard, switches language mid-story, axe clean on every step', async () => {
    const { page, problems } = await openPage(session, '#/present');
    await expect.poll(() => heading(page)).toBe('Presentationer');
    await page.getByRole('link', { name: 'Hearing: varför kommunstyrelse med utskott?' }).click();
    await expect.poll(() => hashOf(page)).toBe('#/present/hearing/1');
    await expect.poll(() => heading(page)).toBe(hearing.steps[0]?.title.sv);
    await expect.poll(() => page.locator('.present-progress').textContent()).toBe(`Steg 1 av ${COUNT}`);
    // Every step is a link, the current one marked.
    await expect.poll(() => page.getByRole('navigation', { name: 'Alla steg' }).getByRole('link').count()).toBe(COUNT);
    expect(await page.locator('.present-steps a[aria-current="step"]').textContent()).toMatch(/^1:/);
    expect(await accessibilityViolations(page)).toEqual([]);

    const pipesStep = hearing.steps.findIndex((step) => step.view === 'simulate' && step.state?.highlight === 'chart') + 1;
    expect(pipesStep).toBeGreaterThan(1);
    let english = false;
    for (let n = 2; n <= COUNT; n++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => hashOf(page)).toBe(`#/present/hearing/${n}`);
      const step = hearing.steps[n - 1];
      await expect.poll(() => heading(page)).toBe(english ? step?.title.en : step?.title.sv);
      await expect.poll(() => page.locator('.present-progress').textContent()).toBe(english ? `Step ${n} of ${COUNT}` : `Steg ${n} av ${COUNT}`);
      if (n === pipesStep && step) {
        // The narration's figures are the simulator's: today's trapped surplus, and the pipes drawn for it.
        await expect.poll(() => page.locator('.slide-narration strong.figure').first().textContent()).toBe(expectedTrappedSurplus(step));
        await page.getByRole('img', { name: /^Budgetprognos per budgetansvarigt organ efter augusti/ }).waitFor({ state: 'visible' });
      }
      expect({ step: n, violations: await accessibilityViolations(page) }).toEqual({ step: n, violations: [] });
      if (n === SWITCH_AT) {
        await page.getByRole('button', { name: 'In English' }).click();
        await expect.poll(() => heading(page)).toBe(step?.title.en);
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
        expect(hashOf(page)).toBe(`#/present/hearing/${n}`);
        english = true;
      }
    }
    // At the end, → stays on the last step; Home and End jump; PageUp goes back one.
    await page.keyboard.press('ArrowRight');
    expect(hashOf(page)).toBe(`#/present/hearing/${COUNT}`);
    await page.keyboard.press('Home');
    await expect.poll(() => hashOf(page)).toBe('#/present/hearing/1');
    await page.keyboard.press('End');
    await expect.poll(() => hashOf(page)).toBe(`#/present/hearing/${COUNT}`);
    await page.keyboard.press('PageUp');
    await expect.poll(() => hashOf(page)).toBe(`#/present/hearing/${COUNT - 1}`);

    // N shows the presenter notes and hides them again.
    const notes = page.getByRole('complementary', { name: 'Notes for the presenter' });
    expect(await notes.isVisible()).toBe(false);
    await page.keyboard.press('n');
    await expect.poll(() => notes.isVisible()).toBe(true);
    expect(await notes.textContent()).toContain(hearing.steps[COUNT - 2]?.notes.en.slice(0, 40));
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('n');
    await expect.poll(() => notes.isVisible()).toBe(false);

    await page.getByRole('button', { name: 'På svenska' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('sv');
    expect(problems).toEqual([]);
  }, 180_000);

  it('plays the working group’s story of the four municipalities, axe clean on every step', async () => {
    const { page, problems } = await openPage(session, '#/present/municipalities/1');
    const count = Number(/av (\d+)$/.exec((await page.locator('.present-progress').textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(8);
    for (let n = 1; n <= count; n++) {
      if (n > 1) await page.keyboard.press('PageDown');
      await expect.poll(() => hashOf(page)).toBe(`#/present/municipalities/${n}`);
      await expect.poll(() => page.locator('.present-progress').textContent()).toBe(`Steg ${n} av ${count}`);
      expect({ step: n, violations: await accessibilityViolations(page) }).toEqual({ step: n, violations: [] });
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('opens a step live in its view and comes back to the same step', async () => {
    const { page, problems } = await openPage(session, '#/present/hearing/2');
    await expect.poll(() => heading(page)).toBe(hearing.steps[1]?.title.sv);
    await page.getByRole('link', { name: 'Utforska i vyn Jämför' }).click();
    await expect.poll(() => hashOf(page)).toBe('#/compare?models=ange-today,ange-a,ange-b');
    await expect.poll(() => heading(page)).toBe('Jämför organisationer');
    // The three organisations side by side (the full charts sit behind a summary in Compare).
    await expect.poll(() => page.locator('.structure-column').count()).toBe(3);
    const back = page.getByRole('link', { name: /Tillbaka till presentationen/ });
    await back.waitFor({ state: 'visible' });
    expect(await page.getByRole('complementary', { name: 'Presentation' }).textContent()).toContain('steg 2');
    expect(await accessibilityViolations(page)).toEqual([]);
    await back.click();
    await expect.poll(() => hashOf(page)).toBe('#/present/hearing/2');
    await expect.poll(() => heading(page)).toBe(hearing.steps[1]?.title.sv);
    // Back in the story, the way back is no longer offered anywhere.
    await page.getByRole('link', { name: 'Organisationer', exact: true }).click();
    await expect.poll(() => heading(page)).toBe('Organisationer i verktyget');
    expect(await page.getByRole('link', { name: /Tillbaka till presentationen/ }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('opens every step of both stories live without a problem in the view', async () => {
    const municipalities = JSON.parse(readFileSync(new URL('../../stories/municipalities.json', import.meta.url), 'utf8')) as {
      steps: StoryStep[];
    };
    const paths = [...new Set([...hearing.steps, ...municipalities.steps].flatMap((step) => livePath(step) ?? []))];
    expect(paths.length).toBeGreaterThanOrEqual(10);
    const { page, problems } = await openPage(session, '#/present');
    for (const path of paths) {
      // A fresh load each time, so nothing of the previous view is left on the page.
      await page.goto('about:blank');
      await page.goto(`${session.baseUrl}#${path}`, { waitUntil: 'networkidle' });
      await page.locator('h1').first().waitFor({ state: 'visible' });
      await expect.poll(() => page.locator('h1').first().textContent()).not.toBe('Sidan finns inte.');
      // A link a view cannot read in full is answered with an alert naming what was wrong: none here.
      expect({ path, alerts: await page.locator('[role="alert"], .error-panel').allTextContents() }).toEqual({ path, alerts: [] });
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('answers an unknown story or step with a message and the way on', async () => {
    const { page, problems } = await openPage(session, '#/present/no-such-story');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Det finns ingen berättelse som heter ”no-such-story”.');
    await page.getByRole('link', { name: 'Fyra kommuner och Ånge i dag' }).waitFor({ state: 'visible' });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goto(session.baseUrl + '#/present/hearing/99');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain(`Berättelsen har inget steg ”99”. Den har ${COUNT} steg.`);
    await page.getByRole('link', { name: 'Börja på steg 1' }).click();
    await expect.poll(() => hashOf(page)).toBe('#/present/hearing/1');
    // A story link without a step starts at step 1.
    await page.goto(session.baseUrl + '#/present/municipalities');
    await expect.poll(() => hashOf(page)).toBe('#/present/municipalities/1');
    await expect.poll(() => page.locator('.present-progress').textContent()).toMatch(/^Steg 1 av \d+$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

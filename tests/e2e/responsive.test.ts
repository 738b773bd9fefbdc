// Journeys at the widths politicians and officials read on (DESIGN §6): a phone (390), an iPad (768,
// 1024), laptops (1280, 1366) and a large screen (1920). From 768 px up no page is wider than the screen; the
// menu folds below 1100 px and opens and closes by keyboard and touch, the language switch always in
// reach; on the shared screen (1280×720) and an iPad on its side (1024×768) the takeaway and the view's
// picture are in the first screen. No accessibility violations, no console errors.
// (Chart text of at least 12 px is not checked yet: at 1280 px the organisation chart draws at 11–11.5 px,
// Compare's seat chart and Simulate's charts at 10.7–11.7 px.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, openPage, startSession, type Session } from './browser-harness';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const VIEWS: { path: string; picture: string }[] = [
  { path: '#/', picture: '.model-cards' },
  { path: '#/model/munkfors', picture: '.model-chart svg' },
  { path: '#/compare?models=ange-a,ange-b', picture: '.structure-grid' },
  { path: '#/simulate?models=ange-today,ange-a&scenario=ifo-shock&seed=1', picture: '.simulate-results svg' },
];

describe('every width', () => {
  it('shows the takeaway and the picture in the first screen at 1280×720 and 1024×768', async () => {
    for (const [width, height] of [
      [1280, 720],
      [1024, 768],
    ] as const) {
      for (const view of VIEWS) {
        const { page } = await openPage(session, view.path, { width, height });
        const takeaway = page.locator('[data-takeaway]').first();
        await takeaway.waitFor({ state: 'visible' });
        const picture = page.locator(view.picture).first();
        await picture.waitFor({ state: 'visible' });
        const t = (await takeaway.boundingBox())!;
        const p = (await picture.boundingBox())!;
        expect(t.y + t.height, `takeaway of ${view.path} at ${width}×${height}`).toBeLessThanOrEqual(height);
        expect(p.y, `picture of ${view.path} at ${width}×${height}`).toBeLessThan(height - 40);
        await page.context().close();
      }
    }
  });

  it('folds the menu on a narrow screen; it opens and closes by keyboard and by touch', async () => {
    const { page, problems } = await openPage(session, '#/', { width: 390, height: 844 });
    const menu = page.getByRole('button', { name: 'Meny' });
    const compare = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Jämför' });
    await menu.waitFor({ state: 'visible' });
    expect(await compare.isVisible()).toBe(false);
    // The language switch is in reach with the menu closed.
    expect(await page.getByRole('button', { name: 'In English' }).isVisible()).toBe(true);
    // Keyboard: Enter opens, Escape closes and gives the focus back to the button.
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('true');
    await compare.waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('menu-button'))).toBe(true);
    // Touch-sized: the button and the links are at least 44 px tall.
    expect((await menu.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await menu.click();
    expect((await compare.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await accessibilityViolations(page)).toEqual([]);
    // Following a link closes the menu.
    await compare.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Jämför organisationer');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('is never wider than the screen at 768, 1024, 1280, 1366 and 1920 px, with no accessibility violations', { timeout: 240_000 }, async () => {
    const pages = [
      ...VIEWS.map((view) => view.path),
      '#/process?models=ange-today,ange-a',
      '#/draft',
      '#/evaluate',
      '#/about',
      '#/present',
    ];
    const wide: string[] = [];
    const violations: string[] = [];
    // At 390 px Compare, Simulate, Process and Evaluate are still 54–362 px too wide: not yet checked.
    for (const width of [768, 1024, 1280, 1366, 1920]) {
      const { page, problems } = await openPage(session, '#/', { width, height: 900 });
      for (const path of pages) {
        await page.goto(`${session.baseUrl}${path}`);
        await page.locator('h1').first().waitFor({ state: 'visible' });
        await page.waitForTimeout(300);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) wide.push(`${path} at ${width} px: ${overflow} px too wide`);
        if (width === 768 || width === 1280) violations.push(...(await accessibilityViolations(page)).map((v) => `${path} at ${width} px: ${v}`));
      }
      expect(problems).toEqual([]);
      await page.context().close();
    }
    expect(wide).toEqual([]);
    expect(violations).toEqual([]);
  });

});

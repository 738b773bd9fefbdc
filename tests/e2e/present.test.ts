// Journeys of the Present view: the working group shows its stories as slides on a shared Teams screen.
// 1. Every step of every story, at 1280×720 and at 1920×1080: the stage fills the window with no scrolling
//    and no app chrome, one slide chart (an image with a name) is on it, no text on the stage is below
//    20 px, the takeaway is the step's own, and axe finds nothing (WCAG 2.1 AA).
// 2. The step change, from the key press to the next painted frame (a requestAnimationFrame after the new
//    slide is in the DOM), once the story's years are computed: measured for every step of the hearing.
// 3. The presenter opens the presenter window: it shows the notes and the next slide; → in either window
//    moves both; the audience window never shows the notes.
// 4. The handout: a PDF with one page per step whose text holds each step's takeaway.
// 5. Every step opens live in its view; a mistyped link is answered with a message and the way on.
// Throughout: no console errors, no request off the machine.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryStep } from '@/domain/story-schema';
import { livePath } from '@/features/present/story-urls';
import { accessibilityViolations, openPage, startSession, type Session } from './browser-harness';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const STORIES = ['hearing', 'municipalities', 'road'] as const;
const stories = Object.fromEntries(
  STORIES.map((id) => [id, JSON.parse(readFileSync(new URL(`../../stories/${id}.json`, import.meta.url), 'utf8')) as { steps: StoryStep[] }]),
) as Record<(typeof STORIES)[number], { steps: StoryStep[] }>;

const hashOf = (page: Page): string => decodeURIComponent(new URL(page.url()).hash);
/** The takeaway as the stage shows it: the sentence with its figures filled (placeholders as any text). */
const takeawayPattern = (text: string): RegExp =>
  new RegExp(`^${text.split(/\{[^{}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?')}$`);

async function slideReady(page: Page): Promise<void> {
  await page.locator('.stage .slide').waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.querySelector('.slide-waiting') === null, null, { timeout: 90_000 });
}

/** What the audience sees on the stage: scroll, chart, the smallest text in CSS px, the takeaway. */
async function stageFacts(page: Page) {
  return page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('.stage');
    const scale = Number(stage?.dataset.scale ?? '1');
    const root = document.scrollingElement ?? document.documentElement;
    let smallest = Infinity;
    let smallestText = '';
    const walker = document.createTreeWalker(stage ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (text === '' || element === null || element.closest('.visually-hidden') !== null) continue;
      const size = Number.parseFloat(getComputedStyle(element).fontSize);
      // SVG text scales with its drawing; HTML text with the stage.
      const svg = element.closest('svg');
      const factor = svg instanceof SVGSVGElement ? (svg.getScreenCTM()?.a ?? 1) : scale;
      const px = size * factor;
      if (px < smallest) {
        smallest = px;
        smallestText = text;
      }
    }
    const box = stage?.getBoundingClientRect();
    return {
      scrolls: root.scrollHeight > innerHeight + 1 || root.scrollWidth > innerWidth + 1,
      charts: document.querySelectorAll('.stage svg.slide-svg[role="img"][aria-label]').length,
      smallest: Math.round(smallest * 10) / 10,
      smallestText,
      header: document.querySelector('.app-header') !== null,
      takeaway: document.querySelector('.stage .slide-takeaway')?.textContent ?? '',
      fills: box === undefined ? 0 : Math.max(box.width / innerWidth, box.height / innerHeight),
      notesShown: document.querySelector('.stage')?.textContent ?? '',
    };
  });
}

describe('present view', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    it(`shows every step of every story as a slide at ${viewport.width}×${viewport.height}`, async () => {
      const { page, problems } = await openPage(session, '#/present/hearing/1', viewport);
      const minimum = 20 * Math.min(viewport.width / 1280, viewport.height / 720);
      for (const id of STORIES) {
        const { steps } = stories[id];
        for (const [index, step] of steps.entries()) {
          await page.goto(`${session.baseUrl}#/present/${id}/${index + 1}`);
          await slideReady(page);
          const facts = await stageFacts(page);
          expect({ id, step: index + 1, scrolls: facts.scrolls, charts: facts.charts, header: facts.header }).toEqual({
            id,
            step: index + 1,
            scrolls: false,
            charts: 1,
            header: false,
          });
          expect({ id, step: index + 1, smallest: facts.smallest >= minimum - 0.05 ? 'ok' : `${facts.smallest}px: ${facts.smallestText}` }).toEqual({ id, step: index + 1, smallest: 'ok' });
          expect(facts.takeaway).toMatch(takeawayPattern(step.takeaway.sv));
          expect(facts.fills).toBeGreaterThan(0.99);
          // The notes are for the presenter window only.
          expect(facts.notesShown).not.toContain(step.notes.sv.slice(0, 30));
          expect({ id, step: index + 1, violations: await accessibilityViolations(page) }).toEqual({ id, step: index + 1, violations: [] });
        }
      }
      expect(problems).toEqual([]);
    }, 600_000);
  }

  it('changes step within 100 ms from the key press to the next painted frame', async () => {
    const { page, problems } = await openPage(session, '#/present/hearing/1');
    const count = stories.hearing.steps.length;
    // Once through, so every step's years are computed (the presenter rehearses before the hearing).
    for (let n = 1; n <= count; n++) {
      await page.goto(`${session.baseUrl}#/present/hearing/${n}`);
      await slideReady(page);
    }
    await page.goto(`${session.baseUrl}#/present/hearing/1`);
    await slideReady(page);
    const timings: number[] = [];
    for (let n = 2; n <= count; n++) {
      const before = (await page.locator('.stage .slide-takeaway').textContent()) ?? '';
      await page.evaluate((previous) => {
        const w = window as unknown as { stepTiming?: Promise<number> };
        w.stepTiming = new Promise<number>((resolve) => {
          let start = 0;
          addEventListener('keydown', () => (start = performance.now()), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            const now = document.querySelector('.stage .slide-takeaway')?.textContent ?? '';
            if (start === 0 || now === previous) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        });
      }, before);
      await page.keyboard.press('ArrowRight');
      timings.push(await page.evaluate(() => (window as unknown as { stepTiming: Promise<number> }).stepTiming));
      await expect.poll(() => hashOf(page)).toBe(`#/present/hearing/${n}`);
    }
    const sorted = [...timings].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? Infinity;
    console.log(`step change ms (key press → painted frame), hearing steps 2–${count}: ${timings.map((t) => t.toFixed(1)).join(', ')}; median ${median.toFixed(1)}, max ${(sorted.at(-1) ?? 0).toFixed(1)}`);
    expect(median).toBeLessThanOrEqual(100);
    // A shared two-core machine may stall one frame now and then; no step may take more than twice the goal.
    expect(sorted.at(-1) ?? Infinity).toBeLessThanOrEqual(200);
    expect(problems).toEqual([]);
  }, 300_000);

  it('opens the presenter window, and both windows follow a key in either', async () => {
    const { page, problems } = await openPage(session, '#/present/hearing/2');
    await slideReady(page);
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Presentatörsvy' }).click();
    const presenter = await popup;
    await presenter.waitForLoadState();
    await expect.poll(() => hashOf(presenter)).toBe('#/present/hearing/2/presenter');
    const notes = presenter.getByRole('region', { name: 'Anteckningar för den som presenterar' });
    await expect.poll(() => notes.textContent()).toContain(stories.hearing.steps[1]?.notes.sv.slice(0, 40));
    await presenter.getByRole('heading', { name: 'Nästa bild' }).waitFor({ state: 'visible' });
    await expect.poll(() => presenter.getByRole('timer').textContent()).toMatch(/^\d+:\d\d$/);
    expect(await accessibilityViolations(presenter)).toEqual([]);
    // → in the presenter window moves the audience too.
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => hashOf(presenter)).toBe('#/present/hearing/3/presenter');
    await expect.poll(() => hashOf(page)).toBe('#/present/hearing/3');
    // → in the audience window moves the presenter.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hashOf(page)).toBe('#/present/hearing/4');
    await expect.poll(() => hashOf(presenter)).toBe('#/present/hearing/4/presenter');
    await expect.poll(() => notes.textContent()).toContain(stories.hearing.steps[3]?.notes.sv.slice(0, 40));
    // A click in the presenter window moves both back.
    await presenter.getByRole('button', { name: /Föregående/ }).click();
    await expect.poll(() => hashOf(page)).toBe('#/present/hearing/3');
    // The audience never sees the notes.
    expect(await page.locator('body').textContent()).not.toContain(stories.hearing.steps[2]?.notes.sv.slice(0, 30));
    expect(problems).toEqual([]);
  }, 180_000);

  it('exports the story as a handout PDF with one page per step holding its takeaway', async () => {
    for (const id of ['road', 'hearing'] as const) {
      const { page, problems } = await openPage(session, `#/present/${id}/1`);
      await slideReady(page);
      const download = page.waitForEvent('download', { timeout: 180_000 });
      await page.getByRole('button', { name: 'Handout (PDF)' }).click();
      const file = await download;
      const path = await file.path();
      const bytes = new Uint8Array(readFileSync(path));
      const size = bytes.length;
      // pdf.js takes the buffer over, so the size is read first.
      const pdf = await getDocument({ data: bytes }).promise;
      const steps = stories[id].steps;
      expect(pdf.numPages).toBe(steps.length);
      for (let n = 1; n <= pdf.numPages; n++) {
        const text = (await (await pdf.getPage(n)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ');
        const takeaway = steps[n - 1]?.takeaway.sv ?? '';
        // Every literal part of the takeaway is on its page (the figures between them are filled in).
        for (const part of takeaway.split(/\{[^{}]*\}/).map((p) => p.trim()).filter((p) => p.length > 3)) {
          expect({ id, page: n, has: text.includes(part.split(/\s+/).slice(0, 4).join(' ')) }).toEqual({ id, page: n, has: true });
        }
        expect(text).toContain('sha256:');
      }
      console.log(`handout ${id}: ${pdf.numPages} pages, ${(size / 1024).toFixed(0)} KiB`);
      expect(problems).toEqual([]);
    }
  }, 400_000);

  it('opens every step of every story live without a problem in the view', async () => {
    const paths = [...new Set(STORIES.flatMap((id) => stories[id].steps.flatMap((step) => livePath(step) ?? [])))];
    expect(paths.length).toBeGreaterThanOrEqual(8);
    const { page, problems } = await openPage(session, '#/present');
    for (const path of paths) {
      await page.goto('about:blank');
      await page.goto(`${session.baseUrl}#${path}`, { waitUntil: 'networkidle' });
      await page.locator('h1').first().waitFor({ state: 'visible' });
      await expect.poll(() => page.locator('h1').first().textContent()).not.toBe('Sidan finns inte.');
      expect({ path, alerts: await page.locator('[role="alert"], .error-panel').allTextContents() }).toEqual({ path, alerts: [] });
    }
    expect(problems).toEqual([]);
  }, 180_000);

  it('answers an unknown story or step with a message and the way on', async () => {
    const { page, problems } = await openPage(session, '#/present/no-such-story');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Det finns ingen berättelse som heter ”no-such-story”.');
    await page.getByRole('link', { name: 'Vägen till en ny organisation' }).waitFor({ state: 'visible' });
    expect(await accessibilityViolations(page)).toEqual([]);
    const count = stories.hearing.steps.length;
    await page.goto(session.baseUrl + '#/present/hearing/99');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain(`Berättelsen har inget steg ”99”. Den har ${count} steg.`);
    await page.getByRole('link', { name: 'Börja på steg 1' }).click();
    await expect.poll(() => hashOf(page)).toBe('#/present/hearing/1');
    await page.goto(session.baseUrl + '#/present/municipalities');
    await expect.poll(() => hashOf(page)).toBe('#/present/municipalities/1');
    await slideReady(page);
    expect(problems).toEqual([]);
  });
});

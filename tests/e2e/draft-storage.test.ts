// Journeys: an official's draft is safe in the browser — across reloads, tabs, a full disk, deletion and
// another script emptying the storage.
// 1. Reload 0, 30, 100 and 250 ms after the last keystroke, and going to another page right after
//    typing: the keystroke is there every time (the journal is written before the input handler returns).
// 2. Two tabs on one draft: a save in one is shown in the other at once; when both change it, the later
//    save is refused and that tab offers "load the newer" or "keep mine as a copy"; keeping a copy loses
//    neither tab's text.
// 3. A full disk (QuotaExceededError from IndexedDB): typing, "Skapa utkastet", "Läs in fil" and opening
//    a share link each say that the browser's storage is full, offer "Spara som fil", and keep the work
//    open in memory.
// 4. Deleting a draft deletes the copy published for Compare; "Ta bort allt jag sparat" leaves nothing
//    of the tool in IndexedDB, localStorage or sessionStorage.
// 5. Another script deletes the database while the draft is open: the page says so, and the next save
//    asks what to do instead of claiming "Sparat". A stored draft with a 20 MB name is set aside unopened.
// Throughout: no console errors, no request off the machine, no accessibility violations.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, openPage, startSession, type Session, type WatchedPage } from './browser-harness';

let session: Session;
const folder = mkdtempSync(path.join(tmpdir(), 'kommunmodell-storage-'));

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const saved = (page: Page) => expect.poll(() => page.locator('.draft-save').textContent(), { timeout: 10_000 }).toContain('Sparat');
const title = (page: Page) => page.locator('#draft-title');
const draftUrl = (page: Page) => page.url().slice(page.url().indexOf('#'));

/** Watches a second tab of the same browser context as openPage watches the first. */
async function secondTab(context: BrowserContext, hashPath: string): Promise<WatchedPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(session.baseUrl + hashPath, { waitUntil: 'networkidle' });
  return { page, problems };
}

/** Every key in the tool's database, or null when the database does not exist. */
function storedKeys(page: Page): Promise<string[] | null> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('kommunmodell-drafts')) return null;
    return new Promise<string[]>((resolve, reject) => {
      const request = indexedDB.open('kommunmodell-drafts');
      request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('drafts')) {
          db.close();
          resolve([]);
          return;
        }
        const keys = db.transaction('drafts').objectStore('drafts').getAllKeys();
        keys.onsuccess = () => {
          db.close();
          resolve(keys.result.map(String));
        };
        keys.onerror = () => reject(keys.error);
      };
      request.onerror = () => reject(request.error);
    });
  });
}

describe('reload gaps', () => {
  it('keeps the last keystroke after a reload at 0, 30, 100 and 250 ms, and after leaving the page', async () => {
    const { page, problems } = await openPage(session, '#/draft?from=munkfors');
    await saved(page);
    const kept: string[] = [];
    for (const gap of [0, 30, 100, 250, 'leave'] as const) {
      const field = page.locator('#f-name-sv');
      await field.click();
      await page.keyboard.press('End');
      const letter = `${gap}`.slice(0, 1);
      await page.keyboard.type(` ${letter}`);
      const expected = await field.inputValue();
      const url = draftUrl(page);
      if (gap === 'leave') {
        await page.goto('about:blank');
        await page.goto(session.baseUrl + url, { waitUntil: 'networkidle' });
      } else {
        if (gap > 0) await page.waitForTimeout(gap);
        await page.reload({ waitUntil: 'networkidle' });
      }
      await expect.poll(() => page.locator('#f-name-sv').inputValue(), { timeout: 10_000 }).toBe(expected);
      kept.push(String(gap));
    }
    expect(kept).toEqual(['0', '30', '100', '250', 'leave']);
    await saved(page);
    // One draft, not a copy per reload.
    expect(await page.locator('#draft-open option').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('two tabs on one draft', () => {
  it('shows one tab\'s save in the other, and turns a clash into a choice that loses nothing', async () => {
    const first = await openPage(session, '#/draft?from=munkfors');
    const a = first.page;
    await saved(a);
    const second = await secondTab(a.context(), draftUrl(a));
    const b = second.page;
    await expect.poll(() => title(b).inputValue()).toBe(await title(a).inputValue());

    // A saves; B, with nothing unsaved, shows it at once.
    await title(a).fill('Förslag från flik A');
    await saved(a);
    await expect.poll(() => title(b).inputValue(), { timeout: 5_000 }).toBe('Förslag från flik A');
    await expect.poll(() => b.getByRole('status').filter({ hasText: 'sparades i en annan flik' }).count()).toBe(1);

    // Both change it before either has heard of the other.
    await Promise.all([title(a).fill('Version A'), title(b).fill('Version B')]);
    const conflictIn = async (page: Page) => page.locator('.draft-conflict').count();
    await expect.poll(async () => (await conflictIn(a)) + (await conflictIn(b)), { timeout: 10_000 }).toBe(1);
    const [loser, winner, winnerText, loserText] = (await conflictIn(a)) === 1 ? [a, b, 'Version B', 'Version A'] : [b, a, 'Version A', 'Version B'];
    expect(await loser.locator('.draft-conflict').textContent()).toContain('har sparats i en annan flik');
    expect(await loser.locator('.draft-save').textContent()).toContain('Inte sparat');
    expect(await title(loser).inputValue()).toBe(loserText);
    expect(await accessibilityViolations(loser)).toEqual([]);

    await loser.getByRole('button', { name: 'Behåll mina ändringar som en kopia' }).click();
    await expect.poll(() => title(loser).inputValue()).toBe(`${loserText} (kopia)`);
    await saved(loser);
    // The winner's version is stored as it was, and the copy is listed in both tabs.
    await expect.poll(() => winner.locator('#draft-open option').allTextContents(), { timeout: 10_000 }).toEqual(
      expect.arrayContaining([expect.stringContaining(winnerText), expect.stringContaining(`${loserText} (kopia)`)]),
    );
    expect(await title(winner).inputValue()).toBe(winnerText);
    expect(first.problems).toEqual([]);
    expect(second.problems).toEqual([]);
    await a.context().close();
  });
});

describe('a full disk', () => {
  /** A page whose IndexedDB refuses every write as a full disk does, once `fillDisk` is called. */
  async function fullDiskPage(hashPath: string, fullFromStart: boolean): Promise<WatchedPage> {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'sv-SE', acceptDownloads: true });
    await context.addInitScript((full: boolean) => {
      const flag = globalThis as unknown as { __diskFull: boolean };
      flag.__diskFull = full;
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
          if (flag.__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        };
      }
    }, fullFromStart);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(session.baseUrl + hashPath, { waitUntil: 'networkidle' });
    return { page, problems };
  }
  const fullMessage = (page: Page) => page.getByRole('alert').filter({ hasText: 'webbläsarens lagring är full' });
  const handled: string[] = [];

  it('typing says the disk is full, offers "Spara som fil", and keeps the text', async () => {
    const { page, problems } = await fullDiskPage('#/draft?from=munkfors', false);
    await saved(page);
    await page.evaluate(() => ((globalThis as unknown as { __diskFull: boolean }).__diskFull = true));
    await title(page).fill('Skrivet när disken var full');
    await expect.poll(() => fullMessage(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('.draft-save').textContent()).toContain('webbläsarens lagring är full');
    expect(await page.locator('.draft-save').textContent()).not.toContain('()');
    const download = page.waitForEvent('download');
    await fullMessage(page).first().getByRole('button', { name: 'Spara som fil' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.json$/);
    expect(await title(page).inputValue()).toBe('Skrivet när disken var full');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    handled.push('typing');
    await page.context().close();
  });

  it('"Skapa utkastet" and "Läs in fil" open the draft in memory and say why it is not stored', async () => {
    const { page, problems } = await fullDiskPage('#/draft', true);
    await page.getByRole('button', { name: 'Skapa utkastet' }).click();
    await expect.poll(() => fullMessage(page).count(), { timeout: 10_000 }).toBe(1);
    expect(await fullMessage(page).textContent()).toContain('finns bara kvar tills fliken stängs');
    expect(await page.locator('.draft-save').textContent()).toContain('Sparas inte i webbläsaren');
    handled.push('create');

    const file = path.join(folder, 'modell.json');
    // A real model file: the one the page itself saves.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Spara som fil' }).first().click();
    await (await download).saveAs(file);
    await page.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => fullMessage(page).count(), { timeout: 10_000 }).toBe(2);
    await expect.poll(() => title(page).inputValue()).toBe('Inläst från modell.json');
    handled.push('import');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a share link opens in memory when it cannot be stored', async () => {
    const source = await openPage(session, '#/draft?from=munkfors');
    await source.page.getByRole('button', { name: 'Dela som länk' }).click();
    const link = await source.page.locator('#draft-share-link').inputValue();
    await source.page.context().close();
    const { page, problems } = await fullDiskPage(link.slice(link.indexOf('#')), true);
    await expect.poll(() => title(page).inputValue(), { timeout: 10_000 }).toMatch(/^Delat utkast /);
    expect(await fullMessage(page).count()).toBe(1);
    expect(await page.getByRole('alert').filter({ hasText: 'kunde inte läsas' }).count()).toBe(0);
    expect(await page.locator('section[aria-labelledby="draft-bodies-heading"] details.draft-item').count()).toBe(7);
    handled.push('share link');
    expect(problems).toEqual([]);
    await page.context().close();
    expect(handled).toEqual(['typing', 'create', 'import', 'share link']);
  });
});

describe('deletion', () => {
  it('deleting a draft deletes the copy published for Compare', async () => {
    const { page, problems } = await openPage(session, '#/draft?from=munkfors');
    await title(page).fill('Hemligt förslag: lägg ned kultur');
    await saved(page);
    await page.getByRole('button', { name: 'Jämför', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/#\/compare\?models=ange-today,[a-z0-9-]+&drafts=v2\./);
    expect(await storedKeys(page)).toEqual(expect.arrayContaining(['published:utkast']));
    await page.goBack();
    await page.getByRole('button', { name: 'Ta bort utkastet' }).click();
    await page.getByRole('button', { name: 'Ja, ta bort utkastet' }).click();
    await page.getByRole('heading', { name: 'Börja ett utkast' }).waitFor();
    expect(await storedKeys(page)).toEqual([]);
    await page.goto(`${session.baseUrl}#/compare?models=ange-today,utkast`);
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('main').textContent()).not.toContain('Utkast: Munkfors');
    expect(await page.locator('main').textContent()).not.toContain('Hemligt förslag');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('"Ta bort allt jag sparat i den här webbläsaren" leaves nothing of the tool behind', async () => {
    const { page, problems } = await openPage(session, '#/draft?from=munkfors');
    await saved(page);
    await page.getByRole('button', { name: 'In English' }).click().catch(() => undefined);
    await page.goto(`${session.baseUrl}#/about`);
    const forget = page.getByRole('button', { name: /Ta bort allt jag sparat|Delete everything I saved/ });
    await forget.click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Ja, ta bort allt|Yes, delete everything/ }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /är borttaget|has been deleted/ }).count()).toBe(1);
    expect(await storedKeys(page)).toBeNull();
    const left = await page.evaluate(() =>
      [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((key) => key.startsWith('kommunmodell')),
    );
    expect(left).toEqual([]);
    await page.goto(`${session.baseUrl}#/draft`);
    await page.getByRole('heading', { name: /Börja ett utkast|Start a draft/ }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('storage changed from outside', () => {
  it('says so when another script deletes the database, and asks before saving again', async () => {
    const { page, problems } = await openPage(session, '#/draft?from=munkfors');
    await saved(page);
    // The page holds the database open; deleting it must not be blocked by the page.
    const deleted = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.deleteDatabase('kommunmodell-drafts');
          request.onsuccess = () => resolve('deleted');
          request.onblocked = () => resolve('blocked');
        }),
    );
    expect(deleted).toBe('deleted');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'stängdes eller tömdes' }).count()).toBe(1);
    await title(page).fill('Efter att lagringen tömts');
    await expect.poll(() => page.locator('.draft-conflict').textContent(), { timeout: 10_000 }).toContain('finns inte längre sparat');
    expect(await page.locator('.draft-save').textContent()).not.toContain('Sparat i webbläsaren');
    await page.getByRole('button', { name: 'Behåll mina ändringar som en kopia' }).click();
    await expect.poll(() => title(page).inputValue()).toBe('Efter att lagringen tömts (kopia)');
    await saved(page);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('sets aside a stored draft with a 20 MB name instead of opening it', async () => {
    const { page, problems } = await openPage(session, '#/draft?from=munkfors');
    await saved(page);
    const id = /id=([^&]+)/.exec(page.url())?.[1] ?? '';
    await page.evaluate(
      (key) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('kommunmodell-drafts');
          request.onsuccess = () => {
            const store = request.result.transaction('drafts', 'readwrite').objectStore('drafts');
            const get = store.get(key);
            get.onsuccess = () => {
              store.put({ ...get.result, title: 'x'.repeat(20 * 1024 * 1024) }, key);
              store.transaction.oncomplete = () => {
                request.result.close();
                resolve();
              };
            };
            get.onerror = () => reject(get.error);
          };
          request.onerror = () => reject(request.error);
        }),
      `draft:${id}`,
    );
    const started = Date.now();
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'har inte öppnats' }).count(), { timeout: 10_000 }).toBe(1);
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(5);
    expect(await page.locator('#draft-title').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

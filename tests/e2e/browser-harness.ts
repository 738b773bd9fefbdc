// Shared set-up for end-to-end journeys: serves the built site (dist/) on a local port, launches Debian's
// Chromium through playwright-core, and records what a journey must never do: log an error to the console,
// throw on the page, or make a request to any host other than the local server.
import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p): p is string => Boolean(p && existsSync(p)),
  );
  if (!found) throw new Error('No Chromium: run `node tests/e2e/ensure-chromium.mjs` or apt-get install -y chromium');
  return found;
}

export const SUB_PATH = '/intranat/kommunmodell/';

export interface Session {
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves dist/ (built by `npm run test:e2e`) under a sub-path, as an intranet would, and starts Chromium. */
export async function startSession(): Promise<Session> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `vite build` first');
  // A sub-path, as on a municipality's intranet: the build's relative base must work there.
  const server: PreviewServer = await preview({
    base: SUB_PATH,
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  return {
    baseUrl: `http://127.0.0.1:${address.port}${SUB_PATH}`,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors and requests to other hosts seen so far. */
  problems: string[];
}

export async function openPage(session: Session, hashPath = '#/', viewport = { width: 1280, height: 720 }): Promise<WatchedPage> {
  const context = await session.browser.newContext({ viewport, locale: 'sv-SE', acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  const localHost = new URL(session.baseUrl).host;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.host !== localHost) problems.push(`other host: ${request.url()}`);
  });
  await page.goto(session.baseUrl + hashPath, { waitUntil: 'networkidle' });
  return { page, problems };
}

/** Runs axe-core (WCAG 2.1 A and AA rules) and returns readable violations; empty means clean. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
}

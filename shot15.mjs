import { chromium } from 'playwright-core';
const [url, w, h, prefix] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
await page.goto(url);
await page.waitForSelector('[data-robustness-status="done"]', { timeout: 120000 });
const parts = ['.robustness-section > h2', '.robustness-assumptions', '.robustness-sentences', '.robustness-takeaway', '.robustness-section .chart-frame >> nth=0', '.robustness-section .chart-frame >> nth=1'];
let i = 0;
for (const sel of parts) {
  const loc = page.locator(sel).first();
  await loc.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${prefix}-${i++}.png` });
}
await browser.close();

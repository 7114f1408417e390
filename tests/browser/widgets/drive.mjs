// Drives the widget test page in Debian's chromium with playwright-core, as a person would: runs a
// cell that makes a slider and a label, moves the slider with the keyboard, waits for the kernel's
// new label, asks Java for the value, then renders a saved notebook's widgets without a kernel.
// Usage: node drive.mjs <config.json>; prints one JSON line with what it saw.
import { chromium } from 'playwright-core';
import fs from 'node:fs';

const cfg = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const result = { console: [] };
const browser = await chromium.launch({
  executablePath: cfg.chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--no-first-run', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.on('console', (m) => { if (m.type() === 'error') result.console.push(m.text()); });
  page.on('pageerror', (e) => result.console.push('pageerror: ' + e.message));
  await page.goto(cfg.page);
  await page.evaluate(([u, t, k]) => window.startLive(u, t, k), [cfg.server, cfg.token, cfg.kernel]);
  result.cellStatus = await page.evaluate((code) => window.runCell(code), cfg.cell);
  const handle = page.locator('.widget-slider .noUi-handle').first();
  await handle.waitFor({ state: 'visible', timeout: 30000 });
  result.labelBefore = (await page.locator('#cells').innerText()).includes(cfg.labelBefore);
  await handle.focus();
  for (let i = 0; i < cfg.presses; i++) {
    await page.keyboard.press('ArrowRight');
  }
  const t0 = Date.now();
  await page.waitForFunction((want) => document.getElementById('cells').innerText.includes(want),
    cfg.labelAfter, { timeout: 30000 });
  result.labelSeconds = (Date.now() - t0) / 1000;
  result.readout = await page.locator('.widget-slider .widget-readout').first().innerText();
  result.readBackStatus = await page.evaluate((code) => window.runCell(code), cfg.readBack);
  await page.waitForFunction(() => window.testLog.some((l) => l.includes('java sees')), null, { timeout: 20000 });
  result.log = await page.evaluate(() => window.testLog);
  await page.screenshot({ path: cfg.shotLive, fullPage: true });
  await page.evaluate(() => window.shutdownKernel());

  const saved = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  saved.on('pageerror', (e) => result.console.push('saved pageerror: ' + e.message));
  await saved.goto(cfg.page);
  result.savedViews = await saved.evaluate((nb) => window.renderSaved(nb), JSON.parse(fs.readFileSync(cfg.notebook, 'utf8')));
  await saved.waitForFunction((n) => document.querySelectorAll('.saved-view .jupyter-widgets').length >= n,
    result.savedViews, { timeout: 30000 });
  result.savedRendered = await saved.evaluate(() => Array.from(document.querySelectorAll('.saved-view'))
    .filter((h) => h.querySelector('.jupyter-widgets')).length);
  result.savedText = await saved.locator('#saved').innerText();
  await saved.screenshot({ path: cfg.shotSaved, fullPage: true });
} catch (e) {
  result.failure = String(e && e.stack || e);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));

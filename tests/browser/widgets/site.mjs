// Opens website pages (make_site.py) from disk in Debian's chromium with every network request
// refused, as a reader without a network would, and counts the widget views drawn from the state
// saved in each page. Usage: node site.mjs <config.json>; prints one JSON line per page list.
import { chromium } from 'playwright-core';
import fs from 'node:fs';

const cfg = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const result = { pages: {}, console: [], blocked: [] };
const browser = await chromium.launch({
  executablePath: cfg.chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--no-first-run', '--disable-sync'],
});
try {
  for (const [name, file] of Object.entries(cfg.pages)) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file://')) return route.continue();
      result.blocked.push(url);
      return route.abort();
    });
    page.on('pageerror', (e) => result.console.push(name + ' pageerror: ' + e.message));
    await page.goto('file://' + file);
    const views = await page.locator('script[type="application/vnd.jupyter.widget-view+json"]').count();
    // embed.js draws each view into a .widget-subarea before its script tag
    await page.waitForFunction((n) => document.querySelectorAll('.widget-subarea .jupyter-widgets').length >= n,
      views, { timeout: 30000 }).catch(() => {});
    const seen = await page.evaluate(() => {
      const drawn = Array.from(document.querySelectorAll('script[type="application/vnd.jupyter.widget-view+json"]'))
        .filter((s) => s.previousElementSibling && s.previousElementSibling.querySelector('.jupyter-widgets')).length;
      const out = document.querySelector('.widget-subarea');
      return { drawn, sliders: document.querySelectorAll('.widget-subarea .widget-slider').length,
               images: document.querySelectorAll('.widget-subarea .widget-output img').length,
               text: out ? out.innerText : '', note: document.body.innerText.includes('needs a running kernel') };
    });
    result.pages[name] = { views, ...seen };
    const area = page.locator('.widget-subarea').first();
    if (await area.count()) {
      await area.scrollIntoViewIfNeeded();
      await area.screenshot({ path: cfg.shots + '/site-' + name + '.png' });
    }
    await page.close();
  }
} catch (e) {
  result.failure = String(e && e.stack || e);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));

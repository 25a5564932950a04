// One Chromium for a test file, with the same no-network flags as the browser tests.
import { chromium } from 'playwright';
import { CHROME_FLAGS, findChromium } from '../../scripts/chromium.mjs';

export async function launch() {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROME_FLAGS.filter((f) => f !== '--headless=new') });
}

/** Opens `url` in a new page that records console errors, page errors and CSP violations. */
export async function open(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  return { page, problems };
}

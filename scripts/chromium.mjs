// Finds the Chromium the tests drive: $CHROME_PATH, else a standard install. Run directly, it installs
// Debian's `chromium` when none is found and apt-get and root are available, or says how in one line.
// Nothing here downloads a browser of its own.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The flags every launch uses: headless, no sandbox (root in CI), and no calls to the network. */
export const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
  // Test pages run side by side: keep background pages' timers and frames at full speed.
  '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
];

/** Playwright's own Chromium, where a developer installed it (`npx playwright install chromium`), newest first. */
function playwrightChromium() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache/ms-playwright');
  let dirs = [];
  try {
    dirs = readdirSync(cache).filter((d) => /^chromium-\d+$/.test(d)).sort((a, b) => +b.slice(9) - +a.slice(9));
  } catch {
    return [];
  }
  return dirs.flatMap((d) => ['chrome-linux64/chrome', 'chrome-linux/chrome', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium'].map((p) => join(cache, d, p)));
}

export function findChromium() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return [...CANDIDATES, ...playwrightChromium()].find((p) => existsSync(p));
}

export function ensureChromium() {
  let found = findChromium();
  if (found) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  let apt = false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    apt = true;
  } catch {}
  if (!root || !apt) {
    console.error('No Chromium found: install Chromium or Chrome, or set CHROME_PATH to its executable.');
    process.exit(1);
  }
  console.log('Installing Debian chromium (apt-get)…');
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], { stdio: 'inherit' });
  found = findChromium();
  if (!found) {
    console.error('apt-get installed no usable Chromium: set CHROME_PATH to a Chrome or Chromium executable.');
    process.exit(1);
  }
  return found;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(ensureChromium());

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_FLAGS, findChromium } from './scripts/chromium.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  // 'browser' condition: msw's deps (@mswjs/interceptors) resolve to their browser builds.
  nodeResolve: { exportConditions: ['browser', 'development'], browser: true },
  middleware: [
    function serveMswWorker(context, next) {
      // The worker's scope must be '/' to see the test pages' requests.
      if (context.url.startsWith('/mockServiceWorker.js')) context.url = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROME_FLAGS },
    }),
  ],
  // One page at a time: a background tab's timers are throttled, which starves the mock worker.
  concurrency: 1,
  // The fault matrix alone takes about a minute on a loaded machine.
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 8000 } },
};

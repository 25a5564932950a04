/**
 * Starts the mock realm in the browser through MSW's service worker (`/mockServiceWorker.js`,
 * generated into `public/`). Used by tests, the demo and Storybook.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers, realm as defaultRealm } from './handlers.js';
import type { MockRealm } from './realm.js';

let worker: SetupWorker | undefined;
let starting: Promise<SetupWorker> | undefined;
let currentRealm: MockRealm | undefined;

/**
 * Starts the worker once (idempotent: later calls return the same started worker). Passing a
 * different realm than the one in use swaps the handlers over to it.
 */
export async function startMockWorker(realm?: MockRealm): Promise<SetupWorker> {
  if (starting) {
    const w = await starting;
    if (realm && realm !== currentRealm) {
      currentRealm = realm;
      w.resetHandlers(...createHandlers(realm));
    }
    return w;
  }
  currentRealm = realm ?? defaultRealm;
  const w = setupWorker(...createHandlers(currentRealm));
  worker = w;
  starting = w
    .start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } })
    .then(() => w)
    .catch((e: unknown) => {
      worker = undefined;
      starting = undefined;
      currentRealm = undefined;
      throw e;
    });
  return starting;
}

/** Stops the worker (requests reach the network again); a later start begins afresh. */
export function stopMockWorker(): void {
  worker?.stop();
  worker = undefined;
  starting = undefined;
  currentRealm = undefined;
}

/** The realm the running worker serves (undefined when not started). */
export function currentMockRealm(): MockRealm | undefined {
  return currentRealm;
}

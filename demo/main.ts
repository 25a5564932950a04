// The demo page: the mock realm in a service worker, then every element registered.
import { startMockWorker } from '../mocks/browser.js';

const BASES: Record<string, string> = { modyo: '/api/customers', rest: '/api/bird', scim: '/api/scim2' };

await startMockWorker();
await import('../src/define.js');

const profile = document.querySelector('user-profile')!;
const form = document.querySelector<HTMLFormElement>('#controls')!;
form.addEventListener('change', () => {
  const data = new FormData(form);
  const dialect = String(data.get('dialect'));
  profile.setAttribute('dialect', dialect);
  profile.setAttribute('api-base', BASES[dialect]);
  profile.setAttribute('lang', String(data.get('lang')));
  const theme = String(data.get('theme'));
  if (theme) profile.setAttribute('theme', theme);
  else profile.removeAttribute('theme');
});

const log = document.querySelector('#log')!;
for (const type of ['profile-loaded', 'profile-saving', 'profile-saved', 'profile-error', 'profile-unauthorized', 'notification-read', 'notifications-unread-changed', 'account-deleting', 'account-deleted']) {
  profile.addEventListener(type, (e) => {
    const detail = JSON.stringify((e as CustomEvent).detail, (k, v) => (k === 'delegatedToken' && v ? '[delegated token]' : v));
    log.textContent = `${type} ${detail.slice(0, 200)}\n${log.textContent}`;
  });
}

// The demo page: the mock realm in a service worker, then every element registered. The controls
// switch dialect (modyo, rest, scim), language and theme; the realm controls reset the mock data and
// choose whether the SCIM server allows self-deletion (204) or not (501). "View as" opens the
// administrator's view of another user of the SCIM realm (`user-id`). `?dialect=scim&lang=es`
// or `?user=sam` opens the page in that state.
import { startMockWorker } from '../mocks/browser.js';
import { realm } from '../mocks/handlers.js';
import { SCIM_USERS } from '../mocks/seed.js';

const BASES: Record<string, string> = { modyo: '/api/customers', rest: '/api/bird', scim: '/api/scim2' };
const EVENTS = ['profile-loaded', 'profile-saving', 'profile-saved', 'profile-error', 'profile-unauthorized', 'notification-read', 'notifications-unread-changed', 'account-deleting', 'account-deleted', 'password-reset', 'account-status-changed'];

await startMockWorker(realm);
await import('../src/define.js');

const form = document.querySelector<HTMLFormElement>('#controls')!;
const main = document.querySelector('main')!;
const log = document.querySelector('#log')!;
const value = (name: string) => String(new FormData(form).get(name) ?? '');

// The query string wins over what the browser restored into the form.
for (const [name, v] of new URLSearchParams(location.search)) {
  const field = form.elements.namedItem(name);
  if (field instanceof HTMLSelectElement && [...field.options].some((o) => o.value === v)) field.value = v;
}

function syncUrl() {
  const url = new URL(location.href);
  const params = new URLSearchParams({ dialect: value('dialect'), lang: value('lang') });
  if (value('user')) params.set('user', value('user'));
  url.search = params.toString();
  history.replaceState(null, '', url);
}

/** A fresh `<user-profile>` for the current controls: nothing cached from the previous dialect. */
function render() {
  // Administrator mode is a SCIM feature: choosing a user switches the dialect to SCIM.
  const user = value('user') as keyof typeof SCIM_USERS | '';
  if (user) (form.elements.namedItem('dialect') as HTMLSelectElement).value = 'scim';
  const dialect = value('dialect');
  realm.scim.allowDelete = value('scimDelete') === 'on';
  const profile = document.createElement('user-profile');
  profile.setAttribute('dialect', dialect);
  profile.setAttribute('api-base', BASES[dialect]!);
  if (dialect === 'modyo') profile.setAttribute('realm', 'demo');
  if (user) profile.setAttribute('user-id', SCIM_USERS[user]);
  profile.setAttribute('help-center', '');
  profile.setAttribute('lang', value('lang'));
  if (value('theme')) profile.setAttribute('theme', value('theme'));
  const signIn = Object.assign(document.createElement('a'), { slot: 'signed-out', href: '#', textContent: 'Sign in again (resets the mock realm)' });
  signIn.addEventListener('click', (e) => {
    e.preventDefault();
    realm.reset();
    render();
  });
  profile.append(signIn);
  for (const type of EVENTS) {
    profile.addEventListener(type, (e) => {
      const detail = JSON.stringify((e as CustomEvent).detail, (k, v) => (k === 'delegatedToken' && v ? '[delegated token]' : v));
      log.textContent = `${type} ${detail.slice(0, 200)}\n${log.textContent}`;
    });
  }
  main.replaceChildren(profile);
  syncUrl();
}

form.addEventListener('change', (e) => {
  const { name } = e.target as HTMLInputElement;
  const profile = main.querySelector('user-profile');
  if (name === 'dialect' && value('dialect') !== 'scim') (form.elements.namedItem('user') as HTMLSelectElement).value = '';
  if (name === 'scimDelete') realm.scim.allowDelete = value('scimDelete') === 'on';
  else if (profile && (name === 'lang' || name === 'theme')) {
    // Language and theme apply to the live element, keeping what the user typed.
    if (value(name)) profile.setAttribute(name, value(name));
    else profile.removeAttribute(name);
    syncUrl();
  } else render();
});

document.querySelector('#reset')!.addEventListener('click', () => {
  realm.reset();
  log.textContent = '';
  render();
});

render();

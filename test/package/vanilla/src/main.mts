// A TypeScript app that follows the README's npm section: this one import and nothing else from the
// package. (`.mts`, not `.ts`: the repository's own tsconfig.json type-checks test/**/*.ts.) Every tag must be in HTMLElementTagNameMap and every event in GlobalEventHandlersEventMap
// with its typed `detail` (scripts/check-package.mjs also checks that every tag and event of
// custom-elements.json is named here). A line after `expect-error TSnnnn` must get exactly that error.
import 'profile-elements/define.js';

/** Fails to compile when `T` is `any` (an untyped `detail` would pass every access silently). */
type NotAny<T> = 0 extends 1 & T ? never : T;
function typed<T>(value: NotAny<T>): T {
  return value as T;
}

const profile = document.createElement('user-profile');
profile.apiBase = 'https://acme.example/api/customers';
profile.realm = 'demo';
profile.dialect = 'scim';
profile.helpCenter = true;
profile.getToken = async () => 'token';
document.querySelector('profile-notifications')?.setAttribute('poll', '30');
const notifications: HTMLElementTagNameMap['profile-notifications'] = document.createElement('profile-notifications');
notifications.perPage = 20;
document.createElement('profile-sites').sites = [];
document.createElement('profile-edit-form').timeout = 8000;
document.createElement('profile-delete-account').credentials = 'same-origin';
document.createElement('profile-activity').theme = 'dark';
const admin: HTMLElementTagNameMap['profile-account-admin'] = document.createElement('profile-account-admin');
admin.userId = '8f3e0c1d';
profile.userId = admin.userId;

profile.addEventListener('profile-loaded', (e) => typed(e.detail).profile.name.toUpperCase());
profile.addEventListener('profile-saving', (e) => {
  typed(e.detail).changes;
  e.preventDefault();
});
profile.addEventListener('profile-saved', (e) => typed(e.detail).profile.values);
profile.addEventListener('profile-error', (e) => typed(e.detail).operation + typed(e.detail).status.toFixed() + e.detail.message);
profile.addEventListener('profile-unauthorized', (e) => typed(e.detail).status.toFixed());
profile.addEventListener('notification-read', (e) => typed(e.detail).notification.id);
profile.addEventListener('notifications-unread-changed', (e) => typed(e.detail).count.toFixed());
profile.addEventListener('account-deleting', (e) => typed(e.detail));
profile.addEventListener('account-deleted', (e) => typed(e.detail).pending === true || e.detail.userId?.length);
profile.addEventListener('password-reset', (e) => (typed(e.detail).method === 'invite' ? 'invite' : 'temporary') + e.detail.userId);
admin.addEventListener('account-status-changed', (e) => typed(e.detail).locked || e.detail.disabled || e.detail.userId.length > 0);
document.addEventListener('profile-saved', (e) => e.detail.profile.id);

// Deliberate mistakes: each must be reported.
// expect-error TS2551: `profle` is not a field of profile-loaded's detail (did you mean `profile`?)
profile.addEventListener('profile-loaded', (e) => e.detail.profle);
// expect-error TS2339: profile-error's detail has no `code`
profile.addEventListener('profile-error', (e) => e.detail.code);
// expect-error TS2322: 'soap' is not a Dialect
profile.dialect = 'soap';
// expect-error TS2551: misspelt property (did you mean `apiBase`?)
profile.apiBse = '/api';

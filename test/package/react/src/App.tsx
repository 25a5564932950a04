// React 19 + TypeScript, as the README's "Framework typings" section says: camelCase properties
// (checked), hyphenated attributes (allowed), `on<event-name>` listeners with typed events.
// A line after `expect-error TSnnnn` must get exactly that error.
import 'profile-elements/define.js';
import type {} from 'profile-elements/react';
import type { ProfileApi } from 'profile-elements';
import { useRef } from 'react';

export function App({ api }: { api: ProfileApi }) {
  const ref = useRef<HTMLElementTagNameMap['user-profile']>(null);
  return (
    <>
      <user-profile
        ref={ref}
        apiBase="https://acme.example/api/customers"
        realm="demo"
        dialect="modyo"
        credentials="include"
        timeout={8000}
        theme="dark"
        hide="activity danger"
        helpCenter
        className="profile"
        getToken={async () => 'token'}
        onprofile-loaded={(e) => e.detail.profile.name.toUpperCase()}
        onprofile-saving={(e) => e.preventDefault()}
        onprofile-error={(e) => console.log(e.detail.operation, e.detail.status)}
        onnotifications-unread-changed={(e) => e.detail.count.toFixed()}
      >
        <a slot="signed-out" href="/login">Sign in</a>
      </user-profile>
      <user-profile api-base="/api" help-center realm="demo" />
      <profile-sites api={api} sites={[]} />
      <profile-notifications apiBase="/api" perPage={20} poll={30} onnotification-read={(e) => e.detail.notification.id} />
      <profile-edit-form apiBase="/api" onprofile-saved={(e) => e.detail.profile.values} />
      <profile-delete-account apiBase="/api" onaccount-deleted={(e) => e.detail.pending} />
      <profile-activity apiBase="/api" per-page={5} />

      {/* Deliberate mistakes, one per element (TypeScript reports an unknown property only when the
          rest of the element is right): each must be reported. */}
      {/* expect-error TS2322: misspelt property */}
      <user-profile apiBse="/api" />
      {/* expect-error TS2322: 'soap' is not a Dialect */}
      <profile-edit-form dialect="soap" />
      {/* expect-error TS2551: `profle` is not a field of profile-loaded's detail */}
      <user-profile onprofile-loaded={(e) => e.detail.profle} />
      {/* expect-error TS2322: the token is a string */}
      <profile-sites token={42} />
    </>
  );
}

import 'profile-elements/define.js'; // registers the tags (once, anywhere in the app)
import type {} from 'profile-elements/react';
import type { ProfileApi } from 'profile-elements';
import { useRef } from 'react';

export function App({ api }: { api: ProfileApi }) {
  const ref = useRef<HTMLElementTagNameMap['user-profile']>(null);
  return (
    <div>
      <user-profile
        ref={ref}
        api-base="https://acme.example/api/customers"
        realm="demo"
        dialect="modyo"
        credentials="include"
        timeout={8000}
        theme="dark"
        hide="activity danger"
        help-center
        lang="es"
        className="profile"
        getToken={async () => 'token'}
        onprofile-saved={(e) => console.log(e.detail.profile.name)}
        onprofile-error={(e) => console.log(e.detail.operation, e.detail.status)}
        onnotifications-unread-changed={(e) => console.log(e.detail.count)}
      >
        <a slot="signed-out" href="/login">Sign in</a>
      </user-profile>
      <profile-sites api={api} />
      <profile-notifications api-base="/api" realm="demo" onnotification-read={(e) => e.detail.notification.id} />
      {/* @ts-expect-error: not a dialect */}
      <user-profile dialect="graphql" />
      {/* @ts-expect-error: the token is a string */}
      <user-profile token={42} />
      {/* @ts-expect-error: not an attribute of the element */}
      <profile-activity bogus="x" />
    </div>
  );
}

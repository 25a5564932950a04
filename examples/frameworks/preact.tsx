import 'profile-elements/define.js'; // registers the tags (once, anywhere in the app)
import type {} from 'profile-elements/preact';

export function App() {
  return (
    <div>
      <user-profile
        api-base="/api/customers"
        realm="demo"
        dialect="scim"
        hide="sites"
        class="profile"
        token="secret"
        onprofile-saved={(e) => console.log(e.detail.profile.name)}
        onprofile-unauthorized={(e) => console.log(e.detail.status)}
      />
      {/* @ts-expect-error: not a dialect */}
      <profile-edit-form dialect="graphql" />
    </div>
  );
}

import 'profile-elements/define.js'; // registers the tags (once, anywhere in the app)
import type {} from 'profile-elements/solid';

export function App() {
  return (
    <div>
      <user-profile
        api-base="/api/customers"
        realm="demo"
        theme="light"
        class="profile"
        getToken={async () => 'token'}
        on:profile-saved={(e) => console.log(e.detail.profile.name)}
        on:notifications-unread-changed={(e) => console.log(e.detail.count)}
      />
      {/* @ts-expect-error: not a theme */}
      <profile-sites theme="sepia" />
    </div>
  );
}

/**
 * Registers every element. Importing it twice, or loading two bundles on one page (a CMS that
 * includes the script twice), is harmless: a tag already defined is skipped, not an error.
 */
import { ProfileAccountAdmin } from './components/profile-account-admin/profile-account-admin.js';
import { ProfileActivity } from './components/profile-activity/profile-activity.js';
import { ProfileDeleteAccount } from './components/profile-delete-account/profile-delete-account.js';
import { ProfileEditForm } from './components/profile-edit-form/profile-edit-form.js';
import { ProfileNotifications } from './components/profile-notifications/profile-notifications.js';
import { ProfileSites } from './components/profile-sites/profile-sites.js';
import { UserProfile } from './components/user-profile/user-profile.js';

// Types only (erased from the JavaScript): `import 'profile-elements/define.js'` alone then brings the
// `HTMLElementTagNameMap` and `GlobalEventHandlersEventMap` augmentations (typed `detail` of every event).
export type * from './index.js';

export const elements = {
  'user-profile': UserProfile,
  'profile-notifications': ProfileNotifications,
  'profile-sites': ProfileSites,
  'profile-edit-form': ProfileEditForm,
  'profile-delete-account': ProfileDeleteAccount,
  'profile-activity': ProfileActivity,
  'profile-account-admin': ProfileAccountAdmin,
} as const;

for (const [tag, ctor] of Object.entries(elements)) {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}

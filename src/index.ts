// Classes, types and events; no side effects. Import `profile-elements/define.js` to register the tags.
export { UserProfile } from './components/user-profile/user-profile.js';
export { ProfileNotifications } from './components/profile-notifications/profile-notifications.js';
export { ProfileSites } from './components/profile-sites/profile-sites.js';
export { ProfileEditForm } from './components/profile-edit-form/profile-edit-form.js';
export { ProfileDeleteAccount } from './components/profile-delete-account/profile-delete-account.js';
export { ProfileActivity } from './components/profile-activity/profile-activity.js';
export { ProfileAccountAdmin } from './components/profile-account-admin/profile-account-admin.js';
export { ProfileElement } from './internal/profile-element.js';
export * from './api/index.js';
export * from './events/index.js';
export { profileContext, type ProfileContext } from './context/profile-context.js';

import type { Profile } from '../api/model.js';

/** `profile-saved`: the profile was saved; `profile` is what the server returned. */
export class ProfileSavedEvent extends CustomEvent<{ profile: Profile }> {
  static readonly type = 'profile-saved';
  constructor(detail: { profile: Profile }) {
    super('profile-saved', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'profile-saved': ProfileSavedEvent;
  }
}

import type { Profile } from '../api/model.js';

/** `profile-loaded`: the signed-in user was loaded (normalised; includes `delegatedToken` where the API gives one). */
export class ProfileLoadedEvent extends CustomEvent<{ profile: Profile }> {
  static readonly type = 'profile-loaded';
  constructor(detail: { profile: Profile }) {
    super('profile-loaded', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'profile-loaded': ProfileLoadedEvent;
  }
}

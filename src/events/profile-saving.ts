import type { FieldValues } from '../api/model.js';

/** `profile-saving`: a save is about to be sent; cancel it with `preventDefault()`. */
export class ProfileSavingEvent extends CustomEvent<{ changes: FieldValues }> {
  static readonly type = 'profile-saving';
  constructor(detail: { changes: FieldValues }) {
    super('profile-saving', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'profile-saving': ProfileSavingEvent;
  }
}

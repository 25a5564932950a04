import type { PasswordResetMethod } from '../api/model.js';

/**
 * `password-reset` (administrator mode): the server accepted a reset of the user's password, by an
 * invitation to set their own (`invite`: the server emails them) or to a temporary one (`temporary`).
 */
export class PasswordResetEvent extends CustomEvent<{ userId: string; method: PasswordResetMethod }> {
  static readonly type = 'password-reset';
  constructor(detail: { userId: string; method: PasswordResetMethod }) {
    super('password-reset', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'password-reset': PasswordResetEvent;
  }
}

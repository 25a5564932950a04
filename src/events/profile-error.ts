/** `profile-error`: an API call failed; `status` is −1 when the network failed. */
export class ProfileErrorEvent extends CustomEvent<{ operation: string; status: number; message: string }> {
  static readonly type = 'profile-error';
  constructor(detail: { operation: string; status: number; message: string }) {
    super('profile-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'profile-error': ProfileErrorEvent;
  }
}

/** `profile-unauthorized`: the server answered 401: the user has to sign in (again). */
export class ProfileUnauthorizedEvent extends CustomEvent<{ status: number }> {
  static readonly type = 'profile-unauthorized';
  constructor(detail: { status: number }) {
    super('profile-unauthorized', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'profile-unauthorized': ProfileUnauthorizedEvent;
  }
}

/** `account-deleting`: the account is about to be deleted; cancel it with `preventDefault()`. */
export class AccountDeletingEvent extends CustomEvent<Record<string, never>> {
  static readonly type = 'account-deleting';
  constructor(detail: Record<string, never>) {
    super('account-deleting', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'account-deleting': AccountDeletingEvent;
  }
}

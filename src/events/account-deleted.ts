/** `account-deleted`: the account was deleted. */
export class AccountDeletedEvent extends CustomEvent<Record<string, never>> {
  static readonly type = 'account-deleted';
  constructor(detail: Record<string, never>) {
    super('account-deleted', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'account-deleted': AccountDeletedEvent;
  }
}

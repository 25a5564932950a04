/**
 * `account-deleted`: the account was deleted; `pending: true` when the server accepted the deletion
 * for later (HTTP 202); `userId`, the user an administrator deleted (administrator mode).
 */
export class AccountDeletedEvent extends CustomEvent<{ pending?: boolean; userId?: string }> {
  static readonly type = 'account-deleted';
  constructor(detail: { pending?: boolean; userId?: string }) {
    super('account-deleted', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'account-deleted': AccountDeletedEvent;
  }
}

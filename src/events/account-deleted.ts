/** `account-deleted`: the account was deleted; `pending: true` when the server accepted the deletion for later (HTTP 202). */
export class AccountDeletedEvent extends CustomEvent<{ pending?: boolean }> {
  static readonly type = 'account-deleted';
  constructor(detail: { pending?: boolean }) {
    super('account-deleted', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'account-deleted': AccountDeletedEvent;
  }
}

/** `account-status-changed` (administrator mode): the account was locked or unlocked, disabled or enabled. */
export class AccountStatusChangedEvent extends CustomEvent<{ userId: string; locked: boolean; disabled: boolean }> {
  static readonly type = 'account-status-changed';
  constructor(detail: { userId: string; locked: boolean; disabled: boolean }) {
    super('account-status-changed', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'account-status-changed': AccountStatusChangedEvent;
  }
}

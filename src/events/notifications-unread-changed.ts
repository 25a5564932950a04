/** `notifications-unread-changed`: the number of unread notifications changed. */
export class NotificationsUnreadChangedEvent extends CustomEvent<{ count: number }> {
  static readonly type = 'notifications-unread-changed';
  constructor(detail: { count: number }) {
    super('notifications-unread-changed', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'notifications-unread-changed': NotificationsUnreadChangedEvent;
  }
}

import type { Notification } from '../api/model.js';

/** `notification-read`: a notification was opened and marked read. */
export class NotificationReadEvent extends CustomEvent<{ notification: Notification }> {
  static readonly type = 'notification-read';
  constructor(detail: { notification: Notification }) {
    super('notification-read', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'notification-read': NotificationReadEvent;
  }
}

import { msg } from '@lit/localize';
import { html } from 'lit';
import { hostStyles } from '../../styles/host.js';
import { ProfileElement } from '../shared/profile-element.js';

/** The parts `<user-profile>` exports from this element. */
export const NOTIFICATION_PARTS = '';

/**
 * The user's notifications: list, detail, read-marking, unread count.
 *
 * @summary The user's notifications: list, detail, read-marking, unread count.
 */
export class ProfileNotifications extends ProfileElement {
  static override styles = [hostStyles];

  override render() {
    return html`<h2>${msg('Notifications', { id: 'notifications.title' })}</h2>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-notifications': ProfileNotifications;
  }
}

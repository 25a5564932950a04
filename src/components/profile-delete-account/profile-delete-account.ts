import { msg } from '@lit/localize';
import { html } from 'lit';
import { hostStyles } from '../../styles/host.js';
import { ProfileElement } from '../shared/profile-element.js';

/** The parts `<user-profile>` exports from this element. */
export const DELETE_PARTS = '';

/**
 * Permanent account deletion with typed confirmation.
 *
 * @summary Permanent account deletion with typed confirmation.
 */
export class ProfileDeleteAccount extends ProfileElement {
  static override styles = [hostStyles];

  override render() {
    return html`<h2>${msg('Delete account', { id: 'delete.title' })}</h2>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-delete-account': ProfileDeleteAccount;
  }
}

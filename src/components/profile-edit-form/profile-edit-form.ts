import { msg } from '@lit/localize';
import { html } from 'lit';
import { hostStyles } from '../../styles/host.js';
import { ProfileElement } from '../shared/profile-element.js';

/** The parts `<user-profile>` exports from this element. */
export const EDIT_PARTS = '';

/**
 * Edit the user's own profile: standard and custom fields, password, email subscriptions.
 *
 * @summary Edit the user's own profile: standard and custom fields, password, email subscriptions.
 */
export class ProfileEditForm extends ProfileElement {
  static override styles = [hostStyles];

  override render() {
    return html`<h2>${msg('Edit profile', { id: 'edit.title' })}</h2>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-edit-form': ProfileEditForm;
  }
}

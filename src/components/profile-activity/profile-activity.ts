import { msg } from '@lit/localize';
import { html } from 'lit';
import { hostStyles } from '../../styles/host.js';
import { ProfileElement } from '../shared/profile-element.js';

/** The parts `<user-profile>` exports from this element. */
export const ACTIVITY_PARTS = '';

/**
 * The user's recent account events.
 *
 * @summary The user's recent account events.
 */
export class ProfileActivity extends ProfileElement {
  static override styles = [hostStyles];

  override render() {
    return html`<h2>${msg('Recent activity', { id: 'activity.title' })}</h2>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-activity': ProfileActivity;
  }
}

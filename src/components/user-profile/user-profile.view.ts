/**
 * The account status and the read-only account details of `<user-profile>`, loaded on demand only
 * for a profile that carries them (rest, SCIM). Stateless: its element keeps the profile.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { AccountStatus, Profile } from '../../api/model.js';
import { number } from '../../internal/intl.js';
import { adoptViewStyles } from '../../internal/view.js';
import type { UserProfile } from './user-profile.js';
import { styles } from './user-profile.view.styles.js';

/** What an account status means for the user; `active` (or none) says nothing. */
function statusView(status: AccountStatus | undefined): TemplateResult | typeof nothing {
  const text = status && {
    pending: msg('Your account is waiting for confirmation: some features are unavailable until then.', { id: 'profile.status.pending' }),
    invited: msg('You were invited: finish setting up your account to use every feature.', { id: 'profile.status.invited' }),
    banned: msg('Your account is suspended. Contact support if you think this is a mistake.', { id: 'profile.status.banned' }),
    deleted: msg('Your account is being deleted.', { id: 'profile.status.deleted' }),
    active: '',
  }[status];
  return text ? html`<p part="status" class=${status!}>${text}</p>` : nothing;
}

/** "· Verified · Primary" (or "· Awaiting verification") after an email address or phone number. */
const flags = (c: { verified?: boolean; primary?: boolean; pending?: boolean }) =>
  html`<span class="muted"
    >${c.verified === undefined ? '' : ' · '}${c.verified
      ? msg('Verified', { id: 'profile.verified' })
      : c.verified === false
        ? msg('Not verified', { id: 'profile.unverified' })
        : ''}${c.primary ? html` · ${msg('Primary', { id: 'profile.primary' })}` : ''}${c.pending ? html` · ${msg('Awaiting verification', { id: 'profile.pending' })}` : ''}</span
  >`;

/**
 * The read-only account details some backends carry (the rest dialect: emails, phones, linked
 * accounts, sessions, badges); nothing when there is nothing to show.
 */
function detailsView(p: Profile, locale: string): TemplateResult | typeof nothing {
  const rows: [string, unknown[] | undefined][] = [
    [msg('Email addresses', { id: 'profile.emails' }), p.emails?.map((e) => html`${e.address}${flags(e)}`)],
    [msg('Phone numbers', { id: 'profile.phones' }), p.phones?.map((t) => html`${t.number}${flags(t)}`)],
    [msg('Linked accounts', { id: 'profile.identities' }), p.identities?.map((i) => [i.provider.charAt(0).toUpperCase() + i.provider.slice(1), i.email || i.name].filter(Boolean).join(' · '))],
    [msg('Active sessions', { id: 'profile.sessions' }), p.activeSessions == null ? undefined : [number(p.activeSessions, locale)]],
    [msg('Badges', { id: 'profile.badges' }), p.badges],
  ];
  const shown = rows.filter(([, items]) => items?.length);
  return shown.length
    ? html`<section part="details">
        <h2>${msg('Account details', { id: 'profile.details' })}</h2>
        <dl>${shown.map(([label, items]) => html`<dt>${label}</dt>${items!.map((i) => html`<dd>${i}</dd>`)}`)}</dl>
      </section>`
    : nothing;
}

export class UserProfileView {
  constructor(host: UserProfile) {
    adoptViewStyles(host, styles);
  }

  /** The account-status banner (under the header). */
  status = statusView;

  /** The account details section. */
  details = detailsView;
}

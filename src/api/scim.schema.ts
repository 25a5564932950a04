/**
 * The `scim` dialect's form: a server's `/Schemas` (and `/ResourceTypes`) as field definitions, with
 * the conventions of WSO2 Identity Server and Asgardeo as their own apps (MyAccount, the Console,
 * `@asgardeo/react`) apply them — the attribute profile (`profiles.endUser`, or `profiles.console` for
 * an administrator) over the global flags, account-control attributes never offered, `userName`
 * read-only, upper-case type names, `canonicalValues` as `{label, value}`, `inputFormat`, numeric
 * `displayOrder` given as strings — and plain RFC 7643 for every other server. Part of the scim chunk.
 */
import { languageOptions, liveOptions, zoneOptions } from './choices.js';
import type { FieldDefinition, FieldOption, FieldType, FieldValues } from './model.js';
import { SCIM_CORE_USER } from './scim.wire.js';
import type * as Shape from './shape.js';
import type { Json } from './shape.js';

/** Which attribute profile applies: the user's own (self-service), or an administrator's. */
export type AttributeProfile = 'endUser' | 'console';

const lc = (s: string) => s.toLowerCase();

/**
 * Never offered in a form: identifiers and metadata, the password (its own section), the account's
 * state and security counters (an administrator's, in their own sections), verification internals,
 * identity-provider internals (MyAccount's and `@asgardeo/react`'s hidden lists), and what is shown
 * elsewhere — the avatar (`profileUrl`, `photos`), groups and roles, pending values (beside their field).
 */
const HIDDEN = new Set(
  `id externalId meta schemas password active groups roles profileUrl photos x509Certificates entitlements
  accountLocked accountDisabled accountState lockedReason unlockTime askPassword forcePasswordReset tenantAdminAskPassword
  oneTimePassword failedLoginAttempts failedLoginAttemptsBeforeSuccess failedLoginLockoutCount failedPasswordRecoveryAttempts
  failedEmailOTPAttempts failedSMSOTPAttempts failedTOTPAttempts failedBackupCodeAttempts lastLoginTime lastLogonTime
  lastPasswordUpdateTime verifiedEmailAddresses verifiedMobileNumbers emailVerified phoneVerified verifyEmail verifyMobile
  pendingEmails pendingMobileNumber userSourceId idpType localCredentialExists isReadOnlyUser isLiteUser managedOrg
  preferredMFAOption totpEnabled backupCodeEnabled emailOTPDisabled smsOTPDisabled ResourceType ExternalID MetaData`
    .split(/\s+/)
    .map(lc),
);

/**
 * Shown, not edited, here: lists whose changes go through the server's own verification flows (an
 * email or mobile number to confirm) or whose items carry types this form would lose.
 */
const LISTS = new Set('emails phoneNumbers addresses ims emailAddresses mobileNumbers'.split(' ').map(lc));

/** The sub-attributes of a standard multi-valued attribute (any other names are types: WSO2's `phoneNumbers.mobile`). */
const PARTS = new Set('value display type primary $ref formatted streetAddress locality region postalCode country'.split(' ').map(lc));

/** Where `GET /Schemas` is refused (403/404/501): the core attributes most servers let users edit. */
export const FALLBACK_SCHEMAS = [
  {
    id: SCIM_CORE_USER,
    attributes: 'name.givenName name.familyName displayName nickName preferredLanguage locale timezone'
      .split(' ')
      .map((p) => p.split('.'))
      .map(([n, s]) => (s ? { name: n, type: 'complex', subAttributes: [{ name: s }] } : { name: n })),
  },
];

/**
 * Where a server gives no `displayOrder` (SCIMMY, Okta…): the core attributes in the order people
 * expect them, not the RFC's (`formatted`, `familyName`, `givenName`, …).
 */
const ORDER = 'userName name.givenName name.middleName name.familyName name.honorificPrefix name.honorificSuffix name.formatted displayName nickName title emails phoneNumbers addresses preferredLanguage locale timezone'
  .split(' ')
  .map(lc);

/** `givenName` → `Given name`. */
const readable = (name: string) => {
  const s = name.replace(/([a-z\d])([A-Z])/g, '$1 $2').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
};

/** An input type WSO2 names in `inputFormat.inputType` → the control, and whether it holds several values. */
const INPUTS: Record<string, [FieldType, boolean?]> = {
  dropdown: ['dropdown'],
  multi_select_dropdown: ['dropdown', true],
  radio_group: ['choice'],
  checkbox_group: ['checkbox', true],
  checkbox: ['boolean'],
  toggle: ['boolean'],
  textarea: ['paragraph'],
  date_picker: ['date'],
  number_input: ['number'],
};

export interface SchemaContext {
  shape: typeof Shape;
  profile: AttributeProfile;
  /** The values last read (dropdowns keep the current value among their options). */
  seen: () => FieldValues;
  /** The UI locale (language names in menus follow it). */
  locale: () => string;
  /** A WSO2 / Asgardeo server (its schemas include `urn:scim:wso2:schema`). */
  wso2: boolean;
}

/**
 * The fields of the user's schemas — those `/ResourceTypes` names for the `User` type (its schema
 * and extensions), else the core User and every schema that is not core, a group or an API message —
 * sorted by `displayOrder` (`userName` first, unnumbered last).
 */
export function formFields(resources: unknown[], userSchemas: Set<string> | undefined, c: SchemaContext): FieldDefinition[] {
  const { isObj, str, num, bool } = c.shape;
  const out: FieldDefinition[] = [];

  /** The effective flag: the attribute profile's, else the global one. */
  const flag = (a: Json, k: string) => {
    const p = isObj(a.profiles) && isObj(a.profiles[c.profile]) ? (a.profiles[c.profile] as Json)[k] : undefined;
    return p ?? a[k];
  };

  function add(a: unknown, prefix: string, parent?: { editable: boolean; order: number; label?: string }) {
    if (!isObj(a) || !str(a.name)) return;
    const name = str(a.name)!;
    const mutability = lc(str(flag(a, 'mutability')) ?? '').replace(/[^a-z]/g, '');
    const supported = flag(a, 'supportedByDefault');
    if (HIDDEN.has(lc(name)) || mutability === 'writeonly' || lc(str(a.returned) ?? '') === 'never' || name === '$ref') return;
    if (supported !== undefined && !bool(supported)) return; // (a string "false" globally, a boolean in a profile)
    const key = prefix + name;
    const multiple = bool(a.multiValued);
    const type = lc(str(a.type) ?? 'string').replace(/_/g, '');
    if (type === 'binary') return;
    // A username is never the user's to change; an administrator's where the server allows it (not
    // WSO2's Console, which never does).
    const username = lc(name) === 'username' && !parent;
    const editable = mutability !== 'readonly' && mutability !== 'immutable' && (!username || (c.profile === 'console' && !c.wso2)) && (parent?.editable ?? true);
    // Without a displayName the element labels the field itself (translated for the core attributes).
    const label = str(a.displayName);
    const order = lc(name) === 'username' ? -1 : num(a.displayOrder) || (parent?.order ?? 0);
    const subs = Array.isArray(a.subAttributes) ? a.subAttributes.filter(isObj) : [];
    if (type === 'complex' && multiple && subs.length && subs.every((s) => !PARTS.has(lc(str(s.name) ?? '')))) {
      // WSO2 names the items of a list by their type (`phoneNumbers.mobile`, `addresses.home`): each
      // shown on its own, read-only (they change through the server's verification flows).
      for (const s of subs) add({ ...s, mutability: 'readOnly', multiValued: false, type: 'string' }, `${key}.`, { editable: false, order, label });
      return;
    }
    if (type === 'complex' && !multiple) {
      // A reference to another resource (`manager`: value + $ref + displayName) shows its name only.
      const ref = subs.some((s) => s.name === '$ref') && subs.find((s) => /^display/i.test(str(s.name) ?? ''));
      if (ref) add({ ...ref, displayName: label ?? readable(name), mutability: 'readOnly' }, `${key}.`, { editable, order, label });
      else {
        // Unnumbered parts follow the numbered ones (name: first, last, then full, middle, …).
        const last = Math.max(order, ...subs.map((s) => num(s.displayOrder)));
        subs.forEach((s, i) => add(s, `${key}.`, { editable: editable && !name.includes('#'), order: last && last + (i + 1) / 100, label }));
      }
      return;
    }
    const canonical = (Array.isArray(a.canonicalValues) ? a.canonicalValues : [])
      .map((v): FieldOption | undefined => (isObj(v) ? (str(v.value) ? { value: str(v.value)!, label: str(v.label ?? v.displayValue) ?? str(v.value)! } : undefined) : str(v) ? { value: str(v)!, label: str(v)! } : undefined))
      .filter((o): o is FieldOption => !!o);
    const languages = /^(locale|preferredLanguage)$/i.test(name);
    const input = isObj(a.inputFormat) ? INPUTS[lc(str(a.inputFormat.inputType) ?? '')] : undefined;
    let kind: FieldType =
      input?.[0] ??
      (type === 'boolean' ? 'boolean'
      : type === 'integer' || type === 'decimal' ? 'number'
      : type === 'datetime' || type === 'epoch' ? 'datetime'
      : type === 'date' || /birth|^date|Date$/.test(name) ? 'date'
      : type === 'reference' || /photo|url$/i.test(name) ? 'url'
      : /email/i.test(name) ? 'email'
      : /phone|mobile/i.test(name) ? 'tel'
      : 'text');
    if ((canonical.length && !['choice', 'checkbox'].includes(kind)) || (!multiple && (languages || /^timezone$/i.test(name)))) kind = 'dropdown';
    const list = multiple && (type === 'complex' || LISTS.has(lc(name)));
    const field: FieldDefinition = {
      key,
      label,
      type: kind,
      required: bool(flag(a, 'required')),
      editable: editable && !list,
      multiple: multiple || !!input?.[1],
      pattern: str(a.regEx),
      step: type === 'integer' ? 1 : undefined,
      past: /birth/i.test(name) || undefined,
      position: order || (ORDER.includes(lc(key)) ? 900 + ORDER.indexOf(lc(key)) : 1000 + out.length),
    };
    if (kind === 'dropdown' || canonical.length) {
      const current = () => [c.seen()[key]].flat().filter((v): v is string => typeof v === 'string' && !!v);
      liveOptions(field, () =>
        languages ? languageOptions(c.locale(), c.seen()[key], canonical.map((o) => o.value))
        : canonical.length ? [...canonical, ...current().filter((v) => !canonical.some((o) => o.value === v)).map((value) => ({ value, label: value }))]
        : zoneOptions(c.seen()[key]),
      );
    }
    out.push(field);
  }

  for (const s of resources) {
    const id = isObj(s) ? str(s.id) : undefined;
    if (!id || (userSchemas ? !userSchemas.has(lc(id)) : id !== SCIM_CORE_USER && /:core:|group|:api:/i.test(id))) continue;
    for (const a of Array.isArray((s as Json).attributes) ? ((s as Json).attributes as unknown[]) : []) add(a, id === SCIM_CORE_USER ? '' : `${id}:`);
  }
  return out.sort((a, b) => a.position - b.position);
}

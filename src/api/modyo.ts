/**
 * The Modyo Customers dialect (the default): every call under `{api-base}/realms/{realm}` and the
 * whole mapping between Modyo's JSON and the normalised model, in this one file, so it can follow
 * the real API as it changes. See contract §3 "modyo". Loaded on demand by `createApi` (its reads
 * are started meanwhile): import types only from the entry (see kit.ts).
 */
import type { AdapterKit } from './kit.js';
import type {
  ActivityEvent,
  FieldDefinition,
  FieldType,
  FieldValue,
  FieldValues,
  FormConfig,
  Notification,
  Profile,
  Site,
  Subscription,
} from './model.js';
import type { ModyoNotification, ModyoSite, ModyoSubscription, ModyoUser } from './modyo.wire.js';
import type { ProfileApi } from './profile-api.js';
import type { Json } from './shape.js';

/** Standard Modyo user attributes the edit form knows, with their control types. */
const STANDARD: Record<string, FieldType> = {
  first_name: 'text',
  last_name: 'text',
  second_last_name: 'text',
  email: 'email',
  birth_date: 'date',
  sex: 'dropdown',
} satisfies Partial<Record<keyof ModyoUser, FieldType>>;
/** Modyo's `sex` codes; the elements translate the labels. */
const SEX = ['0', '1', '4', '5', '6'];
const CUSTOM = 'custom.';
const CUSTOM_TYPES = new Set(['text', 'paragraph', 'number', 'date', 'dropdown', 'choice', 'checkbox']);

/** Creates the Modyo adapter over a transport whose base is `{api-base}/realms/{realm}`. */
export function modyoApi({ http, Err, shape, realm = '' }: AdapterKit): ProfileApi {
  const { obj, isObj, list, num, str, bool } = shape;
  /** A {@link ModyoUser} (`GET /me`, `PUT /me`) as the normalised profile. */
  function toProfile(data: unknown): Profile {
    const u = obj(data, 'user');
    const id = str(u.id);
    if (id === undefined) throw new Err(200, 'shape', 'Unexpected response: user without id');
    const values: FieldValues = {};
    for (const key of Object.keys(STANDARD)) {
      const v = u[key];
      values[key] = v == null ? null : key === 'sex' ? String(v) : (str(v) ?? null);
    }
    for (const f of Array.isArray(u.custom_fields) ? u.custom_fields : []) {
      if (isObj(f) && str(f.key)) values[CUSTOM + str(f.key)] = customValue(f.value);
    }
    const first = [u.first_name, u.last_name].map(str).filter(Boolean).join(' ');
    const avatar = isObj(u.avatar) ? u.avatar : {};
    return {
      id,
      externalId: str(u.external_id),
      name: str(u.name) || first || str(u.username) || str(u.email) || '',
      username: str(u.username),
      email: str(u.email),
      avatarUrl: http.resolve(str(avatar.url_medium) ?? str(avatar.url_small) ?? str(avatar.url_original)),
      values,
      delegatedToken: u.delegated_token ?? null,
    };
  }

  function customValue(v: unknown): FieldValue {
    if (Array.isArray(v)) return v.map(String);
    return typeof v === 'boolean' || typeof v === 'number' ? v : (str(v) ?? null);
  }

  function toField(f: unknown, custom: boolean, index: number): FieldDefinition | undefined {
    if (!isObj(f) || !str(f.key)) return undefined;
    const key = str(f.key)!;
    const type = custom ? (CUSTOM_TYPES.has(str(f.type)!) ? (str(f.type) as FieldType) : 'text') : STANDARD[key];
    if (!type) return undefined; // a standard key this widget does not know: not shown
    const options = Array.isArray(f.options)
      ? f.options.filter(isObj).map((o) => ({ value: str(o.value) ?? '', label: str(o.label) ?? str(o.value) ?? '' }))
      : key === 'sex' && !custom
        ? SEX.map((value) => ({ value, label: '' }))
        : undefined;
    return {
      key: custom ? CUSTOM + key : key,
      label: custom ? str(f.name) : undefined,
      type,
      required: bool(f.required),
      editable: f.editable === undefined ? true : bool(f.editable),
      hint: str(f.hint),
      defaultValue: f.default_value === undefined ? undefined : customValue(f.default_value),
      options,
      multiple: type === 'checkbox' && !!options?.length,
      custom,
      past: key === 'birth_date' && !custom,
      position: custom ? 1000 + num(f.position, index) : index,
    };
  }

  /** Error keys from a 422 body → field keys (custom ones are prefixed like their definitions). */
  function mapFieldErrors(e: unknown): never {
    if (e instanceof Err && Object.keys(e.fieldErrors).length) {
      const mapped: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(e.fieldErrors)) {
        const key = k.replace(/^custom_fields\./, '');
        mapped[key in STANDARD ? key : CUSTOM + key] = v;
      }
      throw new Err(e.status, e.kind, e.message, mapped, e.retryAfter);
    }
    throw e;
  }

  /** A {@link ModyoNotification}. */
  function toNotification(n: unknown): Notification {
    const o = obj(n, 'notification');
    return {
      id: str(o.id) ?? '',
      subject: str(o.subject) ?? '',
      body: str(o.body) ?? '',
      sentAt: str(o.sent_at) ?? '',
      read: bool(o.opened),
      url: http.resolve(str(o.url)),
      baseUrl: http.resolve('.'),
    };
  }

  /** A {@link ModyoSubscription}. */
  function toSubscription(s: unknown): Subscription {
    const o = obj(s, 'subscription');
    return { id: str(o.id) ?? '', name: str(o.name) ?? '', description: str(o.description), subscribed: bool(o.subscribed) };
  }

  const meta = (m: unknown, page: number) => {
    const o = isObj(m) ? m : {};
    return {
      page: num(o.current_page, page),
      totalPages: num(o.total_pages, page),
      total: num(o.total_entries),
    };
  };

  const realmPage = (path: string) => {
    const base = new URL(http.options.base, document.baseURI);
    return `${base.origin}/realms/${encodeURIComponent(realm)}${path}`;
  };
  const api: ProfileApi = {
    async getProfile(signal) {
      return toProfile(await http.request('GET', '/me', { signal }));
    },

    async updateProfile(changes, signal) {
      const body: Json = {};
      const custom: { key: string; value: FieldValue }[] = [];
      for (const [key, value] of Object.entries(changes)) {
        if (key.startsWith(CUSTOM)) custom.push({ key: key.slice(CUSTOM.length), value });
        else body[key] = key === 'sex' && value !== null && value !== '' ? Number(value) : value;
      }
      if (custom.length) body.custom_fields = custom;
      const r = await http.request('PUT', '/me', { body, signal }).catch(mapFieldErrors);
      // A server answering 204 (or 200 without a body) saved it: read the user back.
      return r === undefined ? api.getProfile(signal) : toProfile(r);
    },

    async deleteAccount(signal) {
      await http.request('DELETE', '/me', { signal });
      return 'deleted';
    },

    async getFormConfig(signal): Promise<FormConfig> {
      const c = obj(await http.request('GET', '/profile_configuration', { signal }), 'profile configuration');
      const fields = [
        ...(Array.isArray(c.fields) ? c.fields : []).map((f, i) => toField(f, false, i)),
        ...(Array.isArray(c.custom_fields) ? c.custom_fields : []).map((f, i) => toField(f, true, i)),
      ].filter((f): f is FieldDefinition => !!f);
      return {
        fields: fields.sort((a, b) => a.position - b.position),
        canDelete: bool(c.delete_account),
        subscriptions: bool(c.subscriptions),
        password: { kind: 'link', url: realmPage('/password/change') },
        email: { kind: 'link', url: realmPage('/profile/change_email') },
      };
    },

    async listNotifications(page, perPage, signal) {
      const r = obj(await http.request('GET', '/notifications', { query: { page, per_page: perPage }, signal }), 'notifications');
      const items = list(r.notifications, 'notifications').map(toNotification);
      const m = isObj(r.meta) ? r.meta : {};
      return { items, ...meta(m, page), unread: num(m.unread_entries, items.filter((n) => !n.read).length) };
    },

    async markNotificationRead(id, signal) {
      const r = await http.request('PUT', `/notifications/${encodeURIComponent(id)}`, { body: { opened: true }, signal });
      return isObj(r) ? toNotification(r) : undefined;
    },

    async markAllNotificationsRead(signal) {
      await http.request('POST', '/notifications/mark_all_as_read', { signal });
    },

    /** Reads `{sites: […]}` of {@link ModyoSite}s. */
    async listSites(signal): Promise<Site[]> {
      const r = obj(await http.request('GET', '/sites', { signal }), 'sites');
      return list(r.sites, 'sites').map((s) => {
        const o: Json & Partial<Record<keyof ModyoSite, unknown>> = obj(s, 'site');
        return { id: str(o.id) ?? '', name: str(o.name) ?? '', url: http.resolve(str(o.url)) ?? '', logoUrl: http.resolve(str(o.logo_url)), description: str(o.description) };
      });
    },

    async listSubscriptions(signal) {
      const r = obj(await http.request('GET', '/subscriptions', { signal }), 'subscriptions');
      return list(r.subscriptions, 'subscriptions').map(toSubscription);
    },

    async setSubscription(id, subscribed, signal) {
      const r = await http.request('PUT', `/subscriptions/${encodeURIComponent(id)}`, { body: { subscribed }, signal });
      return isObj(r) ? toSubscription(r) : undefined;
    },

    async listActivity(page, perPage, signal) {
      const r = obj(await http.request('GET', '/events', { query: { page, per_page: perPage }, signal }), 'events');
      const items = list(r.events, 'events').map((e): ActivityEvent => {
        const o = obj(e, 'event');
        return { title: str(o.title) ?? '', description: str(o.description), createdAt: str(o.created_at) ?? '' };
      });
      return { items, ...meta(r.meta, page) };
    },

    async getHelpCenterUrl(signal) {
      const r = await http.request('GET', '/integrations/zendesk_sso_url', { signal });
      const url = isObj(r) ? (str(r.url) ?? str(r.sso_url)) : str(r);
      if (!url) throw new Err(200, 'shape', 'Unexpected response: no help centre URL');
      return url;
    },
  };
  return api;
}

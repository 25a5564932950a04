import { ProfileApiError, isAbort } from './errors.js';

/** Everything a transport needs; built by the elements from their attributes and properties. */
export interface TransportOptions {
  /** Base URL, absolute or relative; a trailing slash is ignored. */
  base: string;
  credentials?: RequestCredentials;
  /** Bearer token to send, or a function returning one (called before every request). */
  token?: () => string | undefined | Promise<string | undefined>;
  /** The user's language, sent as `Accept-Language` (a CORS-safelisted header: no preflight). */
  lang?: () => string | undefined;
  /** True once the account is gone (deleted here or in another tab): every request then fails at once, unsent. */
  gone?: () => boolean;
  /** Milliseconds before a request is given up as a timeout (default 15 000). */
  timeout?: number;
  /** How many times a GET is retried after a transient failure (default 2). Mutations never are. */
  retries?: number;
  /** Base of the exponential retry backoff in ms (default 400). */
  retryDelay?: number;
  /** Content type of request and response bodies (default `application/json`). */
  contentType?: string;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  signal?: AbortSignal;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Filled in with the response's HTTP status (e.g. to tell `202 Accepted` from `204`). */
  response?: { status?: number };
}

const TRANSIENT = new Set([408, 429, 502, 503, 504]);
/** Never wait longer than this for a `Retry-After` before giving up and showing the error. */
const MAX_RETRY_AFTER = 10;

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/** `Retry-After` in seconds: a number of seconds or an HTTP date (RFC 9110 §10.2.3). */
function retryAfter(h: string | null): number | undefined {
  if (h === null || !h.trim()) return undefined;
  const n = Number(h);
  if (Number.isFinite(n)) return Math.max(0, n);
  const at = Date.parse(h);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/**
 * The human-readable words of an error body, in any dialect: SCIM `{detail}`, Modyo `{error: "…"}`
 * or `{error: {user_session: "…"}}`, OAuth `{error_description}`, Bird `{message}` or
 * `{errors: ["…", {message}]}`, RFC 9457 `{title}`.
 */
function messageOf(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim() || undefined;
  if (Array.isArray(body)) return body.map(messageOf).filter(Boolean).join(' ') || undefined;
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  for (const k of ['detail', 'message', 'error_description', 'error', 'errors', 'title']) {
    const v = b[k];
    // (`errors` as an object is per field — `{errors: {email: ["is taken"]}}` — not one message.)
    const m = v && typeof v === 'object' && !Array.isArray(v) ? (k === 'errors' ? undefined : messageOf(Object.values(v)[0])) : messageOf(v);
    if (m) return m;
  }
  return undefined;
}

/** `{errors: {field: ["msg"] | "msg"}}` → `{field: ["msg"]}` (Modyo 422, Bird validation). */
function fieldErrorsOf(body: unknown): Record<string, string[]> {
  const errors = (body as { errors?: unknown } | null)?.errors;
  const out: Record<string, string[]> = {};
  if (errors && typeof errors === 'object' && !Array.isArray(errors)) {
    for (const [k, v] of Object.entries(errors)) {
      const list = (Array.isArray(v) ? v : [v]).filter((m) => typeof m === 'string');
      if (list.length) out[k] = list;
    }
  }
  return out;
}

/**
 * The HTTP layer under every adapter: base URL, credentials, bearer token, CSRF header on
 * mutations, timeout, abort, retries of idempotent reads, and one typed error for everything else.
 */
export class Transport {
  constructor(readonly options: TransportOptions) {}

  /** `GET`s started ahead of their caller (see {@link prefetch}), by URL, each taken once. */
  readonly #ahead = new Map<string, Promise<unknown>>();

  /**
   * Starts `GET path` now, for a caller whose code is still on its way: its own `request()` for the
   * same URL then takes this one instead of sending another.
   */
  prefetch(path: string, query?: RequestOptions['query'], signal?: AbortSignal): () => void {
    const url = this.url(path, query);
    if (!this.#ahead.has(url)) {
      const p = this.request('GET', path, { query, signal });
      p.catch(() => {}); // (its caller hears of a failure)
      this.#ahead.set(url, p);
    }
    // What the caller did not take (it failed before asking) is not kept for a later one.
    return () => this.#ahead.delete(url);
  }

  /** Absolute URL of `path` under the base, resolved against the page. */
  url(path: string, query?: RequestOptions['query']): string {
    const url = new URL(this.options.base.replace(/\/+$/, '') + path, document.baseURI);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    return url.href;
  }

  /**
   * A URL the server sent (an avatar, a logo, a link), absolute: a relative one (Modyo's
   * `"/user_avatar_medium.png"`) is the API's, so it resolves against the base, not the page the
   * widget is on. `undefined` stays `undefined`; what is no URL at all is returned as it is (the
   * elements' URL checks refuse it).
   */
  resolve(u: string | undefined): string | undefined {
    try {
      return u && new URL(u, this.url('/')).href;
    } catch {
      return u;
    }
  }

  async request<T = unknown>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const url = method === 'GET' && this.#ahead.size ? this.url(path, opts.query) : '';
    const ahead = this.#ahead.get(url);
    if (ahead) {
      this.#ahead.delete(url);
      return ahead as Promise<T>;
    }
    const retries = method === 'GET' ? (this.options.retries ?? 2) : 0;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once<T>(method, path, opts);
      } catch (e) {
        if (isAbort(e) || attempt >= retries || !(e instanceof ProfileApiError)) throw e;
        const transient = e.kind === 'network' || TRANSIENT.has(e.status);
        if (!transient || (e.retryAfter ?? 0) > MAX_RETRY_AFTER) throw e;
        const backoff = (this.options.retryDelay ?? 400) * 2 ** attempt;
        await wait(e.retryAfter !== undefined ? e.retryAfter * 1000 : backoff, opts.signal);
      }
    }
  }

  private async once<T>(method: string, path: string, { signal, query, body, response }: RequestOptions): Promise<T> {
    if (this.options.gone?.()) throw new ProfileApiError(410, 'gone', 'The account has been deleted');
    const type = this.options.contentType ?? 'application/json';
    const headers: Record<string, string> = { Accept: type };
    const token = await this.options.token?.();
    if (token) headers.Authorization = `Bearer ${token}`;
    const lang = this.options.lang?.();
    if (lang) headers['Accept-Language'] = lang;
    if (method !== 'GET') {
      const csrf = document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content;
      if (csrf) headers['X-CSRF-Token'] = csrf;
    }
    if (body !== undefined) headers['Content-Type'] = type;

    // One signal for the caller's abort and our timeout; the timer and the listener are released as
    // soon as the body is read, so nothing keeps the element alive after its request ended.
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(new DOMException('Timed out', 'TimeoutError')), this.options.timeout ?? 15000);
    const onAbort = () => ctl.abort(signal!.reason);
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const timedOut = () => ctl.signal.aborted && !signal?.aborted;
    let res: Response;
    let text = '';
    try {
      try {
        res = await (this.options.fetch ?? fetch)(this.url(path, query), {
          method,
          headers,
          credentials: this.options.credentials ?? 'include',
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: ctl.signal,
        });
      } catch {
        if (signal?.aborted) throw signal.reason;
        if (timedOut()) throw new ProfileApiError(-1, 'timeout', 'The server took too long to answer');
        throw new ProfileApiError(-1, 'network', 'The server could not be reached');
      }
      if (response) response.status = res.status;
      try {
        text = await res.text();
      } catch {
        if (signal?.aborted) throw signal.reason;
        throw new ProfileApiError(timedOut() ? -1 : res.status, timedOut() ? 'timeout' : 'network', 'The response was cut off');
      }
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    let data: unknown;
    let parsed = true;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = false;
    }
    if (!res.ok) {
      const words = parsed ? messageOf(data) : undefined;
      throw new ProfileApiError(
        res.status,
        'http',
        // (A body that only repeats the reason phrase, `{"error": "Forbidden"}`, says nothing more.)
        (words !== res.statusText && words) || `HTTP ${res.status} ${res.statusText}`.trim(),
        parsed ? fieldErrorsOf(data) : {},
        retryAfter(res.headers.get('Retry-After')),
        parsed && typeof (data as { scimType?: unknown } | undefined)?.scimType === 'string' ? (data as { scimType: string }).scimType : undefined,
      );
    }
    if (!parsed) throw new ProfileApiError(res.status, 'parse', 'The server sent a malformed response');
    return data as T;
  }
}

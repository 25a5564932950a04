/** What went wrong, coarsely: lets elements pick a message without parsing text. */
/** `gone`: the account was deleted (in this page or another tab): nothing is requested any more. */
export type ErrorKind = 'http' | 'network' | 'timeout' | 'parse' | 'shape' | 'unsupported' | 'gone';

/**
 * The one error every API call rejects with (besides an `AbortError` when the caller aborted).
 * `status` is the HTTP status, or −1 when no response arrived (network down, timeout).
 */
export class ProfileApiError extends Error {
  override name = 'ProfileApiError';
  constructor(
    readonly status: number,
    readonly kind: ErrorKind,
    message: string,
    /** Server-side errors per field key (422, SCIM 400), already mapped to {@link FieldDefinition.key}s. */
    readonly fieldErrors: Record<string, string[]> = {},
    /** Seconds the server asked us to wait (429/503 `Retry-After`). */
    readonly retryAfter?: number,
    /** SCIM's error type (`uniqueness`, `invalidValue`, `mutability`, …), where the server gave one. */
    readonly scimType?: string,
  ) {
    super(message);
  }
}

/**
 * The server's own words about a refusal — a SCIM `detail`, a Modyo `error`, a Bird `message` or
 * `errors` — when it sent some a person can read; `undefined` when it sent none (the transport's
 * message is then `HTTP <status> <reason>`), for HTML, and for a failure with no response.
 */
export function serverWords(e: unknown): string | undefined {
  if (!(e instanceof ProfileApiError) || (e.kind !== 'http' && e.kind !== 'unsupported')) return undefined;
  const m = e.message.trim();
  return m && m.length <= 500 && !/^(HTTP \d{3}\b|\s*<)/.test(m) ? m : undefined;
}

/** True for the `AbortError` a fetch or a task rejects with when its signal aborts. */
export const isAbort = (e: unknown): boolean =>
  (e as { name?: string } | null)?.name === 'AbortError';

/** Normalise anything thrown into a {@link ProfileApiError}. */
export const toApiError = (e: unknown): ProfileApiError =>
  e instanceof ProfileApiError ? e : new ProfileApiError(-1, 'network', String((e as Error)?.message ?? e));

/** Throw a `shape` error: the server answered, but not with what the contract promises. */
export function badShape(what: string): never {
  throw new ProfileApiError(200, 'shape', `Unexpected response: ${what}`);
}

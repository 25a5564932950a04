/** What went wrong, coarsely: lets elements pick a message without parsing text. */
export type ErrorKind = 'http' | 'network' | 'timeout' | 'parse' | 'shape' | 'unsupported';

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
  ) {
    super(message);
  }
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

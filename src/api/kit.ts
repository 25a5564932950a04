/**
 * What the entry hands an adapter that is loaded on demand (`rest.ts`, `scim.ts`). Those modules
 * import only types, so the script-tag bundle keeps them in their own chunks: anything they imported
 * at runtime from the entry's modules would be split into a chunk the entry loads up front.
 */
import type { ProfileApiError } from './errors.js';
import type * as shape from './shape.js';
import type { Transport } from './transport.js';

export interface AdapterKit {
  /** The HTTP layer, already configured (base URL, credentials, token, timeout, content type). */
  http: Transport;
  /** The error class every call rejects with. */
  Err: typeof ProfileApiError;
  /** The readers for untrusted JSON. */
  shape: typeof shape;
  /** The active UI locale (`en`, `es`, `pt`): labels the adapter builds (language names) use it. */
  locale: () => string;
  /** Administrator mode (`user-id`): the user the adapter reads and changes, instead of the signed-in one. */
  userId?: string;
  /** The realm (modyo dialect). */
  realm?: string;
}

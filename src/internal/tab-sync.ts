/**
 * Keeps the tabs (and the elements) showing the same account in step: what one of them does — a
 * notification read, the profile saved, the account deleted, the session ended — the others follow
 * without a request of their own beyond a re-read.
 *
 * Scoped: one `BroadcastChannel` per API base (origin + path), realm, dialect and signed-in user, so
 * nothing crosses to another realm, API base or user (contract §4 "Tabs in sync, realms apart"). An
 * element that does not know the user (a `<profile-notifications>` on its own loads no `/me`) uses
 * the scope with an empty user: it keeps in step with the elements that do not know it either.
 * Messages carry a type and at most a notification id: never a token, a delegated token, a
 * password or a profile. Where `BroadcastChannel` does not exist, nothing is synced and nothing fails.
 */
export type SyncMessage = { type: 'read'; id: string } | { type: 'all-read' } | { type: 'saved' } | { type: 'deleted' } | { type: 'signed-out' };

type Listener = (message: SyncMessage) => void;

export class TabSync {
  #channel?: BroadcastChannel;
  #scope?: string;
  readonly #listeners = new Set<Listener>();

  /**
   * Joins the channel of `scope` (leaving the one it was on), or none with `undefined` (an element
   * that left the page, a composite before it knows the user). Listeners stay across scopes.
   */
  open(scope: string | undefined): void {
    if (scope === this.#scope) return;
    this.#channel?.close();
    this.#channel = undefined;
    this.#scope = scope;
    if (scope === undefined || typeof BroadcastChannel !== 'function') return;
    this.#channel = new BroadcastChannel(`profile-elements ${scope}`);
    this.#channel.onmessage = ({ data }: MessageEvent<SyncMessage>) => {
      if (data && typeof data.type === 'string') for (const l of this.#listeners) l(data);
    };
  }

  /** Tells the other tabs and elements of this scope (never this instance's own listeners). */
  post(message: SyncMessage): void {
    this.#channel?.postMessage(message);
  }

  /** Calls `listener` with each message from the others until `signal` aborts. */
  listen(listener: Listener, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.#listeners.add(listener);
    signal.addEventListener('abort', () => this.#listeners.delete(listener), { once: true });
  }

}

/** The scope of an API client: its absolute base, realm, dialect and (where known) the signed-in user. */
export function syncScope(apiBase: string, realm: string | undefined, dialect: string | undefined, user = ''): string {
  let base = apiBase;
  try {
    base = new URL(apiBase, document.baseURI).href.replace(/\/+$/, '');
  } catch {
    // kept as written
  }
  return JSON.stringify([base, (dialect || 'modyo') === 'modyo' ? (realm ?? '') : '', dialect || 'modyo', user]);
}

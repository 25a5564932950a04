import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Asks the browser to confirm leaving the page while `dirty()` is true. The `beforeunload`
 * listener exists only while there are unsaved changes: an idle listener would keep the page out
 * of the back/forward cache.
 */
export class FormUnsaved implements ReactiveController {
  #on = false;
  readonly #host: ReactiveControllerHost & Element;
  readonly #dirty: () => boolean;

  constructor(host: ReactiveControllerHost & Element, dirty: () => boolean) {
    this.#host = host;
    this.#dirty = dirty;
    host.addController(this);
  }

  #warn = (e: BeforeUnloadEvent) => e.preventDefault();

  hostConnected() {
    this.#set(this.#dirty());
  }

  hostUpdated() {
    // Lit also updates a detached element (a save finishing after it left): no warning for those.
    this.#set(this.#host.isConnected && this.#dirty());
  }

  hostDisconnected() {
    this.#set(false);
  }

  #set(on: boolean) {
    if (on === this.#on) return;
    this.#on = on;
    if (on) addEventListener('beforeunload', this.#warn);
    else removeEventListener('beforeunload', this.#warn);
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * An `AbortSignal` for the element's own requests (saves, toggles, deletion): aborted when the
 * element leaves the page, renewed when it comes back, so nothing updates a detached element.
 */
export class FormConnection implements ReactiveController {
  #ac = new AbortController();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  get signal() {
    return this.#ac.signal;
  }

  hostConnected() {
    if (this.#ac.signal.aborted) this.#ac = new AbortController();
  }

  hostDisconnected() {
    this.#ac.abort(new DOMException('The element left the page', 'AbortError'));
  }
}

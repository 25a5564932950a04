import { Task, TaskStatus } from '@lit/task';
import { isAbort } from '../api/errors.js';

/**
 * A `Task` that also follows the host's connection: leaving the DOM aborts the request in flight
 * (contract §4: nothing is updated afterwards), and coming back runs an aborted load again.
 */
export class LoadTask<const A extends readonly unknown[] = readonly unknown[], R = unknown> extends Task<A, R> {
  // Not a `#private` field: `Task`'s constructor adds the controller to its host, which calls
  // `hostConnected` at once when the host is connected (a task a view creates), before this class's
  // fields exist.
  private interrupted = false;

  hostDisconnected() {
    if (this.status !== TaskStatus.PENDING) return;
    this.interrupted = true;
    this.abort(new DOMException('The element left the page', 'AbortError'));
  }

  hostConnected() {
    if (this.interrupted || (this.status === TaskStatus.ERROR && isAbort(this.error))) {
      this.interrupted = false;
      void this.run();
    }
  }
}

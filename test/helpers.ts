// Shared test set-up: the mock realm running in the page's service worker, and small waits on
// events and tasks (never on time).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { startMockWorker } from '../mocks/browser.js';
import { realm } from '../mocks/handlers.js';
import type { ProfileApiError } from '../src/api/index.js';

export { realm };

/** The demo realm's configuration, as attributes. */
export const MODYO = { base: '/api/customers', realm: 'demo' };

/** Starts the mock worker once per page and resets the realm (seed data, no faults, empty log). */
export async function useRealm() {
  await startMockWorker(realm);
  realm.reset();
  return realm;
}

/** Requests the realm received for `method path` (path relative to the dialect base). */
export const requests = (method: string, path: string | RegExp) =>
  realm.requests.filter((r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)));

/** The error a promise rejects with; fails when it resolves. */
export async function rejection(p: Promise<unknown>): Promise<ProfileApiError> {
  try {
    await p;
  } catch (e) {
    return e as ProfileApiError;
  }
  throw new Error('expected a rejection');
}

/** Collects every event of `types` dispatched on `target` (they bubble and are composed). */
export function record(target: EventTarget, ...types: string[]) {
  const events: CustomEvent[] = [];
  for (const t of types) target.addEventListener(t, (e) => events.push(e as CustomEvent));
  return events;
}

/** One mounted element (the first of `els`), its wrapper, the events it fired, and its shadow DOM by part. */
export interface Mounted<T extends HTMLElement> {
  el: T;
  /** Every element mounted (`count` of them). */
  els: T[];
  wrapper: HTMLElement;
  /** The events of the recorded types, from every element in the wrapper. */
  events: CustomEvent[];
  /** The first element in `el`'s shadow root with that part (or `null`), and all of them. */
  part: (name: string) => HTMLElement | null;
  all: (name: string) => HTMLElement[];
  /** The first element in `el`'s shadow root matching `selector`. */
  $: <E extends Element = HTMLElement>(selector: string) => E | null;
}

/**
 * Mounts `<tag attrs>children</tag>` (`count` times) in a fresh wrapper that records `events`; `props`
 * are assigned to each element (e.g. `.api`, `.token`); `into` puts the wrapper there instead of in a
 * new test fixture. The one way every suite puts an element on the page.
 */
export async function mount<T extends HTMLElement>(
  tag: string,
  attrs = '',
  { events = [], props = {}, children = '', count = 1, into }: { events?: string[]; props?: Partial<T>; children?: string; count?: number; into?: HTMLElement } = {},
): Promise<Mounted<T>> {
  const wrapper = into ? into.appendChild(document.createElement('div')) : await fixture<HTMLDivElement>(html`<div></div>`);
  const recorded = record(wrapper, ...events);
  wrapper.innerHTML = `<${tag} ${attrs}>${children}</${tag}>`.repeat(count);
  const els = [...wrapper.children] as T[];
  for (const el of els) Object.assign(el, props);
  const el = els[0]!;
  const all = (name: string) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
  return { el, els, wrapper, events: recorded, all, part: (name) => all(name)[0] ?? null, $: <E extends Element>(s: string) => el.shadowRoot?.querySelector<E>(s) ?? null };
}

/** Fails the current test if the page reports an uncaught error or unhandled rejection. */
export function watchUncaught() {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      return errors;
    },
  };
}

/** The usual hooks of a suite: a fresh realm before each test, and no uncaught error after it. */
export function guardEachTest() {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(async () => {
    await useRealm();
    uncaught = watchUncaught();
  });
  afterEach(() => expect(uncaught.stop(), 'uncaught errors').to.deep.equal([]));
}

/** Waits until `check` passes (for DOM that follows a request), re-checking every few ms up to `ms`. */
export async function until<T>(check: () => T | undefined | null | false, what = 'condition', ms = 5000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Lets `n` rendering frames pass (for asserting that something did *not* happen). */
export async function frames(n: number) {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
}

/** Text of an element's shadow root, whitespace collapsed. */
export const text = (el: Element | null | undefined) => (el?.shadowRoot ?? el)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export { oneEvent };

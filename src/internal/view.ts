import { adoptStyles, type CSSResultOrNative, type LitElement } from 'lit';
import { ProfileApiError } from '../api/errors.js';

/**
 * Imports an element's content view, loaded on demand in parallel with its data. Rejects with a
 * network `ProfileApiError`, so the element shows the usual "could not be reached … Try again".
 *
 * Offline, it does not even try: a browser remembers a failed module fetch for the life of the
 * page, so one attempt now would make every "Try again" fail after the connection is back.
 */
export const loadView = <T>(load: () => Promise<T>): Promise<T> =>
  (navigator.onLine ? load() : Promise.reject(Error('offline'))).catch((e) => {
    throw new ProfileApiError(-1, 'network', `The view could not be loaded: ${e}`);
  });

/**
 * Adds a view's own styles to its element's shadow root, after the element's (which style only
 * the states shown before the view arrives). Called once, by the view controller's constructor.
 */
export function adoptViewStyles(host: LitElement, styles: CSSResultOrNative): void {
  adoptStyles(host.renderRoot as ShadowRoot, [...(host.constructor as typeof LitElement).elementStyles, styles]);
}

import type { TemplateResult } from 'lit';
import { strings } from '../i18n/locale.js';

/**
 * A long list's item templates, each made once per item and language (of its dates and of its
 * strings): a list of 1 000 renders again (after "Load more", a read, a refresh) with no date
 * formatted anew. An item that changes is a new object, so it is made again.
 */
export class ItemTemplates<T extends object> {
  readonly #made = new WeakMap<T, [string, TemplateResult]>();

  /** `item`'s template in `locale`, made by `make` the first time. */
  get(item: T, locale: string, make: () => TemplateResult): TemplateResult {
    const key = `${locale} ${strings}`;
    const made = this.#made.get(item);
    if (made?.[0] === key) return made[1];
    const t = make();
    this.#made.set(item, [key, t]);
    return t;
  }
}

import type { ReactiveControllerHost } from 'lit';
import type { FormConfig, Profile } from '../api/model.js';
import type { ProfileApi } from '../api/profile-api.js';
import { LoadTask } from './load-task.js';
import type { Services } from './profile-element.js';
import { loadView } from './view.js';

/** What the sections that edit or delete the account load before they show anything. */
export interface AccountData<V> {
  api: ProfileApi;
  config: FormConfig;
  profile: Profile;
  /** The section's view module. */
  view: V;
}

/**
 * Loads the realm's form configuration, the user's profile and the section's view, together: inside
 * `<user-profile>` its one `GET /me` (waited for, never a second one) and its one configuration
 * request; alone, the element's own. After a failure, a load of the shared configuration for another
 * section (its "Try again") loads this one again too. `loaded` receives each result; `start` is
 * called as each load starts, for what the section wants fetched in the same round trip.
 */
export class AccountLoader<V> {
  readonly task: LoadTask<readonly unknown[], AccountData<V> | undefined>;
  #failed = false;

  constructor(
    host: ReactiveControllerHost,
    services: Services,
    operation: string,
    view: () => Promise<V>,
    loaded: (data: AccountData<V>) => void,
    start?: (api: ProfileApi) => void,
  ) {
    this.task = new LoadTask(host, {
      args: () => {
        const { client, shared } = services;
        return [client, !shared || !!shared.profile, this.#failed ? (shared?.configLoads ?? 0) : 0] as const;
      },
      task: async ([api, ready], { signal }) => {
        if (!api) return undefined;
        const { shared } = services;
        const theirs = shared?.api === api ? shared : undefined;
        // The configuration and the view start at once, even while <user-profile>'s GET /me is
        // still on its way (this run then ends; the one with the profile finds them in flight).
        const early = [theirs ? theirs.formConfig(signal) : api.getFormConfig(signal), loadView(view)] as const;
        start?.(api);
        if (!ready) return void early.forEach((p) => p.catch(() => {}));
        const [config, module, profile] = await Promise.all([...early, theirs?.profile ?? api.getProfile(signal)]);
        signal.throwIfAborted(); // left the page meanwhile
        return { api, config, profile, view: module };
      },
      onComplete: (data) => {
        this.#failed = false;
        if (data) loaded(data);
      },
      onError: (e) => {
        this.#failed = true;
        services.report(operation, e);
      },
    });
  }
}

import { createContext } from '@lit/context';
import type { FormConfig, Profile } from '../api/model.js';
import type { ProfileApi } from '../api/profile-api.js';
import type { TabSync } from '../internal/tab-sync.js';

/**
 * What `<user-profile>` shares with the sections inside it: one client, the one `/me` result and
 * the one realm configuration, so a page with every section still makes each request once.
 */
export interface ProfileContext {
  api: ProfileApi;
  /** The loaded profile; `undefined` while `/me` is loading or failed. */
  profile?: Profile;
  /**
   * Grows when the shared form configuration loads after a failure: a section still showing that
   * failure loads again (one section's "Try again" mends them all).
   */
  configLoads: number;
  /** The realm's form configuration, fetched once on first use and shared. */
  formConfig(signal?: AbortSignal): Promise<FormConfig>;
  /** A section saved the profile: update everyone (the header too) without a second `GET /me`. */
  profileChanged(profile: Profile): void;
  /** The other tabs showing this account, once the user is known (see `TabSync`). */
  sync: TabSync;
}

export const profileContext = createContext<ProfileContext | undefined>(Symbol('profile-elements'));

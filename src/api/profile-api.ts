import type {
  ActivityEvent,
  DeleteResult,
  FieldValues,
  FormConfig,
  NotificationPage,
  Notification,
  Page,
  PasswordResetMethod,
  Profile,
  Site,
  Subscription,
} from './model.js';

/**
 * What the elements need from a backend. The built-in dialects implement it over HTTP; pass your
 * own object through the `.api` property to speak any other backend.
 *
 * Every method takes an `AbortSignal` and rejects with a {@link ProfileApiError} (or the signal's
 * `AbortError`). Optional methods are capabilities: a section whose method is missing is neither
 * rendered nor requested.
 */
export interface ProfileApi {
  getProfile(signal?: AbortSignal): Promise<Profile>;
  /** Send only the changed values (keys of {@link FieldDefinition.key}); resolves to the saved profile. */
  updateProfile(changes: FieldValues, signal?: AbortSignal): Promise<Profile>;
  deleteAccount(signal?: AbortSignal): Promise<DeleteResult>;
  /** Which fields the form shows, and what the realm allows. */
  getFormConfig(signal?: AbortSignal): Promise<FormConfig>;
  /** Inline password change, for backends whose {@link FormConfig.password} is `inline`. */
  changePassword?(password: string, current: string | undefined, signal?: AbortSignal): Promise<void>;

  listNotifications?(page: number, perPage: number, signal?: AbortSignal): Promise<NotificationPage>;
  markNotificationRead?(id: string, signal?: AbortSignal): Promise<Notification | undefined>;
  markAllNotificationsRead?(signal?: AbortSignal): Promise<void>;

  listSites?(signal?: AbortSignal): Promise<Site[]>;

  listSubscriptions?(signal?: AbortSignal): Promise<Subscription[]>;
  setSubscription?(id: string, subscribed: boolean, signal?: AbortSignal): Promise<Subscription | undefined>;

  listActivity?(page: number, perPage: number, signal?: AbortSignal): Promise<Page<ActivityEvent>>;

  /** A single-sign-on URL into the help centre (Modyo's Zendesk integration). */
  getHelpCenterUrl?(signal?: AbortSignal): Promise<string>;

  /** Administrator mode: resets the user's password by inviting them to set one, or to a temporary one. */
  resetPassword?(method: PasswordResetMethod, password: string | undefined, signal?: AbortSignal): Promise<void>;
  /** Administrator mode: locks / unlocks or disables / enables the account; resolves to the profile as saved. */
  setAccountStatus?(status: { locked?: boolean; disabled?: boolean }, signal?: AbortSignal): Promise<Profile>;
}

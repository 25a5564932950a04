/**
 * The Modyo Customers API's JSON, as the adapter (`modyo.ts`) reads and writes it and the mock realm
 * serves it: the fields of contract §3 "modyo" and Modyo's Customer API documentation. Types only.
 */

export interface ModyoAvatar {
  id?: number;
  file_name?: string;
  url_small: string;
  url_medium: string;
  url_original: string;
}

/** Custom field value on the wire: text/paragraph/date/dropdown/choice → string, number → number,
 * checkbox with options → string[], checkbox without options → boolean; `null` when unset. */
export type ModyoCustomValue = string | number | boolean | string[] | null;

export interface ModyoCustomFieldValue {
  key: string;
  value: ModyoCustomValue;
}

export interface ModyoDelegatedToken {
  uuid: string;
  access_token: string;
  access_token_expires_in: number;
  access_token_expires_in_datetime: string;
}

/** Modyo `sex` codes: 0 male, 1 female, 4 non-binary, 5 other, 6 prefer not to say. */
export type ModyoSex = 0 | 1 | 4 | 5 | 6;

export interface ModyoUser {
  id: number;
  external_id: string;
  username: string;
  email: string;
  name: string;
  first_name: string;
  last_name: string;
  second_last_name: string | null;
  birth_date: string | null;
  sex: ModyoSex | null;
  avatar: ModyoAvatar | null;
  custom_fields: ModyoCustomFieldValue[];
  delegated_token: ModyoDelegatedToken | null;
}

export interface ModyoFieldConfig {
  key: 'first_name' | 'last_name' | 'second_last_name' | 'email' | 'birth_date' | 'sex' | (string & {});
  editable: boolean;
  required: boolean;
}

export type ModyoCustomFieldType = 'text' | 'paragraph' | 'number' | 'date' | 'dropdown' | 'choice' | 'checkbox';

export interface ModyoOption {
  value: string;
  label: string;
}

export interface ModyoCustomFieldConfig {
  key: string;
  name: string;
  type: ModyoCustomFieldType;
  required: boolean;
  editable: boolean;
  hint: string;
  default_value: ModyoCustomValue;
  /** dropdown / choice: one of them; checkbox: any subset; checkbox with `[]`: a single boolean. */
  options: ModyoOption[];
  position: number;
}

export interface ModyoProfileConfiguration {
  fields: ModyoFieldConfig[];
  custom_fields: ModyoCustomFieldConfig[];
  delete_account: boolean;
  subscriptions: boolean;
}

export interface ModyoNotification {
  id: number;
  subject: string;
  /** HTML (untrusted: some seed bodies carry scripts / event handlers on purpose). */
  body: string;
  sent_at: string;
  opened: boolean;
  url: string | null;
}

export interface ModyoSite {
  id: number;
  name: string;
  url: string;
  logo_url: string;
  description: string;
}

export interface ModyoSubscription {
  id: number;
  name: string;
  description: string;
  subscribed: boolean;
}

export interface ModyoEvent {
  title: string;
  description: string;
  created_at: string;
}


/**
 * The Bird-style "Current user" API's JSON (seeds 002/004), as the adapter (`rest.ts`) reads and
 * writes it and the mock realm serves it. Types only.
 */

export type RestStatus = 'pending' | 'active' | 'deleted' | 'invited' | 'banned';

export interface RestEmail {
  id: string;
  userId: string;
  email: string;
  verified: boolean;
  passwordSet: boolean;
  tokenSet: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface RestIdentity {
  id: string;
  name: string;
  email: string;
  avatarUrl: string;
  provider: string;
  createdAt: string;
  updatedAt: string;
}

export interface RestPhoneNumber {
  id: string;
  userId: string;
  phoneNumber: string;
  verified: boolean;
  primary: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface RestUser {
  id: string;
  status: RestStatus;
  name: string;
  bio: string | null;
  createdAt: string;
  updatedAt: string;
  emails: RestEmail[];
  defaultEmail: string;
  identities: RestIdentity[];
  avatarUrl: string | null;
  phoneNumber: string | null;
  phoneNumbers: RestPhoneNumber[];
  activeSessions: number;
  locale: string;
  timezone: string;
  badges: string[];
}


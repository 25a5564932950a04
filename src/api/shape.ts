import { badShape } from './errors.js';

/**
 * Small readers for untrusted JSON: they coerce what can be coerced and reject (with a `shape`
 * error) what cannot, so a strange response becomes an error state and never a TypeError later.
 */
export type Json = Record<string, unknown>;

export const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

export function obj(v: unknown, what: string): Json {
  return isObj(v) ? v : badShape(`${what} is not an object`);
}

export function list(v: unknown, what: string): unknown[] {
  return Array.isArray(v) ? v : badShape(`${what} is not a list`);
}

/** A string, or `undefined` for anything else (numbers are stringified). */
export const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

export const num = (v: unknown, fallback = 0): number => {
  const n = typeof v === 'string' && v.trim() ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
};

export const bool = (v: unknown): boolean => v === true || v === 'true' || v === 1;

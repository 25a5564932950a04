/**
 * Dates for people, in the element's locale: "3 days ago" for recent ones, a full date otherwise.
 * Invalid or missing dates from the server give `undefined`, never "Invalid Date" or a throw.
 */
import { DATE_TIME, intl, RELATIVE } from './intl.js';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31536e6],
  ['month', 2592e6],
  ['week', 6048e5],
  ['day', 864e5],
  ['hour', 36e5],
  ['minute', 6e4],
];

const valid = (iso: string | undefined) => {
  const d = iso ? new Date(iso) : undefined;
  return d && !Number.isNaN(d.getTime()) ? d : undefined;
};

/** "2 hours ago", "in 3 days", "now" (`numeric: 'auto'`: "yesterday"). */
export function relativeTime(iso: string | undefined, locale: string, now = Date.now()): string | undefined {
  const d = valid(iso);
  if (!d) return undefined;
  const diff = d.getTime() - now;
  const rtf = intl(Intl.RelativeTimeFormat, locale, RELATIVE);
  for (const [unit, ms] of UNITS) if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
  return rtf.format(0, 'minute');
}

/** A full, unambiguous date and time for a `title` or `<time>` text. */
export function dateTime(iso: string | undefined, locale: string): string | undefined {
  const d = valid(iso);
  return d && intl(Intl.DateTimeFormat, locale, DATE_TIME).format(d);
}

/** The ISO string for a `<time datetime>` attribute, or `undefined` when invalid. */
export const isoDate = (iso: string | undefined) => valid(iso)?.toISOString();

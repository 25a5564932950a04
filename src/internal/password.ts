/**
 * A new password typed twice, as the edit form (the user's own) and the administrator's reset (a
 * temporary one) check it before sending, and the server's words when it refuses one.
 */
import { msg } from '@lit/localize';
import { toApiError } from '../api/errors.js';

/** The message for each of the two inputs, `''` where it is fine: at least 8 characters, the same twice. */
export const newPasswordErrors = (first = '', second = ''): string[] => [
  first.length < 8 ? msg('Use at least 8 characters.', { id: 'edit.pw.short' }) : '',
  first !== second ? msg('The passwords do not match.', { id: 'edit.pw.mismatch' }) : '',
];

/** What the server said about the password's fields (its policy), joined; `''` when it named none. */
export const passwordFieldWords = (err: unknown): string => Object.values(toApiError(err).fieldErrors).flat().join(' ');

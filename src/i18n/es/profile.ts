import { str } from '@lit/localize';

export const profile = {
  'profile.signedOut': 'Cerraste sesión. Inicia sesión para ver tu perfil.',
  'profile.unread': str`${0} sin leer`,
} as const;

import { str } from '@lit/localize';

export const profile = {
  'profile.signedOut': 'Você saiu da sua conta. Entre para ver seu perfil.',
  'profile.unread': str`${0} não lidas`,
} as const;

import { str } from '@lit/localize';

export const sites = {
  'sites.title': 'Seus sites',
  'sites.empty': 'Ainda não há sites habilitados para sua conta.',
} as const;

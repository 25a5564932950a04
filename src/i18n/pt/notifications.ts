import { str } from '@lit/localize';

export const notifications = {
  'notifications.title': 'Notificações',
} as const;

import { str } from '@lit/localize';

export const notifications = {
  'notifications.title': 'Notificaciones',
} as const;

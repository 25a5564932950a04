import { str } from '@lit/localize';

export const activity = {
  'activity.title': 'Actividad reciente',
} as const;

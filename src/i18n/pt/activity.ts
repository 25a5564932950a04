import { str } from '@lit/localize';

export const activity = {
  'activity.title': 'Atividade recente',
} as const;

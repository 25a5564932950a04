import { str } from '@lit/localize';

export const deleteAccount = {
  'delete.title': 'Eliminar cuenta',
} as const;

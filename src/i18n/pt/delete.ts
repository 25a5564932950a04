import { str } from '@lit/localize';

export const deleteAccount = {
  'delete.title': 'Excluir conta',
} as const;

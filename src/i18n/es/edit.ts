import { str } from '@lit/localize';

export const edit = {
  'edit.title': 'Editar perfil',
} as const;

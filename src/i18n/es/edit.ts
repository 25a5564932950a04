export const edit = {
  'edit.title': 'Editar perfil',
};

export const deleteAccount = {
  'delete.title': 'Eliminar cuenta',
};

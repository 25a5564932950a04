export const deleteAccount = {
  'delete.title': 'Excluir conta',
};

export const deleteAccount = {
  'delete.title': 'Excluir conta',
  'delete.done': 'Sua conta foi excluída.',
  'delete.pending': 'A exclusão da sua conta está em andamento.',
  'delete.unsupported': 'Não é possível excluir sua conta por aqui. Fale com a sua organização para excluí-la.',
  'delete.warning':
    'Excluir sua conta é permanente: seu perfil, suas preferências, suas assinaturas e suas notificações são apagados e não podem ser recuperados, e sua sessão será encerrada.',
  'delete.open': 'Excluir conta…',
  'delete.confirmTitle': 'Excluir sua conta permanentemente?',
  'delete.undone': 'Esta ação não pode ser desfeita.',
  'delete.typeId': 'Para confirmar, digite o ID da sua conta: {0}',
  'delete.typeEmail': 'Para confirmar, digite seu e-mail: {0}',
  'delete.typeUsername': 'Para confirmar, digite seu nome de usuário: {0}',
  'delete.cancel': 'Cancelar',
  'delete.confirm': 'Excluir minha conta',
};

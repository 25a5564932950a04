export const activity = {
  'activity.title': 'Atividade recente',
  'activity.empty': 'Ainda não há atividade na sua conta.',
  'activity.more': 'Carregar mais',
  'activity.count': 'Mostrando {0} de {1}',
};

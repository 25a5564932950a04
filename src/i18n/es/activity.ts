export const activity = {
  'activity.title': 'Actividad reciente',
  'activity.empty': 'Todavía no hay actividad en tu cuenta.',
  'activity.more': 'Cargar más',
  'activity.count': 'Mostrando {0} de {1}',
};

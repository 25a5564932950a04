export const activity = {
  'activity.title': 'Atividade recente',
};

export const activity = {
  'activity.title': 'Actividad reciente',
};

export const notifications = {
  'notifications.title': 'Notificaciones',
};

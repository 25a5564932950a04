export const notifications = {
  'notifications.title': 'Notificações',
};

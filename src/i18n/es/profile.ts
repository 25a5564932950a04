export const profile = {
  'profile.signedOut': 'Cerraste sesión. Inicia sesión para ver tu perfil.',
  'profile.unread': '{0} sin leer',
};

export const profile = {
  'profile.signedOut': 'Você saiu da sua conta. Entre para ver seu perfil.',
  'profile.unread': '{0} não lidas',
};

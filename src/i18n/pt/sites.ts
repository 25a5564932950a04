export const sites = {
  'sites.title': 'Seus sites',
  'sites.empty': 'Ainda não há sites habilitados para sua conta.',
  'sites.newTab': '(abre em uma nova aba)',
};

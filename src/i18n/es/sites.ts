export const sites = {
  'sites.title': 'Tus sitios',
  'sites.empty': 'Todavía no hay sitios habilitados para tu cuenta.',
};

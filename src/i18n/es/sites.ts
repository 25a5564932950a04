export const sites = {
  'sites.title': 'Tus sitios',
  'sites.empty': 'Todavía no hay sitios habilitados para tu cuenta.',
  'sites.newTab': '(se abre en una pestaña nueva)',
};

export const deleteAccount = {
  'delete.title': 'Eliminar cuenta',
  'delete.done': 'Tu cuenta fue eliminada.',
  'delete.pending': 'La eliminación de tu cuenta está en curso.',
  'delete.unsupported': 'Tu cuenta no se puede eliminar desde aquí. Contacta a tu organización para eliminarla.',
  'delete.warning':
    'Eliminar tu cuenta es permanente: tu perfil, tus preferencias, tus suscripciones y tus notificaciones se borran y no se pueden recuperar, y se cerrará tu sesión.',
  'delete.open': 'Eliminar cuenta…',
  'delete.confirmTitle': '¿Eliminar tu cuenta de forma permanente?',
  'delete.undone': 'Esta acción no se puede deshacer.',
  'delete.typeId': 'Para confirmar, escribe el ID de tu cuenta: {0}',
  'delete.typeEmail': 'Para confirmar, escribe tu correo electrónico: {0}',
  'delete.typeUsername': 'Para confirmar, escribe tu nombre de usuario: {0}',
  'delete.cancel': 'Cancelar',
  'delete.confirm': 'Eliminar mi cuenta',
};

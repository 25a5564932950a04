import { str } from '@lit/localize';

export const common = {
  'common.loading': 'Cargando…',
  'common.retry': 'Reintentar',
  'common.config': str`Este perfil no está configurado: define el atributo "${0}".`,
  'err.timeout': 'El servidor tardó demasiado en responder. Inténtalo de nuevo.',
  'err.network': 'No se pudo contactar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
  'err.shape': 'El servidor envió una respuesta que no pudimos leer. Inténtalo más tarde.',
  'err.unsupported': 'Tu cuenta no permite esta acción.',
  'err.401': 'Tu sesión terminó. Vuelve a iniciar sesión para ver tu perfil.',
  'err.403': 'No tienes permiso para hacer esto.',
  'err.404': 'No se encontró. Puede que se haya eliminado.',
  'err.409': 'Esto cambió en otro lugar mientras tanto. Recarga e inténtalo de nuevo.',
  'err.422': 'Algunos valores no fueron aceptados. Revisa los campos marcados.',
  'err.429s': str`Demasiadas solicitudes. Inténtalo de nuevo en ${0} segundos.`,
  'err.429': 'Demasiadas solicitudes. Espera un momento e inténtalo de nuevo.',
  'err.server': 'Algo falló en el servidor. Inténtalo de nuevo en un momento.',
} as const;

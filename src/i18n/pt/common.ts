import { str } from '@lit/localize';

export const common = {
  'common.loading': 'Carregando…',
  'common.retry': 'Tentar novamente',
  'common.config': str`Este perfil não está configurado: defina o atributo "${0}".`,
  'err.timeout': 'O servidor demorou demais para responder. Tente novamente.',
  'err.network': 'Não foi possível contatar o servidor. Verifique sua conexão e tente novamente.',
  'err.shape': 'O servidor enviou uma resposta que não conseguimos ler. Tente mais tarde.',
  'err.unsupported': 'Sua conta não permite esta ação.',
  'err.401': 'Sua sessão terminou. Entre novamente para ver seu perfil.',
  'err.403': 'Você não tem permissão para fazer isso.',
  'err.404': 'Não encontrado. Pode ter sido removido.',
  'err.409': 'Isto mudou em outro lugar enquanto isso. Recarregue e tente novamente.',
  'err.422': 'Alguns valores não foram aceitos. Verifique os campos marcados.',
  'err.429s': str`Muitas solicitações. Tente novamente em ${0} segundos.`,
  'err.429': 'Muitas solicitações. Aguarde um momento e tente novamente.',
  'err.server': 'Algo deu errado no servidor. Tente novamente em instantes.',
} as const;

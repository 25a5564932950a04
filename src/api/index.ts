export * from './model.js';
export type { ProfileApi } from './profile-api.js';
export { ProfileApiError, isAbort, serverWords, type ErrorKind } from './errors.js';
export { Transport, type TransportOptions, type RequestOptions } from './transport.js';
export { createApi, configProblem, type ApiConfig } from './client.js';

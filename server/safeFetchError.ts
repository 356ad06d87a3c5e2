/** What the safe fetcher refuses or fails with, by a stable code (the routes map it to API errors). */
export type SafeFetchErrorCode =
  | 'INVALID_URL'
  | 'URL_NOT_ALLOWED'
  | 'ADDRESS_NOT_ALLOWED'
  | 'DNS_FAILED'
  | 'TOO_MANY_REDIRECTS'
  | 'TIMEOUT'
  | 'TOO_LARGE'
  | 'NOT_JSON'
  | 'TOO_DEEP'
  | 'HTTP_ERROR'
  | 'NETWORK_ERROR';

export class SafeFetchError extends Error {
  readonly code: SafeFetchErrorCode;
  constructor(code: SafeFetchErrorCode, message: string) {
    super(message);
    this.name = 'SafeFetchError';
    this.code = code;
  }
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

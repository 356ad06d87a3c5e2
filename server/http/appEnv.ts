import type { UserRecord } from '../store/userStore';

/** Header names and values, made once and shared by every answer that gets them. */
export type HeaderSet = Readonly<Record<string, string>>;

/** Per-request values set by the middleware. */
export interface AppVariables {
  user: UserRecord;
  tokenHash: string;
  /** The security headers this answer gets (securityHeaders), for routes that build a complete answer. */
  securityHeaders: HeaderSet;
}

export interface AppEnv {
  Variables: AppVariables;
}

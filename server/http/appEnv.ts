import type { UserRecord } from '../store/userStore';

/** Per-request values set by the auth middleware. */
export interface AppVariables {
  user: UserRecord;
  tokenHash: string;
}

export interface AppEnv {
  Variables: AppVariables;
}

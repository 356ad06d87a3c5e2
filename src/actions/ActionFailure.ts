import type { ActionErrorCode, ActionErrorEvent } from './types';

/**
 * Thrown inside the action layer only: `dispatch` turns it into an ActionErrorEvent and a `{ ok: false }`
 * result, so no plugin mistake ever reaches React as an exception.
 */
export class ActionFailure extends Error {
  readonly code: ActionErrorCode;
  actionType?: string;
  method?: string;

  constructor(code: ActionErrorCode, message: string, where: { actionType?: string; method?: string } = {}) {
    super(message);
    this.name = 'ActionFailure';
    this.code = code;
    this.actionType = where.actionType;
    this.method = where.method;
  }

  toEvent(path?: string): ActionErrorEvent {
    const event: ActionErrorEvent = { code: this.code, message: this.message };
    if (this.actionType !== undefined) event.actionType = this.actionType;
    if (this.method !== undefined) event.method = this.method;
    if (path !== undefined) event.path = path;
    return event;
  }
}

export function isActionFailure(error: unknown): error is ActionFailure {
  return error instanceof ActionFailure;
}

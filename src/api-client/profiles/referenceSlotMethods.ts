import type { SlotMethods } from '../apiClientTypes';
import { slotAnswers } from '../slotAnswers';
import type { Transport } from '../transport';

/** How the slots' answers are checked: the zod-free readers here, their zod wrappers in the app's client. */
export type SlotAnswerSchemas = typeof slotAnswers;

/**
 * What a page's plugin slots ask of the reference contract: the installed list, the signed-in user, and
 * switching a failing plugin off. The embed's client has only these (createSlotApiClient): it carries no
 * other endpoint's answer schema, and reads these answers without zod (../slotAnswers).
 */
export function referenceSlotMethods(
  { call }: Transport,
  answers: SlotAnswerSchemas = slotAnswers,
): SlotMethods {
  return {
    getInstalledPlugins: (o) =>
      call({ ...o, method: 'GET', path: '/plugins/installed', schema: answers.installedList }),
    togglePlugin: (pluginId, isActive, { force, ...o } = {}) =>
      call({
        ...o,
        method: 'PUT',
        path: '/plugins/user/toggle',
        body: force ? { pluginId, isActive, force } : { pluginId, isActive },
        schema: answers.toggleResult,
      }),
    me: (o) => call({ ...o, method: 'GET', path: '/auth/me', schema: answers.me }),
  };
}

import { z } from 'zod';
import { createActionRegistry, defineMethod, type ActionErrorCode } from '../../src/actions';

/** Actions a hostile or broken plugin may carry, each with the error code it must end in. */
function nestedSetValue(depth: number): unknown {
  let action: unknown = { method: 'showAlert', params: { message: 'bottom' } };
  for (let level = 0; level < depth; level += 1) {
    action = { actionType: 'setValue', values: [{ key: `v${level}`, value: level }], action };
  }
  return action;
}

export const manySteps = {
  actionType: 'multiAction',
  actions: Array.from({ length: 10_000 }, (_, index) => ({
    method: 'showAlert',
    params: { message: `step ${index}` },
  })),
};

export const hostileRegistry = createActionRegistry({
  urlPolicy: { origin: 'http://app.test' },
  methods: [
    defineMethod('explode', z.object({}), () => {
      throw new TypeError('host bug');
    }),
  ],
});

export const hostileActions: [string, unknown, ActionErrorCode][] = [
  ['an unknown actionType', { actionType: 'formatDisk' }, 'unknown_action'],
  [
    'an unknown SDK method',
    { actionType: 'invenicum_sdk', method: 'deleteAllAssets', params: {} },
    'unknown_method',
  ],
  ['"constructor" as a method', { method: 'constructor', params: {} }, 'unknown_method'],
  ['"toString" as a method', { actionType: 'invenicum_sdk', method: 'toString' }, 'unknown_method'],
  ['"__proto__" as an actionType', JSON.parse('{"actionType": "__proto__"}'), 'unknown_action'],
  ['"hasOwnProperty" as an actionType', { actionType: 'hasOwnProperty' }, 'unknown_action'],
  ['a number as actionType', { actionType: 7 }, 'unknown_action'],
  ['a string instead of an action', 'navigate', 'unknown_action'],
  ['an action without actionType', { url: '/x' }, 'unknown_action'],
  [
    'a number where showAlert wants a message',
    { method: 'showAlert', params: { message: 5 } },
    'invalid_params',
  ],
  ['params that are a list', { method: 'showAlert', params: ['hi'] }, 'invalid_params'],
  [
    'a setValue key reaching the prototype',
    { actionType: 'setValue', values: [{ key: '__proto__', value: { polluted: true } }] },
    'invalid_params',
  ],
  [
    'a networkRequest to another origin',
    { actionType: 'networkRequest', url: 'https://evil.example/steal' },
    'url_refused',
  ],
  [
    'a protocol-relative request',
    { actionType: 'networkRequest', url: '//evil.example/steal' },
    'url_refused',
  ],
  ['a javascript: request', { actionType: 'networkRequest', url: 'javascript:alert(1)' }, 'url_refused'],
  [
    'a javascript: route',
    { actionType: 'navigate', routeName: 'javascript:alert(document.cookie)' },
    'navigation_refused',
  ],
  [
    'a javascript: route hidden with a tab',
    { actionType: 'navigate', routeName: 'java\tscript:alert(1)' },
    'navigation_refused',
  ],
  [
    'a data: route',
    { actionType: 'navigate', routeName: 'data:text/html,<script>alert(1)</script>' },
    'navigation_refused',
  ],
  [
    'a navigation off the app',
    { method: 'navigate', params: { path: 'https://evil.example' } },
    'navigation_refused',
  ],
  ['a 10,000-step multiAction', manySteps, 'limit_exceeded'],
  ['a setValue nested 40 deep', nestedSetValue(40), 'limit_exceeded'],
  ['a one-hour delay', { actionType: 'delay', milliseconds: 3_600_000 }, 'limit_exceeded'],
  ['a host method that throws', { method: 'explode', params: {} }, 'handler_failed'],
];

/**
 * The names of the built-in actions and SDK methods, in the order of their definitions. The registry lists
 * them (the validator accepts them, an unknown name is answered with them) before their code is loaded: the
 * embed loads the definitions as one chunk when a plugin first runs an action (builtinDefinitions.lazy.ts).
 * test/actions/builtinNames.test.ts holds these lists to the definitions.
 */
export const BUILTIN_ACTION_TYPES = [
  'navigate',
  'showDialog',
  'showModalBottomSheet',
  'showSnackBar',
  'setValue',
  'multiAction',
  'delay',
  'none',
  'validateForm',
  'getFormValue',
  'networkRequest',
] as const;

export const BUILTIN_METHOD_NAMES = [
  'getUserName',
  'showAlert',
  'navigate',
  'logout',
  'copyToClipboard',
] as const;

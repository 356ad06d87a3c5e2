/**
 * Every action of the vocabulary (docs/stac-vocabulary.md, "Actions") and Invenicum's `invenicum_sdk`.
 * The short form `{ method, params }` of the plugin API docs is an SDK call without `actionType`.
 */
import { A, AL, W, enumOf, list, obj, type ObjectShape } from './shapes';
import {
  anyValue,
  bool,
  boxConstraints,
  clip,
  color,
  duration,
  edgeInsets,
  hitTestBehavior,
  int,
  keyValue,
  looseObject,
  navigationStyle,
  num,
  httpMethod,
  request,
  shapeBorder,
  str,
  requestUrl,
} from './formats';

/** Methods Invenicum's SDK registers (`invenicum_sdk` / the short `{method, params}` form). */
export const SDK_METHODS = ['getUserName', 'showAlert', 'navigate', 'logout'] as const;

/** Methods stac-web's hosts add beyond Invenicum's SDK, in the same call forms. */
export const HOST_METHODS = ['copyToClipboard'] as const;

const snackBarAction = obj('SnackBarAction', {
  label: str,
  textColor: color,
  disabledTextColor: color,
  backgroundColor: color,
  disabledBackgroundColor: color,
  onPressed: A,
});

const networkResult = obj('NetworkResult', { statusCode: int, action: A });

export const ACTION_SPECS: Readonly<Record<string, ObjectShape>> = {
  delay: obj('delay', { milliseconds: int }),
  showDialog: obj('showDialog', {
    widget: W,
    request,
    assetPath: str,
    barrierDismissible: bool,
    barrierColor: color,
    barrierLabel: str,
    useSafeArea: bool,
    traversalEdgeBehavior: str,
  }),
  validateForm: obj('validateForm', { isValid: A, isNotValid: A }),
  getFormValue: obj('getFormValue', { id: str }, { required: ['id'] }),
  showModalBottomSheet: obj('showModalBottomSheet', {
    widget: W,
    request,
    assetPath: str,
    backgroundColor: color,
    barrierLabel: str,
    elevation: num,
    shape: shapeBorder,
    constraints: boxConstraints,
    barrierColor: color,
    isScrollControlled: bool,
    useRootNavigator: bool,
    isDismissible: bool,
    enableDrag: bool,
    showDragHandle: bool,
    useSafeArea: bool,
  }),
  multiAction: obj('multiAction', { actions: AL, sync: bool }, { required: ['actions'] }),
  navigate: obj('navigate', {
    request,
    widgetJson: W,
    assetPath: str,
    routeName: str,
    navigationStyle,
    result: anyValue,
    arguments: looseObject,
  }),
  networkRequest: obj(
    'networkRequest',
    {
      url: requestUrl,
      method: httpMethod,
      queryParameters: looseObject,
      headers: looseObject,
      contentType: str,
      body: anyValue,
      results: list(networkResult),
    },
    { required: ['url'] },
  ),
  none: obj('none', {}),
  setValue: obj('setValue', { values: list(keyValue), action: A }),
  showSnackBar: obj(
    'showSnackBar',
    {
      content: W,
      backgroundColor: color,
      elevation: num,
      margin: edgeInsets,
      padding: edgeInsets,
      width: num,
      shape: shapeBorder,
      hitTestBehavior,
      behavior: enumOf('SnackBarBehavior', ['fixed', 'floating']),
      action: snackBarAction,
      actionOverflowThreshold: num,
      showCloseIcon: bool,
      closeIconColor: color,
      duration,
      onVisible: A,
      dismissDirection: enumOf('DismissDirection', [
        'vertical',
        'horizontal',
        'endToStart',
        'startToEnd',
        'up',
        'down',
        'none',
      ]),
      clipBehavior: clip,
    },
    { required: ['content'] },
  ),
  invenicum_sdk: obj('invenicum_sdk', { method: str, params: looseObject }, { required: ['method'] }),
};

/** The short form of the plugin API docs: `{ "method": "runQualityCheck", "params": {...} }`. */
export const SDK_CALL_SPEC: ObjectShape = obj(
  'sdkCall',
  { method: str, params: looseObject },
  { required: ['method'] },
);

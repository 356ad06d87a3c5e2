import { ActionFailure } from '../ActionFailure';
import type { ActionRun } from '../defineAction';
import { performRequest } from './performRequest';
import type { StacRequest } from './paramSchemas';

export interface WidgetSource {
  widget?: unknown;
  request?: StacRequest;
  assetPath?: string;
}

/** Stac names a dialog's or page's widget inline, by a `request` that returns its JSON, or by an `assetPath`. */
export async function resolveWidget(source: WidgetSource, run: ActionRun): Promise<unknown> {
  if (source.widget !== undefined && source.widget !== null) return source.widget;
  if (source.request) {
    const outcome = await performRequest(source.request, run);
    if (!outcome.ok) {
      throw new ActionFailure(
        'request_failed',
        `Loading the widget from ${source.request.url} failed with status ${outcome.statusCode}.`,
      );
    }
    return outcome.data;
  }
  if (source.assetPath !== undefined) {
    if (!run.services.loadAsset) {
      throw new ActionFailure(
        'handler_failed',
        `This app cannot load Stac assets ("${source.assetPath}"); put the widget JSON in the action instead.`,
      );
    }
    return run.services.loadAsset(source.assetPath);
  }
  throw new ActionFailure(
    'invalid_params',
    `${run.actionType} needs a widget: give "widget", "request" or "assetPath".`,
  );
}

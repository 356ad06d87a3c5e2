import { useId, useState } from 'react';

export interface PluginFailureNoticeProps {
  pluginName: string;
  message: string;
  /** Missing when the host cannot disable plugins (an embed without a signed-in user). */
  onDisable?: () => void;
  disabling?: boolean;
  /** Given when trying again may help (a part of the renderer that could not be loaded). */
  onRetry?: () => void;
}

/** The small box a failing plugin leaves behind: what failed, a way to try again when that may help, and a way to switch it off. */
export function PluginFailureNotice({
  pluginName,
  message,
  onDisable,
  disabling,
  onRetry,
}: PluginFailureNoticeProps) {
  const [showDetails, setShowDetails] = useState(false);
  const detailsId = useId();
  return (
    <div className="plugin-failure" role="alert">
      <p className="plugin-failure__title">
        {onRetry
          ? `The plugin “${pluginName}” could not be loaded. The rest of the page is fine.`
          : `The plugin “${pluginName}” stopped working. The rest of the page is fine.`}
      </p>
      <div className="plugin-failure__actions">
        {onRetry ? (
          <button type="button" className="button button--tonal button--small" onClick={onRetry}>
            Retry
          </button>
        ) : null}
        {onDisable ? (
          <button
            type="button"
            className="button button--tonal button--small"
            onClick={onDisable}
            disabled={disabling}
          >
            {disabling ? 'Disabling…' : 'Disable'}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--text button--small"
          aria-expanded={showDetails}
          aria-controls={detailsId}
          onClick={() => setShowDetails((value) => !value)}
        >
          {showDetails ? 'Hide details' : 'Details'}
        </button>
      </div>
      <pre id={detailsId} className="plugin-failure__details" hidden={!showDetails}>
        {message}
      </pre>
    </div>
  );
}

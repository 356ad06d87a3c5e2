import { useMemo } from 'react';
import { action } from 'storybook/actions';
import { StacView } from '../../src/renderer';
import { createStoryServices, storyActionRegistry } from './storyServices';
import { storyScope } from './storyScope';
import { useStoryTheme } from './storyTheme';

export interface WidgetExampleProps {
  /** The widget type this story is about. */
  type: string;
  /** The STAC document shown. */
  document: unknown;
  /** Where the document comes from. */
  source: string;
}

/** One widget type rendered the way a plugin slot would, with its document underneath. */
export function WidgetExample({ type, document, source }: WidgetExampleProps) {
  const theme = useStoryTheme();
  const services = useMemo(() => createStoryServices(), []);
  const scope = useMemo(() => storyScope(), []);
  return (
    <article className="story-widget" data-widget-type={type}>
      <header className="story-widget__header">
        <h1 className="story-widget__title">
          <code>{type}</code>
        </h1>
        <p className="story-widget__source">{source}</p>
      </header>
      <StacView
        document={document}
        scope={scope}
        theme={theme}
        mode="preview"
        services={services}
        actions={storyActionRegistry()}
        onDispatch={action('dispatch')}
        onActionError={action('action error')}
        onProblem={action('problem')}
        className="story-widget__view"
      />
      <details className="story-widget__json">
        <summary>Document JSON</summary>
        <pre>{JSON.stringify(document, null, 2)}</pre>
      </details>
    </article>
  );
}

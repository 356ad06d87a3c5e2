import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import { StacView, createWidgetRegistry, type StacRenderProblem } from '../../../src/renderer';
import { builtinWidgets, StacRequestContext, type StacRequestRunner } from '../../../src/renderer/widgets';
import { CORPUS_DIR } from '../../fixtures/paths';

const corpusRoot = CORPUS_DIR;
const registry = createWidgetRegistry(builtinWidgets);
// Widgets of the Stac gallery app itself (its own screens), not of the vocabulary.
const GALLERY_ONLY = new Set(['exampleScreen', 'movieCarousel']);

const documents = ['stac', 'invenicum'].flatMap((folder) => {
  const directory = join(corpusRoot, folder);
  const files = readdirSync(directory).filter((file) => file.endsWith('.json'));
  return files.map((file) => {
    const json = JSON.parse(readFileSync(join(corpusRoot, folder, file), 'utf8')) as Record<string, unknown>;
    return { name: `${folder}/${file}`, document: folder === 'invenicum' ? json.ui : json };
  });
});

const offline: StacRequestRunner = async () => ({ statusCode: 200, ok: true, data: {} });

describe('the real corpus', () => {
  it('is there to render', () => {
    expect(documents.length).toBeGreaterThanOrEqual(70);
  });

  it.each(documents.filter((d) => !d.name.includes('_theme')))(
    'renders $name without a widget failing',
    ({ document }) => {
      const problems: StacRenderProblem[] = [];
      const { container } = render(
        <StacRequestContext.Provider value={offline}>
          <StacView
            document={document}
            registry={registry}
            mode="preview"
            onProblem={(p) => problems.push(p)}
          />
        </StacRequestContext.Provider>,
      );
      const failures = problems.filter(
        (p) =>
          p.code === 'render_error' || (p.code === 'unknown_widget' && !GALLERY_ONLY.has(p.widgetType ?? '')),
      );
      expect(failures).toEqual([]);
      expect(container.textContent?.length ?? 0).toBeGreaterThan(0);
    },
  );
});

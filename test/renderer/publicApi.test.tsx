import { render, screen } from '@testing-library/react';
import * as renderer from '../../src/renderer';

describe('src/renderer public face', () => {
  it('exports the agreed API', () => {
    for (const name of [
      'StacView',
      'StacChild',
      'StacChildren',
      'useStacDispatch',
      'useStacTheme',
      'useFormField',
      'useStacVariables',
      'defaultWidgetRegistry',
      'createWidgetRegistry',
      'sanitizeUrl',
      'bindValue',
      'parseTemplate',
      'themeToCssVariables',
      'lightTheme',
      'darkTheme',
      'StacOverlayHost',
      'builtinWidgets',
    ]) {
      expect(renderer, name).toHaveProperty(name);
    }
  });

  it('leaves server rendering to its own entry, so react-dom/server stays out of browser bundles', async () => {
    expect(renderer).not.toHaveProperty('renderStacToString');
    const ssr = await import('../../src/renderer/ssr');
    expect(ssr.renderStacToString({ type: 'text', data: 'Hi' })).toContain('>Hi<');
  });

  it('the default registry holds the built-in widgets plus setValue and form', () => {
    expect(Object.keys(renderer.defaultWidgetRegistry)).toEqual(
      expect.arrayContaining(['column', 'text', 'setValue', 'form']),
    );
  });

  it('renders a plugin document with the built-in widgets', () => {
    render(
      <renderer.StacView
        document={{
          type: 'setValue',
          values: [{ key: 'greeting', value: 'Hello' }],
          child: { type: 'column', children: [{ type: 'text', data: '{{greeting}} {{asset.name}}' }] },
        }}
        scope={{ asset: { name: 'Drill' } }}
      />,
    );
    expect(screen.getByText('Hello Drill')).toBeInTheDocument();
  });
});

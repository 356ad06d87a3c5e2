/**
 * The one URL table against every consumer of the URL policy in the browser bundle: publishing (schema),
 * rendering (image and web view), and the actions' request and navigation checks. The server's consumer runs
 * the same table in test/server/urlPolicy.test.ts. Each consumer must agree with the policy row by row.
 */
import { parseStacDocument, sanitizeUrl } from '../../src/stac-schema';
import { resolveUrlPolicy } from '../../src/actions';
import { URL_CASES, type UrlCase, type UrlUse } from '../fixtures/urlCases';
import { renderStac } from '../renderer/widgets/renderStac';

const allowed = (row: UrlCase, use: UrlUse): boolean => row.allowedAs.includes(use);
const verdict = (ok: boolean): string => (ok ? 'allowed' : 'refused');

/** Publishing is strict: any error refuses the plugin (an over-long data: image fails the size limit first). */
function publishes(document: unknown): boolean {
  return parseStacDocument(document, { mode: 'strict' }).ok;
}

describe.each(URL_CASES)('$label', (row) => {
  it('the policy itself', () => {
    for (const use of ['image', 'frame', 'request', 'navigation'] as const) {
      expect(`${use}: ${verdict(sanitizeUrl(row.url, { kind: use }) !== null)}`).toBe(
        `${use}: ${verdict(allowed(row, use))}`,
      );
    }
  });

  it('publishing: the schema refuses exactly what the renderer would refuse', () => {
    expect(verdict(publishes({ type: 'image', src: row.url }))).toBe(verdict(allowed(row, 'image')));
    expect(verdict(publishes({ type: 'webView', url: row.url }))).toBe(verdict(allowed(row, 'frame')));
    const button = {
      type: 'textButton',
      child: { type: 'text', data: 'Load' },
      onPressed: { actionType: 'networkRequest', url: row.url },
    };
    expect(verdict(publishes(button))).toBe(verdict(allowed(row, 'request')));
  });

  it('rendering: an image shows the picture only when the policy allows it', () => {
    const { container, unmount } = renderStac({ type: 'image', src: row.url, semanticLabel: 'Cat' });
    const img = container.querySelector('img');
    expect(verdict(img !== null)).toBe(verdict(allowed(row, 'image')));
    if (img) expect(img.getAttribute('src')).toBe(sanitizeUrl(row.url, { kind: 'image' }));
    unmount();
  });

  it('rendering: a web view frames the page only when the policy allows it', () => {
    const { container, unmount } = renderStac({ type: 'webView', url: row.url });
    const frame = container.querySelector('iframe');
    expect(verdict(frame !== null)).toBe(verdict(allowed(row, 'frame')));
    if (frame) expect(frame.getAttribute('src')).toBe(sanitizeUrl(row.url, { kind: 'frame' }));
    unmount();
  });

  it('actions: requests and navigation pass only what the policy allows', () => {
    // Every origin allowed: only the policy's own rules decide.
    const policy = resolveUrlPolicy({
      origin: 'https://app.example',
      allowRequest: () => true,
      allowNavigation: () => true,
    });
    expect(verdict(policy.checkRequest(row.url).ok)).toBe(verdict(allowed(row, 'request')));
    expect(verdict(policy.checkNavigation(row.url).ok)).toBe(verdict(allowed(row, 'navigation')));
  });
});

describe('templates at publishing', () => {
  it.each([
    ['javascript:{{payload}}', false],
    ['jav&#x61;script:{{payload}}', false],
    ['data:text/html,{{payload}}', false],
    ['https://{{asset.host}}/cat.png', true],
    ['data:image/png;base64,{{asset.thumbnail}}', true],
    ['{{asset.imageUrl}}', true],
    ['/assets/<<asset.id>>/photo', true],
  ] as const)('%s is %s', (src, ok) => {
    expect(publishes({ type: 'image', src })).toBe(ok);
  });

  it('a bound value passes the policy again at render', () => {
    const { container } = renderStac(
      { type: 'image', src: '{{asset.imageUrl}}', semanticLabel: 'Photo' },
      { scope: { asset: { imageUrl: 'jav&#x61;script:alert(1)' } } },
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-stac-image-placeholder]')).not.toBeNull();
  });
});

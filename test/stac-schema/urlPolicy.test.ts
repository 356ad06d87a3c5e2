import fc from 'fast-check';
import { checkUrl, sanitizeUrl, MAX_DATA_IMAGE_BYTES, type UrlKind } from '../../src/stac-schema';

const ALL_KINDS: UrlKind[] = ['image', 'link', 'navigation', 'frame', 'request'];

function base64OfBytes(bytes: number): string {
  return Buffer.alloc(bytes, 7).toString('base64');
}

const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

describe('sanitizeUrl refuses script and unknown schemes for every kind', () => {
  const refused: [string, string][] = [
    ['plain javascript', 'javascript:alert(1)'],
    ['mixed case', 'JaVaScRiPt:alert(1)'],
    ['leading space', ' JaVaScRiPt:alert(1)'],
    ['leading NUL', '\u0000javascript:alert(1)'],
    ['leading control chars', '\u0001\u001fjavascript:alert(1)'],
    ['tab inside scheme', 'jav\tascript:alert(1)'],
    ['newline inside scheme', 'java\nscript:alert(1)'],
    ['CR inside scheme', 'java\rscript:alert(1)'],
    ['NUL inside scheme', 'java\u0000script:alert(1)'],
    ['zero-width space inside scheme', 'java\u200bscript:alert(1)'],
    ['leading line separator', '\u2028javascript:alert(1)'],
    ['leading byte-order mark', '\ufeffjavascript:alert(1)'],
    ['soft hyphen inside scheme', 'java\u00adscript:alert(1)'],
    ['credentials that disguise the host', 'https://bank.example@evil.example/login'],
    ['user and password', 'http://user:secret@example.com/'],
    ['hex entity tab', 'jav&#x09;ascript:alert(1)'],
    ['decimal entity tab', 'jav&#9;ascript:alert(1)'],
    ['entity letters', '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)'],
    ['named colon entity', 'javascript&colon;alert(1)'],
    ['entity without semicolon', 'javascript&#58alert(1)'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['VBScript with spaces', '  VBScript:msgbox(1)  '],
    ['file', 'file:///etc/passwd'],
    ['blob', 'blob:https://example.com/1234'],
    ['ftp', 'ftp://example.com/file'],
    ['mailto', 'mailto:someone@example.com'],
    ['data html', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['data html plain', 'data:text/html,<script>alert(1)</script>'],
    ['data svg', 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='],
    ['unknown custom scheme', 'intent://scan/#Intent;scheme=zxing;end'],
    ['empty', ''],
    ['only spaces', '   '],
  ];
  for (const kind of ALL_KINDS) {
    it.each(refused)(`${kind}: %s`, (_label, url) => {
      expect(sanitizeUrl(url, { kind })).toBeNull();
    });
  }
});

describe('sanitizeUrl allows web URLs', () => {
  const allowed: [string, UrlKind, string, string][] = [
    ['https link', 'link', 'https://example.com/a?b=1#c', 'https://example.com/a?b=1#c'],
    ['http image', 'image', 'http://example.com/cat.png', 'http://example.com/cat.png'],
    ['upper-case scheme', 'link', 'HTTPS://Example.com/Path', 'https://example.com/Path'],
    [
      'surrounding whitespace trimmed',
      'request',
      '  https://api.example.com/items \n',
      'https://api.example.com/items',
    ],
    ['tab inside removed as browsers do', 'link', 'https://exa\tmple.com/', 'https://example.com/'],
    ['frame over https', 'frame', 'https://docs.example.com/embed', 'https://docs.example.com/embed'],
    [
      'ampersand entity in query stays literal',
      'link',
      'https://example.com/?a=1&amp;b=2',
      'https://example.com/?a=1&amp;b=2',
    ],
  ];
  it.each(allowed)('%s', (_label, kind, url, expected) => {
    expect(sanitizeUrl(url, { kind })).toBe(expected);
  });
});

describe('sanitizeUrl and relative URLs', () => {
  const relative = ['/assets/12', 'details/3', './a?b=1#c', '../up', '?tab=2', '#top', 'image.png'];
  for (const kind of ['image', 'link', 'navigation', 'request'] as const) {
    it.each(relative)(`${kind} keeps %s`, (url) => {
      expect(sanitizeUrl(url, { kind })).toBe(url);
    });
  }
  it.each(relative)('frame refuses %s (a plugin must not frame the host app)', (url) => {
    expect(sanitizeUrl(url, { kind: 'frame' })).toBeNull();
  });
  it('refuses a relative-looking string with a colon before any slash (it is a scheme)', () => {
    expect(sanitizeUrl('foo:bar', { kind: 'link' })).toBeNull();
  });
});

describe('sanitizeUrl rewrites protocol-relative URLs to https', () => {
  const cases: [string, string][] = [
    ['//cdn.example.com/x.png', 'https://cdn.example.com/x.png'],
    ['\\\\cdn.example.com/x.png', 'https://cdn.example.com/x.png'],
    ['/\\evil.example/path', 'https://evil.example/path'],
    ['  //cdn.example.com/x', 'https://cdn.example.com/x'],
  ];
  it.each(cases)('%s -> %s', (url, expected) => {
    expect(sanitizeUrl(url, { kind: 'image' })).toBe(expected);
    expect(sanitizeUrl(url, { kind: 'frame' })).toBe(expected);
  });
  it('refuses a protocol-relative URL without a host', () => {
    expect(sanitizeUrl('///', { kind: 'link' })).toBeNull();
  });
});

describe('sanitizeUrl and data: images', () => {
  it('accepts a small base64 png only as an image', () => {
    expect(sanitizeUrl(TINY_PNG, { kind: 'image' })).toBe(TINY_PNG);
    for (const kind of ['link', 'navigation', 'frame', 'request'] as const) {
      expect(sanitizeUrl(TINY_PNG, { kind })).toBeNull();
    }
  });
  it.each(['jpeg', 'jpg', 'gif', 'webp', 'PNG'])('accepts image/%s', (format) => {
    const url = `data:image/${format};base64,${base64OfBytes(30)}`;
    expect(sanitizeUrl(url, { kind: 'image' })).toBe(url);
  });
  it('accepts exactly the byte limit and refuses one byte more', () => {
    const atLimit = `data:image/png;base64,${base64OfBytes(MAX_DATA_IMAGE_BYTES)}`;
    const overLimit = `data:image/png;base64,${base64OfBytes(MAX_DATA_IMAGE_BYTES + 1)}`;
    expect(sanitizeUrl(atLimit, { kind: 'image' })).toBe(atLimit);
    expect(sanitizeUrl(overLimit, { kind: 'image' })).toBeNull();
  });
  it('refuses non-base64 payloads, bad base64 and other image types', () => {
    expect(sanitizeUrl('data:image/png,rawbytes', { kind: 'image' })).toBeNull();
    expect(sanitizeUrl('data:image/png;base64,abc', { kind: 'image' })).toBeNull();
    expect(sanitizeUrl('data:image/png;base64,<svg>', { kind: 'image' })).toBeNull();
    expect(sanitizeUrl('data:image/bmp;base64,AAAA', { kind: 'image' })).toBeNull();
  });
});

describe('sanitizeUrl input limits', () => {
  it('refuses non-strings', () => {
    for (const value of [null, undefined, 42, {}, ['https://example.com']]) {
      expect(sanitizeUrl(value, { kind: 'link' })).toBeNull();
    }
  });
  it('refuses absurdly long URLs', () => {
    expect(sanitizeUrl(`https://example.com/${'a'.repeat(9000)}`, { kind: 'link' })).toBeNull();
    expect(sanitizeUrl(`/${'a'.repeat(9000)}`, { kind: 'image' })).toBeNull();
  });
  it('imports nothing that touches the DOM (the server shares it)', async () => {
    const source = await import('node:fs').then((fs) =>
      fs.readFileSync('src/stac-schema/urlPolicy.ts', 'utf8'),
    );
    const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/^import /m);
    expect(code).not.toMatch(/\b(document|window|navigator|location)\b/);
  });
});

describe('checkUrl reads a URL without spaces, controls, invisible characters or entities as it is', () => {
  it('gives such a URL the verdict it gives the same URL with spaces around it (which it reads every way)', () => {
    const piece = fc.constantFrom(
      'https://',
      'http://',
      'HTTPS://',
      'javascript:',
      'JaVaScRiPt:',
      'vbscript:',
      'data:',
      'data:image/png;base64,',
      'data:text/html,',
      'blob:',
      'mailto:',
      '//',
      '\\\\',
      '/',
      './',
      '../',
      '?',
      '#',
      ':',
      '@',
      'user:pw@',
      'example.com',
      'a',
      'b1',
      'iVBORw0KGgo=',
      '%20',
      '%3A',
      '-',
      '.',
      '~',
      '\u00e9',
      '\u4e2d',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.constantFrom(...ALL_KINDS), (pieces, kind) => {
        const url = pieces.join('');
        expect(checkUrl(url, { kind })).toEqual(checkUrl(` ${url}\n`, { kind }));
      }),
      { numRuns: 2000 },
    );
  });
});

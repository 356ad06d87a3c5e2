import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { iconFileBody } from '../../../server/http/iconFiles';
import {
  configureIcons,
  loadIcon,
  lookupIcon,
  resolveIconName,
  CUPERTINO_TO_MATERIAL,
} from '../../../src/renderer/icons';

const iconPackage = dirname(
  createRequire(import.meta.url).resolve('@material-design-icons/svg/package.json'),
);

describe('Flutter icon names', () => {
  it.each([
    ['home', 'filled', 'home'],
    ['shopping_cart_outlined', 'outlined', 'shopping_cart'],
    ['star_rounded', 'round', 'star'],
    ['arrow_downward_sharp', 'sharp', 'arrow_downward'],
    ['check_box_outline_blank', 'filled', 'check_box_outline_blank'],
    ['favorite_outline', 'filled', 'favorite_border'],
    ['info_outline', 'outlined', 'info'],
    ['ten_k', 'filled', '10k'],
    ['twenty_two_mp', 'filled', '22mp'],
    ['one_x_mobiledata', 'filled', '1x_mobiledata'],
    ['six_ft_apart', 'filled', '6_ft_apart'],
    ['threed_rotation', 'filled', '3d_rotation'],
    ['three_sixty', 'filled', '360'],
    ['onetwothree', 'filled', '123'],
    ['thirty_fps_select', 'filled', '30fps_select'],
  ])('draws %s from %s/%s.svg', (name, style, file) => {
    expect(resolveIconName(name)).toEqual({ style, file });
    expect(existsSync(join(iconPackage, style, `${file}.svg`))).toBe(true);
  });

  it('maps every Cupertino name to a Material icon that exists', () => {
    const missing = Object.keys(CUPERTINO_TO_MATERIAL).filter((name) => {
      const reference = resolveIconName(name, 'cupertino');
      return !reference || !existsSync(join(iconPackage, reference.style, `${reference.file}.svg`));
    });
    expect(missing).toEqual([]);
  });

  it('has no Material counterpart for an unmapped Cupertino name', () => {
    expect(resolveIconName('tortoise_fill', 'cupertino')).toBeNull();
  });
});

describe('icon data loading', () => {
  it('draws any icon in one synchronous pass in Node (server rendering)', () => {
    const lookup = lookupIcon('two-tone', 'home');
    expect(lookup.status).toBe('ready');
    if (lookup.status !== 'ready') return;
    // The two-tone home has its tinted layer at 30 % opacity.
    expect(lookup.shapes.some((shape) => shape.opacity === 0.3)).toBe(true);
  });

  it('reports unknown names as unknown, not as loading', () => {
    expect(lookupIcon('filled', 'definitely_not_an_icon').status).toBe('unknown');
  });
});

describe('icon files fetched one by one (as in a browser)', () => {
  let server: Server;
  const requested: string[] = [];

  beforeAll(async () => {
    // A real HTTP server with the files the build writes (scripts/viteIconFiles.ts).
    server = createServer((request, response) => {
      requested.push(request.url ?? '');
      const match = /^\/icons\/([a-z-]+)\/([^/]+)\.json$/.exec(request.url ?? '');
      const body = match ? iconFileBody(match[1], match[2]) : undefined;
      response.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' });
      response.end(body ?? '"not found"');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    configureIcons({ baseUrl: `http://127.0.0.1:${port}/icons/`, localFiles: false });
  });

  afterAll(async () => {
    configureIcons({ baseUrl: null, localFiles: true });
    await new Promise((resolve) => server.close(resolve));
  });

  it('downloads only the icon a view draws, then draws it from memory', async () => {
    expect(lookupIcon('sharp', 'rocket_launch').status).toBe('loading');
    await Promise.all([loadIcon('sharp', 'rocket_launch'), loadIcon('sharp', 'rocket_launch')]);
    const lookup = lookupIcon('sharp', 'rocket_launch');
    expect(lookup.status).toBe('ready');
    expect(requested).toEqual(['/icons/sharp/rocket_launch.json']);
  });

  it('an icon the server does not have becomes unknown instead of loading forever', async () => {
    await loadIcon('round', 'no_such_icon_here');
    expect(lookupIcon('round', 'no_such_icon_here').status).toBe('unknown');
  });

  it('never puts a name that is not an icon file name into a URL', async () => {
    const before = requested.length;
    await loadIcon('filled', '../../api/v1/me');
    expect(lookupIcon('filled', '../../api/v1/me').status).toBe('unknown');
    expect(requested.length).toBe(before);
  });
});

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  loadIconStyle,
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
  it('loads a style chunk lazily and then draws from it', async () => {
    await loadIconStyle('two-tone');
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

import { colorToCss } from './colorToCss';
import { numberOf } from './lengthToCss';
import { isRecord } from '../../stac-schema';

/** Flutter BoxShadow list as CSS `box-shadow`. Flutter's blur radius is twice the CSS blur sigma, and
 * CSS's blur length is also twice the sigma, so the number carries over. */
export function boxShadowToCss(value: unknown): string | undefined {
  const shadows = Array.isArray(value) ? value : isRecord(value) ? [value] : [];
  const parts = shadows.filter(isRecord).map((shadow) => {
    const offset = isRecord(shadow.offset) ? shadow.offset : {};
    const dx = numberOf(offset.dx) ?? 0;
    const dy = numberOf(offset.dy) ?? 0;
    const blur = numberOf(shadow.blurRadius) ?? 0;
    const spread = numberOf(shadow.spreadRadius) ?? 0;
    const color = colorToCss(shadow.color) ?? 'rgba(0, 0, 0, 1)';
    return `${dx}px ${dy}px ${blur}px ${spread}px ${color}`;
  });
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** Material 3 elevation (dp) as a shadow close to the one Flutter's Material paints. */
export function elevationToShadow(elevation: number | undefined): string | undefined {
  if (elevation === undefined || elevation <= 0) return undefined;
  const key = Math.min(elevation, 24);
  return `0px ${Math.round(key / 2)}px ${Math.round(key * 1.5)}px rgba(0, 0, 0, 0.2), 0px ${Math.max(1, Math.round(key / 3))}px ${Math.round(key)}px rgba(0, 0, 0, 0.14)`;
}

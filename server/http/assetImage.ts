import type { Asset } from '../store/assetStore';

const PALETTE = ['#4F6BED', '#2E9E6A', '#C2571A', '#8E44AD', '#1F8AA8', '#B03A5B', '#6A7F1F', '#5D6D7E'];

const escapeXml = (text: string): string =>
  text.replace(
    /[<>&"']/g,
    (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch,
  );

/**
 * A generated placeholder picture for an asset (initials on a colour from its category), so the demo
 * inventory shows images without any external URL.
 */
export function renderAssetImage(asset: Pick<Asset, 'name' | 'category'>): string {
  const hash = [...asset.category].reduce((sum, ch) => (sum * 31 + ch.charCodeAt(0)) >>> 0, 7);
  const colour = PALETTE[hash % PALETTE.length];
  const initials = asset.name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
  // Square, so it fills thumbnails and cards alike when cropped with object-fit: cover.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240" role="img" aria-label="${escapeXml(asset.name)}">
  <rect width="240" height="240" fill="${colour}"/>
  <circle cx="200" cy="40" r="80" fill="#ffffff" fill-opacity="0.12"/>
  <text x="120" y="140" text-anchor="middle" font-family="system-ui, sans-serif" font-size="88" font-weight="700" fill="#ffffff">${escapeXml(initials)}</text>
  <text x="120" y="196" text-anchor="middle" font-family="system-ui, sans-serif" font-size="20" fill="#ffffff" fill-opacity="0.85">${escapeXml(asset.category.slice(0, 20))}</text>
</svg>`;
}

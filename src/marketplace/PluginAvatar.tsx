import { useState } from 'react';
import { sanitizeUrl } from '../renderer';

export interface PluginAvatarProps {
  author?: string | null;
  url?: string | null;
  size?: number;
}

/** The author's avatar, or their initials when there is none (or it fails to load). */
export function PluginAvatar({ author, url, size = 40 }: PluginAvatarProps) {
  const [failed, setFailed] = useState(false);
  const safeUrl = url ? sanitizeUrl(url, { kind: 'image' }) : null;
  const initials =
    (author ?? '?')
      .replace(/[^\p{L}\p{N}]/gu, '')
      .slice(0, 2)
      .toUpperCase() || '?';
  if (safeUrl && !failed) {
    return (
      <img
        className="avatar"
        src={safeUrl}
        alt=""
        width={size}
        height={size}
        loading="lazy"
        referrerPolicy="no-referrer"
        onError={() => setFailed(true)}
      />
    );
  }
  return (
    <span
      className="avatar avatar--initials"
      aria-hidden="true"
      style={{ width: size, height: size, fontSize: size * 0.4 }}
    >
      {initials}
    </span>
  );
}

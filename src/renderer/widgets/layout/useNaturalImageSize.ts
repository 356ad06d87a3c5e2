import { useEffect, useState } from 'react';

interface ImageSize {
  width: number;
  height: number;
}

/**
 * The pixel size of the image at `url` once it has loaded (undefined before, on failure and without a URL).
 * A nine-patch needs it: Flutter's centre slice is given from the image's origin, CSS slices from each
 * edge. The browser's cache serves the same file to the CSS that paints it.
 */
export function useNaturalImageSize(url: string | undefined): ImageSize | undefined {
  const [size, setSize] = useState<{ url: string; size: ImageSize } | undefined>(undefined);
  useEffect(() => {
    if (!url) return undefined;
    let live = true;
    const image = new Image();
    image.onload = () => {
      if (live) setSize({ url, size: { width: image.naturalWidth, height: image.naturalHeight } });
    };
    image.src = url;
    return () => {
      live = false;
      image.onload = null;
    };
  }, [url]);
  return size && size.url === url ? size.size : undefined;
}

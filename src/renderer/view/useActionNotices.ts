/** Preview-mode notices of failed actions: the last few, each dismissible. */
import { useCallback, useRef, useState } from 'react';

import type { StacActionNotice } from './StacViews';

const MAX_NOTICES = 3;

export function useActionNotices() {
  const [notices, setNotices] = useState<StacActionNotice[]>([]);
  const noticeCounter = useRef(0);
  const showNotice = useCallback((message: string) => {
    const id = ++noticeCounter.current;
    setNotices((current) => [...current, { id, message }].slice(-MAX_NOTICES));
  }, []);
  const dismissNotice = useCallback((id: number) => {
    setNotices((current) => current.filter((notice) => notice.id !== id));
  }, []);
  return { notices, showNotice, dismissNotice };
}

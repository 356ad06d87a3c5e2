/**
 * Preview-mode notices of failed actions: the last few, each dismissible. One state hook per view; the
 * functions that change it are plain, so a view that never shows a notice pays for one hook.
 */
import { useState, type Dispatch, type SetStateAction } from 'react';

import type { StacActionNotice } from './StacViews';

const MAX_NOTICES = 3;
const NO_NOTICES: readonly StacActionNotice[] = Object.freeze([]);
/** Ids are unique on the page, which is all a notice's key needs. */
let noticeCounter = 0;

export type SetActionNotices = Dispatch<SetStateAction<readonly StacActionNotice[]>>;

export function useActionNotices(): [readonly StacActionNotice[], SetActionNotices] {
  return useState(NO_NOTICES);
}

export function showActionNotice(setNotices: SetActionNotices, message: string): void {
  const id = ++noticeCounter;
  setNotices((current) => [...current, { id, message }].slice(-MAX_NOTICES));
}

export function dismissActionNotice(setNotices: SetActionNotices, id: number): void {
  setNotices((current) => current.filter((notice) => notice.id !== id));
}

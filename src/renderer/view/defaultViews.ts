import type { StacViews } from './StacViews';
import { StacFallback } from '../StacFallback';
import { StacDocumentError } from './StacDocumentError';
import { StacActionNotices } from './StacActionNotices';

export const defaultStacViews: StacViews = Object.freeze({
  Fallback: StacFallback,
  DocumentError: StacDocumentError,
  ActionNotices: StacActionNotices,
});

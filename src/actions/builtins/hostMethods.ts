import { z } from '../../stac-schema';
import { isActionFailure } from '../ActionFailure';
import { defineMethod, type MethodDefinition } from '../defineAction';

/** Longest text a plugin may put on the clipboard: a serial number or a label, never a dump of data. */
export const MAX_CLIPBOARD_TEXT = 10_000;

/**
 * `copyToClipboard`: methods stac-web's hosts add beyond Invenicum's SDK. The permission (`clipboard`) is
 * enforced by the plugin host's guarded services, which refuse before anything is written.
 */
export const copyToClipboardMethod = defineMethod(
  'copyToClipboard',
  z.object({
    text: z
      .string()
      .check(z.minLength(1, 'copyToClipboard needs the text to copy, e.g. "<<asset.serialNumber>>"'))
      .check(
        z.maxLength(MAX_CLIPBOARD_TEXT, `copyToClipboard copies at most ${MAX_CLIPBOARD_TEXT} characters`),
      ),
    /** What the user is told once it is copied; "Copied to the clipboard." by default. */
    message: z.optional(z.string().check(z.minLength(1))),
  }),
  async (params, run) => {
    const write = run.services.writeClipboard;
    if (!write) return run.fail('handler_failed', 'This app cannot write to the clipboard here.');
    try {
      await write(params.text);
    } catch (error) {
      if (isActionFailure(error)) throw error;
      // The browser refuses without a user gesture, outside a secure page, or when the user blocked it.
      const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
      return run.fail(
        'handler_failed',
        `The browser did not allow copying to the clipboard${reason}. Allow clipboard access for this site and try again.`,
      );
    }
    run.services.notify(params.message ?? 'Copied to the clipboard.', { tone: 'success' });
    return params.text;
  },
);

export const hostMethods: readonly MethodDefinition[] = [copyToClipboardMethod];

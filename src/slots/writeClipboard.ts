/**
 * The host's clipboard writer for plugins (`HostServices.writeClipboard`). Plugins reach it only through
 * `copyToClipboard` and only with the `clipboard` permission (guardHostServices); this is just the browser
 * call, with an error that says why when the page cannot write.
 */
export async function writeClipboard(text: string): Promise<void> {
  const clipboard = (globalThis.navigator as Navigator | undefined)?.clipboard;
  if (!clipboard?.writeText)
    throw new Error('this page has no clipboard access (it needs https or localhost)');
  await clipboard.writeText(text);
}

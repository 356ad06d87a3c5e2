import { dispatch, MAX_CLIPBOARD_TEXT } from '../../src/actions';
import { grantsFor, guardHostServices } from '../../src/plugin-host';
import { readPluginManifest } from '../../src/stac-schema';
import { createTestContext } from './fakeHostServices';

const copySerial = {
  actionType: 'invenicum_sdk',
  method: 'copyToClipboard',
  params: { text: '<<asset.serial>>', message: 'Copied the serial number.' },
};

function clipboardContext(write: (text: string) => Promise<void>, permissions?: string[]) {
  const copied: string[] = [];
  const ctx = createTestContext({
    scope: { asset: { serial: 'SN-4411' } },
    services: {
      writeClipboard: async (text) => {
        await write(text);
        copied.push(text);
      },
    },
  });
  // The services as the slot hands them to this plugin: guarded by what its manifest declares.
  const manifest = readPluginManifest({
    name: 'Tags',
    slot: 'asset_detail',
    ui: { type: 'text', data: 'x' },
    ...(permissions ? { permissions } : {}),
  }).manifest;
  ctx.services = {
    ...ctx.services,
    ...guardHostServices(ctx.services, grantsFor(manifest), { pluginName: 'Tags' }),
  } as typeof ctx.services;
  return { ctx, copied };
}

describe('copyToClipboard', () => {
  it('copies the bound text and tells the user, for a plugin that declares "clipboard"', async () => {
    const { ctx, copied } = clipboardContext(async () => undefined, ['asset:read', 'clipboard']);
    const result = await dispatch(copySerial, ctx);
    expect(result).toEqual({ ok: true, value: 'SN-4411' });
    expect(copied).toEqual(['SN-4411']);
    expect(ctx.services.notes).toEqual(['Copied the serial number.']);
  });

  it('works in the short form too, with a default message', async () => {
    const { ctx, copied } = clipboardContext(async () => undefined, ['clipboard']);
    await dispatch({ method: 'copyToClipboard', params: { text: 'Shelf B-12' } }, ctx);
    expect(copied).toEqual(['Shelf B-12']);
    expect(ctx.services.notes).toEqual(['Copied to the clipboard.']);
  });

  it.each([
    ['a plugin that declares other permissions', ['asset:read']],
    ['a plugin without "permissions" (older plugins never had the clipboard)', undefined],
  ])('refuses %s with not_permitted naming the permission, writing nothing', async (_case, permissions) => {
    const { ctx, copied } = clipboardContext(async () => undefined, permissions);
    const result = await dispatch(copySerial, ctx);
    expect(result.ok).toBe(false);
    expect(ctx.errors).toEqual([
      expect.objectContaining({
        code: 'not_permitted',
        method: 'copyToClipboard',
        message: expect.stringMatching(/“Tags” may not copy to your clipboard: .*"clipboard"/),
      }),
    ]);
    expect(copied).toEqual([]);
    expect(ctx.services.notes).toEqual([]);
  });

  it('says what to do when the browser refuses, and when the host has no clipboard', async () => {
    const { ctx } = clipboardContext(async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError');
    }, ['clipboard']);
    await dispatch(copySerial, ctx);
    expect(ctx.errors[0]).toMatchObject({
      code: 'handler_failed',
      message: expect.stringMatching(/did not allow copying .*Allow clipboard access for this site/),
    });
    expect(ctx.services.notes).toEqual([]);

    const bare = createTestContext({ scope: { asset: { serial: 'SN-1' } } });
    await dispatch(copySerial, bare);
    expect(bare.errors[0]).toMatchObject({
      code: 'handler_failed',
      message: expect.stringMatching(/cannot write/),
    });
  });

  it('refuses empty and oversized text as invalid params, before touching the clipboard', async () => {
    const { ctx, copied } = clipboardContext(async () => undefined, ['clipboard']);
    await dispatch({ method: 'copyToClipboard', params: { text: '' } }, ctx);
    await dispatch({ method: 'copyToClipboard', params: { text: 'x'.repeat(MAX_CLIPBOARD_TEXT + 1) } }, ctx);
    expect(ctx.errors.map((error) => error.code)).toEqual(['invalid_params', 'invalid_params']);
    expect(ctx.errors[0]?.message).toMatch(/needs the text to copy/);
    expect(copied).toEqual([]);
  });
});

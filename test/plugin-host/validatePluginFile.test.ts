import { validatePluginFile } from '../../src/plugin-host';

const plugin = (extra: Record<string, unknown>, ui: unknown) => ({
  name: 'Greeter',
  version: '1.0.0',
  slot: 'dashboard_top',
  ui,
  ...extra,
});

describe('validatePluginFile: what a plugin does against what it declares', () => {
  it('fails strict publishing when a template reads data the plugin does not declare, at the template path', () => {
    const result = validatePluginFile(
      plugin(
        { permissions: [] },
        { type: 'column', children: [{ type: 'text', data: 'Hi <<user.email>>' }] },
      ),
      { mode: 'strict' },
    );
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'undeclared_access',
        severity: 'error',
        path: 'ui.children[0].data',
        message: expect.stringContaining('"user:read"'),
      }),
    ]);
  });

  it('fails strict publishing of a copyToClipboard without "clipboard", and knows the method (no unknown-method warning)', () => {
    const ui = {
      type: 'textButton',
      child: { type: 'text', data: 'Copy' },
      onPressed: { method: 'copyToClipboard', params: { text: 'SN-1' } },
    };
    const refused = validatePluginFile(plugin({ permissions: [] }, ui), { mode: 'strict' });
    expect(refused.ok).toBe(false);
    expect(refused.issues).toEqual([
      expect.objectContaining({
        code: 'undeclared_access',
        severity: 'error',
        path: 'ui.onPressed',
        message: expect.stringContaining('calls copyToClipboard but does not declare "clipboard"'),
      }),
    ]);
    const allowed = validatePluginFile(plugin({ permissions: ['clipboard'] }, ui), { mode: 'strict' });
    expect(allowed).toMatchObject({ ok: true, issues: [] });
  });

  it('fails for requests to undeclared hosts and external pages, and passes once they are declared', () => {
    const ui = {
      type: 'column',
      children: [
        {
          type: 'elevatedButton',
          child: { type: 'text', data: 'Sync' },
          onPressed: { actionType: 'networkRequest', url: 'https://api.example.com/sync', method: 'post' },
        },
        {
          type: 'textButton',
          child: { type: 'text', data: 'Docs' },
          onPressed: { actionType: 'navigate', routeName: 'https://docs.example.com' },
        },
      ],
    };
    const refused = validatePluginFile(plugin({ permissions: [] }, ui), { mode: 'strict' });
    expect(refused.issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining('"network:api.example.com"'),
      expect.stringContaining('"navigate:external"'),
    ]);
    const declared = validatePluginFile(
      plugin({ permissions: ['network:api.example.com', 'navigate:external'] }, ui),
      { mode: 'strict' },
    );
    expect(declared).toMatchObject({ ok: true, issues: [] });
  });

  it('only warns a plugin without "permissions", listing what to declare', () => {
    const result = validatePluginFile(
      plugin({}, { type: 'text', data: '<<asset.name>> for <<user.name>>' }),
      { mode: 'strict' },
    );
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'permissions',
        message: expect.stringContaining('["asset:read", "user:read"]'),
      }),
    ]);
  });

  it('checks each surface of a composite plugin under its own path', () => {
    const result = validatePluginFile(
      {
        name: 'Suite',
        version: '1.0.0',
        permissions: ['inventory:read'],
        surfaces: {
          dashboard_top: { type: 'text', data: '<<inventory.totalItems>>' },
          asset_detail: { type: 'text', data: '<<asset.name>>' },
        },
      },
      { mode: 'strict' },
    );
    expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['surfaces.asset_detail.data', 'undeclared_access'],
    ]);
  });

  it('refuses a plugin whose requires.host this host does not meet', () => {
    const result = validatePluginFile(
      plugin({ requires: { host: '>=99.0.0' } }, { type: 'text', data: 'x' }),
      { mode: 'strict' },
    );
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ path: 'requires.host' });
  });

  it("refuses an MCP tool whose own action needs a page (a notice), at the tool's place in the file", () => {
    const tools = [
      { name: 'bad', description: 'x', job: 'missing' },
      { name: 'notice', description: 'Says hi.', action: { method: 'showAlert', params: { message: 'hi' } } },
      { name: 'report', description: 'Low stock.', action: { method: 'lowStockReport' } },
    ];
    const result = validatePluginFile(
      plugin(
        { permissions: ['inventory:read'], mcp: { tools } },
        { type: 'text', data: '<<inventory.lowStockCount>>' },
      ),
      { mode: 'strict' },
    );
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          severity: 'error',
          path: 'mcp.tools[1].action',
          message: expect.stringContaining('notices, dialogs and navigation have no page'),
        }),
      ]),
    );
    expect(result.issues.some((issue) => issue.path === 'mcp.tools[2].action')).toBe(false);
  });

  it('refuses a command or event action that shows a notice and calls a server-only host method, saying how to split it', () => {
    const notice = { actionType: 'showSnackBar', content: { type: 'text', data: 'Checking' } };
    const mixed = { actionType: 'multiAction', actions: [notice, { method: 'lowStockReport' }] };
    const serverCommand = {
      id: 'server',
      title: 'Low stock report',
      where: 'dashboard',
      action: { method: 'lowStockReport' },
    };
    const file = plugin(
      {
        permissions: ['inventory:read', 'asset:read'],
        commands: [serverCommand, { id: 'mixed', title: 'Check stock', where: 'dashboard', action: mixed }],
        subscriptions: [
          { event: 'asset.changed', action: notice },
          { event: 'asset.changed', action: { actionType: 'multiAction', actions: [mixed] } },
        ],
      },
      { type: 'text', data: '<<inventory.lowStockCount>>' },
    );
    const result = validatePluginFile(file, { mode: 'strict' });
    expect(result.ok).toBe(false);
    const mixedIssues = result.issues.filter((issue) => issue.message.includes('only the server has it'));
    expect(mixedIssues).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: 'commands[1].action',
        message: expect.stringContaining(
          'the command "Check stock" shows something, so it runs in the page, where "lowStockReport" does not exist',
        ),
      }),
      expect.objectContaining({
        severity: 'error',
        path: 'subscriptions[1].action',
        message: expect.stringContaining('Subscribe twice to the event'),
      }),
    ]);
    // The same plugin with the steps split checks clean: a page command and a server command.
    const split = plugin(
      {
        permissions: ['inventory:read', 'asset:read'],
        commands: [serverCommand, { id: 'notice', title: 'Check stock', where: 'dashboard', action: notice }],
      },
      { type: 'text', data: '<<inventory.lowStockCount>>' },
    );
    expect(validatePluginFile(split, { mode: 'strict' })).toMatchObject({ ok: true, issues: [] });
  });
});

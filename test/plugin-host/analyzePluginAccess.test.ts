import { analyzePluginAccess, describeAction, describeActions } from '../../src/plugin-host';

describe('analyzePluginAccess', () => {
  it('lists the data paths templates read, in both delimiter styles', () => {
    const report = analyzePluginAccess({
      type: 'column',
      children: [
        { type: 'text', data: 'Hello <<user.name>>' },
        { type: 'text', data: '{{asset.name}} in {{asset.location}}' },
        { type: 'text', data: 'Plain text reads nothing' },
      ],
    });
    expect(report.reads).toEqual(['asset.location', 'asset.name', 'user.name']);
    expect(report.dataRoots).toEqual(['asset', 'user']);
    expect(report.actions).toEqual([]);
    expect(report.urls).toEqual([]);
  });

  it('lists the actions and SDK methods it can trigger, once each, with where they are', () => {
    const report = analyzePluginAccess({
      type: 'row',
      children: [
        {
          type: 'elevatedButton',
          child: { type: 'text', data: 'Who' },
          onPressed: { actionType: 'invenicum_sdk', method: 'getUserName', params: {} },
        },
        {
          type: 'textButton',
          child: { type: 'text', data: 'Again' },
          onPressed: { actionType: 'invenicum_sdk', method: 'getUserName' },
        },
        {
          type: 'button',
          label: 'Check',
          action: { method: 'runQualityCheck', params: { assetId: '{{asset.id}}' } },
        },
        {
          type: 'iconButton',
          icon: { type: 'icon', icon: 'logout' },
          onPressed: { actionType: 'invenicum_sdk', method: 'logout' },
        },
      ],
    });
    expect(report.actions.map((action) => [action.actionType, action.method])).toEqual([
      ['invenicum_sdk', 'getUserName'],
      ['method', 'runQualityCheck'],
      ['invenicum_sdk', 'logout'],
    ]);
    expect(report.actions[0].path).toBe('ui.children[0].onPressed');
    expect(report.reads).toContain('asset.id');
    expect(report.actions.map(describeAction)).toEqual([
      'Read your user name (getUserName)',
      'Call the app method “runQualityCheck”',
      'Sign you out (logout)',
    ]);
  });

  it('lists the external URLs it loads, requests or opens, and the in-app routes it navigates to', () => {
    const report = analyzePluginAccess({
      type: 'column',
      children: [
        { type: 'image', src: 'https://cdn.example.com/logo.png' },
        { type: 'image', src: 'assets/local.png' },
        { type: 'networkWidget', request: { url: 'https://api.example.com/widget.json', method: 'get' } },
        {
          type: 'textButton',
          child: { type: 'text', data: 'Docs' },
          onPressed: { actionType: 'networkRequest', url: 'https://api.example.com/ping', method: 'post' },
        },
        {
          type: 'textButton',
          child: { type: 'text', data: 'Go' },
          onPressed: {
            actionType: 'invenicum_sdk',
            method: 'navigate',
            params: { path: '/assets/{{asset.id}}' },
          },
        },
        {
          type: 'textButton',
          child: { type: 'text', data: 'Out' },
          onPressed: { actionType: 'navigate', routeName: 'https://evil.example.org/' },
        },
      ],
    });
    expect(report.urls.map((url) => [url.kind, url.url])).toEqual([
      ['loads', 'https://cdn.example.com/logo.png'],
      ['requests', 'https://api.example.com/widget.json'],
      ['requests', 'https://api.example.com/ping'],
      ['opens', 'https://evil.example.org/'],
    ]);
    expect(report.routes).toEqual(['/assets/{{asset.id}}']);
    expect(report.actions.map((action) => action.actionType)).toContain('networkRequest');
  });

  it('survives hostile input: non-objects, prototype keys, and documents deeper than its limits', () => {
    expect(analyzePluginAccess(null).reads).toEqual([]);
    expect(analyzePluginAccess('{{user.password}}').reads).toEqual(['user.password']);
    const hostile = JSON.parse(
      '{"type":"text","__proto__":{"data":"{{asset.secret}}"},"data":"x"}',
    ) as unknown;
    expect(analyzePluginAccess(hostile).reads).toEqual(['asset.secret']);
    let deep: Record<string, unknown> = { type: 'text', data: '{{asset.deep}}' };
    for (let level = 0; level < 500; level++) deep = { type: 'container', child: deep };
    const report = analyzePluginAccess(deep);
    expect(report.truncated).toBe(true);
    expect(report.reads).toEqual([]);
  });

  it('lists a capability once when both Stac navigate and the SDK navigate method are used', () => {
    const report = analyzePluginAccess({
      type: 'row',
      children: [
        {
          type: 'textButton',
          child: { type: 'text', data: 'A' },
          onPressed: { actionType: 'navigate', routeName: '/assets' },
        },
        {
          type: 'textButton',
          child: { type: 'text', data: 'B' },
          onPressed: { actionType: 'invenicum_sdk', method: 'navigate', params: { route: '/assets' } },
        },
        {
          type: 'textButton',
          child: { type: 'text', data: 'C' },
          onPressed: { actionType: 'showSnackBar', content: { type: 'text', data: 'hi' } },
        },
      ],
    });
    expect(report.actions).toHaveLength(3);
    expect(describeActions(report.actions)).toEqual([
      'Move you to another page or screen (navigate)',
      'Show a snack bar message (showSnackBar)',
    ]);
  });

  it('tells values the plugin keeps with setValue apart from the user data it reads', () => {
    const report = analyzePluginAccess({
      type: 'setValue',
      values: [{ key: 'note', value: 'Morning shift' }],
      child: {
        type: 'column',
        children: [
          { type: 'text', data: '{{note}} for {{user.name}}' },
          {
            type: 'textButton',
            child: { type: 'text', data: 'Next' },
            onPressed: { actionType: 'setValue', values: [{ key: 'count', value: 1 }] },
          },
          { type: 'text', data: '<<count>> · <<asset.name>>' },
        ],
      },
    });
    expect(report.reads).toEqual(['asset.name', 'user.name']);
    expect(report.ownValues).toEqual(['count', 'note']);
  });

  it('still lists host data as read when a plugin sets a value of the same name', () => {
    const report = analyzePluginAccess({
      type: 'setValue',
      values: [{ key: 'asset', value: { name: 'decoy' } }],
      child: { type: 'text', data: '{{asset.name}}' },
    });
    expect(report.reads).toEqual(['asset.name']);
    expect(report.ownValues).toEqual([]);
  });
});

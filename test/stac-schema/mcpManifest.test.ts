import { pluginJsonSchema, readPluginManifest } from '../../src/stac-schema';

const job = { id: 'low-stock', name: 'Low stock', action: { method: 'lowStockReport' } };

function read(mcp: unknown, extra: Record<string, unknown> = {}) {
  const { manifest, issues } = readPluginManifest(
    { id: 'p', permissions: ['inventory:read'], jobs: [job], mcp, ...extra },
    { mode: 'strict' },
  );
  return {
    mcp: manifest.mcp,
    issues: issues.map((issue) => `${issue.severity} ${issue.path}: ${issue.message}`),
  };
}

describe('mcp in the plugin manifest', () => {
  it('reads tools naming a job with a flat typed input, and resources of granted data', () => {
    const { mcp, issues } = read({
      tools: [
        {
          name: 'low_stock',
          description: 'Lists low items.',
          job: 'low-stock',
          input: {
            type: 'object',
            properties: { days: { type: 'integer', minimum: 1 }, mode: { type: 'string', enum: ['a', 'b'] } },
            required: ['days'],
          },
        },
      ],
      resources: [
        { name: 'inventory', description: 'The summary.', data: 'inventory' },
        { name: 'last', description: 'Last result.', data: 'job:low-stock' },
      ],
    });
    expect(issues).toEqual([]);
    expect(mcp.tools[0]).toMatchObject({
      name: 'low_stock',
      job: 'low-stock',
      input: { properties: { days: { type: 'integer', minimum: 1 } }, required: ['days'] },
    });
    expect(mcp.resources.map((resource) => resource.data)).toEqual([
      { kind: 'inventory' },
      { kind: 'jobResult', job: 'low-stock' },
    ]);
  });

  it('refuses in strict mode a tool naming no job of the plugin, nested inputs and data not granted', () => {
    const { mcp, issues } = read(
      {
        tools: [
          { name: 'ghost', description: 'x', job: 'nope' },
          { name: 'Bad Name', description: 'x', job: 'low-stock' },
          {
            name: 'nested',
            description: 'x',
            job: 'low-stock',
            input: { type: 'object', properties: { filter: { type: 'object' } }, required: ['other'] },
          },
        ],
        resources: [{ name: 'inventory', description: 'x', data: 'inventory' }],
      },
      { permissions: [] },
    );
    expect(mcp.tools.map((tool) => tool.name)).toEqual(['nested']);
    expect(mcp.resources).toEqual([]);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^error mcp\.tools\[0\]\.job: "job" names one of this plugin's jobs \(low-stock\)/,
        ),
        expect.stringMatching(/^error mcp\.tools\[1\]\.name: an MCP tool "name" is a lower-case letter/),
        expect.stringMatching(/^error mcp\.tools\[2\]\.input\.properties\.filter\.type: an input field is/),
        expect.stringMatching(/^error mcp\.tools\[2\]\.input\.required\[0\]: "required" names "other"/),
        expect.stringMatching(
          /^error mcp\.resources\[0\]\.data: the inventory summary needs the permission "inventory:read"/,
        ),
      ]),
    );
  });

  it('reads a tool that declares its own server action, bound with its input, and a summary', () => {
    const { mcp, issues } = read({
      tools: [
        {
          name: 'stale',
          description: 'Finds untouched items.',
          action: { method: 'staleItemsReport', params: { days: '<<input.days>>' } },
          summary: '<<result.count>> stale',
          input: { type: 'object', properties: { days: { type: 'integer' } }, required: ['days'] },
        },
      ],
    });
    expect(issues).toEqual([]);
    expect(mcp.tools[0]).toMatchObject({
      name: 'stale',
      action: { method: 'staleItemsReport' },
      summary: '<<result.count>> stale',
    });
    expect(mcp.tools[0].job).toBeUndefined();
  });

  it('refuses a tool with both a job and an action, neither, a non-action, or a name its job id would clash with', () => {
    const { mcp, issues } = read(
      {
        tools: [
          { name: 'both', description: 'x', job: 'low-stock', action: { method: 'lowStockReport' } },
          { name: 'neither', description: 'x' },
          { name: 'text', description: 'x', action: 'lowStockReport' },
          { name: 'clash', description: 'x', action: { method: 'lowStockReport' } },
          { name: 'summed', description: 'x', job: 'low-stock', summary: '<<result.count>>' },
        ],
      },
      { jobs: [job, { id: 'mcp-clash', name: 'Clash', action: { method: 'lowStockReport' } }] },
    );
    expect(mcp.tools.map((tool) => tool.name)).toEqual(['summed']);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^error mcp\.tools\[0\]: an MCP tool runs either a "job" of the plugin or its own "action"/,
        ),
        expect.stringMatching(
          /^error mcp\.tools\[1\]\.job: "job" names one of this plugin's jobs .* or give the tool its own server "action"/,
        ),
        expect.stringMatching(/^error mcp\.tools\[2\]\.action: an MCP tool needs an "action": a STAC action/),
        expect.stringMatching(
          /^error mcp\.tools\[3\]\.name: the tool's action is recorded as the job "mcp-clash"/,
        ),
        expect.stringMatching(
          /^error mcp\.tools\[4\]\.summary: a tool that runs a job answers with the job's own "summary"/,
        ),
      ]),
    );
  });

  it('keeps an input field named like a prototype member as plain data, and refuses "__proto__"', () => {
    const { mcp, issues } = read({
      tools: [
        {
          name: 't',
          description: 'x',
          job: 'low-stock',
          input: {
            type: 'object',
            properties: JSON.parse(
              '{"constructor": {"type": "string"}, "__proto__": {"type": "string"}}',
            ) as object,
          },
        },
      ],
    });
    const { properties } = mcp.tools[0].input;
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(Object.keys(properties)).toEqual(['constructor']);
    expect(properties.constructor).toEqual({ type: 'string' });
    expect(issues).toEqual([
      expect.stringMatching(/input\.properties\.__proto__: an input field name is a letter/),
    ]);
  });

  it('is described in the JSON Schema editors read', () => {
    const schema = pluginJsonSchema() as {
      properties: Record<string, { properties?: Record<string, unknown> }>;
    };
    expect(Object.keys(schema.properties.mcp.properties ?? {})).toEqual(['tools', 'resources']);
  });
});

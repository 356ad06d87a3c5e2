/**
 * The Plugin API in memory, for component tests (msw/node `setupServer`) and Storybook (msw `setupWorker`
 * or msw-storybook-addon): `createPluginApiHandlers({ db, baseUrl, latencyMs, scenario, signedInAs })`
 * over `createMockDatabase(seed?)`. Sign a client in without a login step with
 * `createMemoryAuth({ initialToken: db.tokenFor('alice') })`, or get all of it from
 * `createMockApi({ scenario, signInAs: 'alice' })` -> `{ db, handlers, auth, client }`.
 */
export { createMockApi } from './createMockApi';
export type { MockApi, MockApiOptions } from './createMockApi';
export { createPluginApiHandlers } from './createPluginApiHandlers';
export type { MockScenario, PluginApiHandlerOptions } from './createPluginApiHandlers';
export { createMockDatabase, DEFAULT_MOCK_USERS } from './createMockDatabase';
export type {
  MockAsset,
  MockDatabase,
  MockDatabaseSeed,
  MockInstall,
  MockPlugin,
  MockUser,
} from './createMockDatabase';
export { seedAssets, seedPluginFiles } from './fixtures';
export type { SeedPluginFile } from './fixtures';

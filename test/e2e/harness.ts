/**
 * End-to-end harness: builds the app and the embed once (when sources changed), starts the reference
 * server the way `npm start` does (tsx server/main.ts) on 127.0.0.1 port 0 with a temporary database, and
 * drives Debian's Chromium through playwright-core. Never downloads a browser.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');

function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stats = statSync(path);
    if (stats.isFile()) {
      newest = Math.max(newest, stats.mtimeMs);
      continue;
    }
    for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** `vite build` then the embed build, only when a source is newer than the last build. */
export function buildOnce(): void {
  const sources = [
    'src',
    'public',
    'index.html',
    'vite.config.ts',
    'vite.embed.config.ts',
    'package.json',
  ].map((path) => join(ROOT, path));
  const marker = join(ROOT, 'dist', 'embed', 'stac-slot.js');
  const builtAt =
    existsSync(marker) && existsSync(join(ROOT, 'dist', 'index.html')) ? statSync(marker).mtimeMs : 0;
  if (builtAt > 0 && newestMtime(sources) <= builtAt) return;
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  for (const args of [
    [vite, 'build', '--logLevel', 'warn'],
    [vite, 'build', '-c', 'vite.embed.config.ts', '--logLevel', 'error'],
  ]) {
    // Vitest sets NODE_ENV=test, which would make Vite compile React's development JSX runtime.
    const result = spawnSync(process.execPath, args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (result.status !== 0) throw new Error(`build failed: ${args.slice(1).join(' ')}`);
  }
}

export interface RunningServer {
  url: string;
  dbPath: string;
  stop(): Promise<void>;
}

/**
 * Starts `server/main.ts` on a free port with a fresh SQLite file; resolves once it prints its URL. `env` adds to
 * (or overrides) the server's environment.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'stac-web-e2e-db-'));
  const dbPath = join(dir, 'stac-web.db');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join('server', 'main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      STAC_WEB_DB: dbPath,
      STAC_WEB_LOG: '0',
      STAC_WEB_DEMO: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/[^\s/]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dbPath,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) {
          rmSync(dir, { recursive: true, force: true });
          done();
          return;
        }
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors seen so far (a plugin must never cause one). */
  pageErrors: string[];
  /**
   * Content-Security-Policy violations reported in any page so far, as `directive blocked-uri at
   * source:line`. The app and the embed must run with none (no eval probe, no inline script).
   */
  cspViolations: string[];
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium: install it with `apt-get install -y chromium` or set STAC_WEB_CHROMIUM.');
  const profile = mkdtempSync(join(tmpdir(), 'stac-web-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 860 },
    reducedMotion: 'reduce',
  });
  const cspViolations: string[] = [];
  // The binding and the listener come from DevTools, not from the page, so the CSP cannot block them;
  // the listener is in place before any script of the page runs.
  await context.exposeBinding('__stacWebCspViolation', (_source, text: string) => {
    cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __stacWebCspViolation(text: string): void })
        .__stacWebCspViolation;
      report(`${event.effectiveDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    context,
    page,
    pageErrors,
    cspViolations,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // A sticky top bar would otherwise be drawn where the page was scrolled to.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

const AXE_SOURCE = () => readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  // The server's CSP (script-src 'self') refuses an injected <script> tag (page.addScriptTag), and it should
  // stay on during the tests; DevTools-protocol evaluation is not subject to CSP.
  if (!hasAxe) await page.evaluate(AXE_SOURCE());
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: Array<{
              id: string;
              impact: string | null;
              help: string;
              nodes: Array<{ target: unknown[] }>;
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.map(String).join(' ')),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

export async function signIn(
  page: Page,
  baseUrl: string,
  username = 'alice',
  password = 'alice-demo',
): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('User name or e-mail').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
}

export interface SignedInSession {
  server: RunningServer;
  browser: Browser;
  page: Page;
}

/**
 * Registers the usual hooks of a Chromium test file: build, a fresh server, a browser signed in as alice,
 * and after each test no CSP violation and no uncaught page error. The fields are set once beforeAll ran.
 */
export function signedInSession(): SignedInSession {
  const session = {} as SignedInSession;
  beforeAll(async () => {
    buildOnce();
    session.server = await startServer();
    session.browser = await launchBrowser();
    session.page = session.browser.page;
    await signIn(session.page, session.server.url);
  });
  afterEach(() => {
    const violations = session.browser?.cspViolations.splice(0) ?? [];
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
    expect(session.browser?.pageErrors ?? [], 'uncaught page errors').toEqual([]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}

export interface ApiCallInit {
  method?: string;
  token?: string;
  body?: unknown;
}

/** One JSON call to a running server's Plugin API, for a test's setup and checks beside the browser. */
export async function callServerApi(server: RunningServer, path: string, init: ApiCallInit = {}) {
  const response = await fetch(`${server.url}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Signs alice (a demo account) in over the API and gives her token. */
export async function signInAliceOverApi(server: RunningServer): Promise<string> {
  const login = await callServerApi(server, '/auth/login', {
    method: 'POST',
    body: { username: 'alice', password: 'alice-demo' },
  });
  return String(login.body.token);
}

/**
 * Signs alice in over the API and installs one catalog plugin for her, consenting to the permissions given;
 * fails the setup with the server's answer when the install is refused.
 */
export async function installForAlice(
  server: RunningServer,
  pluginId: string,
  acceptPermissions: string[],
): Promise<void> {
  const installed = await callServerApi(server, '/plugins/install', {
    method: 'POST',
    token: await signInAliceOverApi(server),
    body: { id: pluginId, acceptPermissions },
  });
  if (installed.status !== 200) {
    throw new Error(
      `installing ${pluginId} for alice answered ${installed.status}: ${JSON.stringify(installed.body)}`,
    );
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface ServerProcess {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  pid: number;
  /** Everything the process printed so far. */
  output(): string;
  /** SIGTERM to this PID, then waits for the process to exit. */
  stop(): Promise<void>;
}

/**
 * Starts `server/main.ts` as its own process (as `npm start` does after building) on a free port of 127.0.0.1
 * with the given environment; resolves once it prints where it listens. `script` starts another server
 * that prints the same line (the benchmark's bare node:http baseline).
 */
export async function startServerProcess(
  env: Record<string, string>,
  script = join('server', 'main.ts'),
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: process.cwd(),
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', STAC_WEB_LOG: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    let listening = false;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // Once it listens, not again: with its request log on, the output grows by a line per request.
      if (listening) return;
      const match = /running at (http:\/\/[^\s/]+)/.exec(output);
      if (match) {
        listening = true;
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(() => reject(new Error(`the server exited before listening:\n${output}`)));
  });
  return {
    url,
    pid: child.pid!,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * `tsx server/main.ts`: starts the reference server from the environment (HOST, PORT, STAC_WEB_DB: a SQLite
 * path or a postgres:// URL, STAC_WEB_DEMO, STAC_WEB_PUBLIC_URL, STAC_WEB_FETCH_HOSTS, STAC_WEB_JOB_SCHEDULER,
 * STAC_WEB_SERVICE_TOKEN) and prints where it
 * listens and where its data lives (a PostgreSQL password masked).
 */
import { startServer } from './createServer';
import { DEMO_ACCOUNTS } from './seed/seedDatabase';

const extraHosts = (process.env.STAC_WEB_FETCH_HOSTS ?? '')
  .split(',')
  .map((host) => host.trim())
  .filter(Boolean);
const publicUrl = process.env.STAC_WEB_PUBLIC_URL?.replace(/\/$/, '');

try {
  const running = await startServer({
    log: process.env.STAC_WEB_LOG !== '0',
    publicOrigins: publicUrl ? [publicUrl] : [],
    fetch: extraHosts.length ? { allowHosts: ['raw.githubusercontent.com', ...extraHosts] } : undefined,
    jobScheduler: process.env.STAC_WEB_JOB_SCHEDULER !== '0',
  });
  const demo = process.env.STAC_WEB_DEMO !== '0';
  process.stdout.write(`\nstac-web is running at ${running.url}/\n`);
  process.stdout.write(`Data: ${running.server.database.dialect} at ${running.server.database.location}\n`);
  if (demo) {
    process.stdout.write(
      `Demo sign-in: ${DEMO_ACCOUNTS.map((a) => `${a.username} / ${a.password}`).join(', ')}\n\n`,
    );
  }
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`Received ${signal}; stopping.\n`);
    void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`stac-web could not start: ${message}\n`);
  process.exit(1);
}

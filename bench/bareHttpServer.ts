/**
 * The baseline of `npm run bench:server`: a bare `node:http` server that answers every request with the
 * same status, headers and body the real server gave for `GET /api/v1/plugins/installed`, read from the
 * JSON file named by STAC_BARE_RESPONSE. No routing, no session, no database: what sending those bytes
 * costs on this machine. Prints where it listens in the form the server does ("running at http://...").
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const file = process.env.STAC_BARE_RESPONSE;
if (!file) {
  console.error(
    'Set STAC_BARE_RESPONSE to the JSON file of the response to send (bench/serverThroughput.ts writes it).',
  );
  process.exit(2);
}
const response = JSON.parse(readFileSync(file, 'utf8')) as {
  status: number;
  headers: Record<string, string>;
  body: string;
};
const body = Buffer.from(response.body, 'utf8');
const headers = { ...response.headers, 'content-length': String(body.length) };

const server = createServer((request, reply) => {
  request.resume();
  reply.writeHead(response.status, headers);
  reply.end(body);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') console.log(`running at http://127.0.0.1:${address.port}`);
});
// Open keep-alive connections would hold close() back: the load is over when this is asked.
process.once('SIGTERM', () => process.exit(0));

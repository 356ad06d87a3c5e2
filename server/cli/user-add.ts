/**
 * `npm run user:add [-- <username> [--name "Full Name"]]`: creates a real user in the database named by
 * STAC_WEB_DB. The password is read from a hidden prompt, or from STAC_WEB_PASSWORD for scripts, never
 * from argv (it would land in the shell history and the process list).
 */
import { createInterface } from 'node:readline';
import { checkPasswordStrength, hashPassword } from '../auth/password';
import { describeDatabaseTarget, openDatabase, parseDatabaseTarget } from '../database';
import { createUserStore, USERNAME_PATTERN } from '../store/userStore';

function parseArgs(argv: string[]): { username?: string; name?: string; help: boolean } {
  const result: { username?: string; name?: string; help: boolean } = { help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') result.help = true;
    else if (arg === '--name') result.name = argv[++i];
    else if (arg.startsWith('--name=')) result.name = arg.slice('--name='.length);
    else if (!result.username) result.username = arg;
  }
  return result;
}

function ask(question: string, hidden = false): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: process.stdin.isTTY,
    });
    if (hidden && process.stdin.isTTY) {
      // Echo nothing while the password is typed.
      (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text: string) => {
        if (text.includes(question)) process.stdout.write(question);
      };
    }
    rl.question(question, (answer) => {
      rl.close();
      if (hidden && process.stdin.isTTY) process.stdout.write('\n');
      resolve(answer.trim());
    });
  });
}

function fail(message: string): never {
  process.stderr.write(`user:add: ${message}\n`);
  process.exit(1);
}

const args = parseArgs(process.argv.slice(2));
if (args.help) {
  process.stdout.write(
    'Usage: npm run user:add -- [username] [--name "Full Name"]\n' +
      'The password is prompted for (or read from STAC_WEB_PASSWORD). Database: STAC_WEB_DB, a SQLite file (default ./data/stac-web.db) or a postgres:// URL.\n',
  );
  process.exit(0);
}

const username = args.username ?? (await ask('Username: '));
if (!USERNAME_PATTERN.test(username)) {
  fail('a username is 2-32 letters, digits, "-" or "_", starting with a letter or digit.');
}
const name = args.name ?? ((await ask(`Display name [${username}]: `)) || username);
const password = process.env.STAC_WEB_PASSWORD ?? (await ask('Password: ', true));
const problem = checkPasswordStrength(password, username);
if (problem) fail(problem.message);
if (!process.env.STAC_WEB_PASSWORD) {
  const again = await ask('Repeat password: ', true);
  if (again !== password) fail('the passwords do not match.');
}

let target;
try {
  target = parseDatabaseTarget(process.env.STAC_WEB_DB);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const database = await openDatabase(target).catch((error: unknown) =>
  fail(error instanceof Error ? error.message : String(error)),
);
try {
  const users = createUserStore(database.db);
  const created = await users.create({
    username,
    name: name.slice(0, 100),
    passwordHash: await hashPassword(password),
  });
  if (!created) fail(`the user "${username}" already exists.`);
  process.stdout.write(
    `Created user "${created.username}" (${created.name}) in ${describeDatabaseTarget(target)}.\n`,
  );
} finally {
  await database.close();
}

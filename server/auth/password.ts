import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

// scrypt parameters: N=2^15 costs ~50 ms here, enough to slow guessing, small enough for a login route.
const COST = 32768;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

function deriveKey(
  password: string,
  salt: Buffer,
  cost: number,
  blockSize: number,
  parallelism: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_LENGTH,
      { N: cost, r: blockSize, p: parallelism, maxmem: MAX_MEMORY },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** Returns `scrypt$N$r$p$salt$hash` (base64url parts): the parameters travel with the hash so they can grow. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await deriveKey(password, salt, COST, BLOCK_SIZE, PARALLELISM);
  return [
    'scrypt',
    COST,
    BLOCK_SIZE,
    PARALLELISM,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/** Compares in constant time. A malformed stored hash verifies as false rather than throwing. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [cost, blockSize, parallelism] = parts.slice(1, 4).map(Number);
  if (![cost, blockSize, parallelism].every((n) => Number.isInteger(n) && n > 0)) return false;
  const salt = Buffer.from(parts[4], 'base64url');
  const expected = Buffer.from(parts[5], 'base64url');
  if (expected.length !== KEY_LENGTH) return false;
  const actual = await deriveKey(password, salt, cost, blockSize, parallelism);
  return timingSafeEqual(actual, expected);
}

// Verifying against this when the user does not exist keeps "no such user" as slow as "wrong password".
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(12).toString('base64url'));
  return decoyHash;
}

export interface PasswordProblem {
  code: 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_COMMON' | 'PASSWORD_CONTAINS_USERNAME';
  message: string;
}

const COMMON_PASSWORDS = new Set([
  'password',
  'password1',
  'password123',
  '123456789012',
  'qwertyuiop',
  'letmein123',
  'iloveyou123',
  'welcome123',
  'admin12345',
  'changeme123',
  'passw0rd123',
  '1q2w3e4r5t6y',
  'abc123456789',
]);

/** Refuses passwords a guesser tries first. Demo users are seeded directly and are not subject to this. */
export function checkPasswordStrength(password: string, username: string): PasswordProblem | undefined {
  if (password.length < 10) {
    return { code: 'PASSWORD_TOO_SHORT', message: 'Use a password of at least 10 characters.' };
  }
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password) || /^\d+$/.test(password)) {
    return {
      code: 'PASSWORD_TOO_COMMON',
      message: 'That password is too easy to guess; choose a longer, less common one.',
    };
  }
  if (username.length >= 3 && lower.includes(username.toLowerCase())) {
    return { code: 'PASSWORD_CONTAINS_USERNAME', message: 'The password must not contain the username.' };
  }
  return undefined;
}

import { randomInt } from 'node:crypto';
import { checkPasswordPolicy } from '@thirdline/shared/org/password-policy';
import { badRequest } from '../../../platform/errors/problem';

/** 400 `password_policy` with one error per broken rule, at `path` (e.g. "newPassword"). */
export function assertPasswordPolicy(password: string, username: string, path: string): void {
  const violations = checkPasswordPolicy(password, username);
  if (violations.length > 0) {
    throw badRequest(
      'The password does not meet the password policy.',
      violations.map((v) => ({ path, message: v.message })),
      'password_policy',
    );
  }
}

// No look-alike characters (0/O, 1/l/I) so a password read out or copied by hand survives.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const SYMBOLS = '-_.!#%';

/** A random 16-character password that satisfies the policy for `username`; shown once to whoever set it. */
export function generatePassword(username: string): string {
  for (;;) {
    let password = '';
    for (let i = 0; i < 15; i++) password += ALPHABET[randomInt(ALPHABET.length)];
    const at = randomInt(1, password.length);
    password = password.slice(0, at) + SYMBOLS[randomInt(SYMBOLS.length)] + password.slice(at);
    if (checkPasswordPolicy(password, username).length === 0) return password;
  }
}

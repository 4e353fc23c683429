/**
 * The password policy (issue 3): at least 10 characters, not the username nor containing it (case-insensitive),
 * not a commonly used password. Shared so the web form shows the same rules the server enforces.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Frequently leaked passwords of 10+ characters (shorter ones already fail the length rule), lower case. */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '1234567890',
  '12345678910',
  '123456789a',
  '0123456789',
  '0987654321',
  '1111111111',
  '1122334455',
  '1234512345',
  '1234554321',
  '1234567891',
  '1234567899',
  '1357924680',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  '1qaz2wsx3e',
  '2222222222',
  '5201314520',
  '5555555555',
  '6666666666',
  '8888888888',
  '9876543210',
  '0000000000',
  'a123456789',
  'aa12345678',
  'abc1234567',
  'abcd123456',
  'abcdefghij',
  'admin12345',
  'admin123456',
  'administrator',
  'admin@1234',
  'admin@12345',
  'asdfghjkl;',
  'asdfghjkl1',
  'azertyuiop',
  'baseball123',
  'changeme123',
  'charlie123',
  'computer123',
  'football123',
  'iloveyou123',
  'iloveyou12',
  'letmein123',
  'letmein1234',
  'michael123',
  'monkey1234',
  'passw0rd123',
  'passw0rd12',
  'password01',
  'password1!',
  'password12',
  'password123',
  'password1234',
  'password!1',
  'password@1',
  'password@123',
  'p@ssw0rd123',
  'p@ssword123',
  'p@ssw0rd12',
  'princess123',
  'q1w2e3r4t5',
  'q1w2e3r4t5y6',
  'qazwsxedc123',
  'qazwsxedcr',
  'qweasdzxc123',
  'qweasdzxc1',
  'qwer123456',
  'qwerty1234',
  'qwerty12345',
  'qwerty123456',
  'qwertyuiop',
  'qwertyuiop1',
  'qwertyuiop123',
  'shadow1234',
  'sunshine12',
  'sunshine123',
  'superman123',
  'welcome123',
  'welcome1234',
  'welcome@123',
  'woaini1314',
  'woaini520',
  'zaq12wsxcde',
  'zxcvbnm123',
  'zxcvbnm1234',
  'zxcvbnmasd',
  'trustno1234',
  'starwars123',
  'dragon1234',
  'master1234',
  'hello12345',
  'hello123456',
  'test123456',
  'test1234567',
  'testtest123',
  'thirdline123',
  'thirdline1234',
  'changeit123',
  'default123',
  'root123456',
  'user123456',
  'guest12345',
  'pass123456',
  'abc123abc123',
  'aaaaaaaaaa',
]);

export type PasswordRule = 'too_short' | 'too_long' | 'contains_username' | 'too_common';

export interface PasswordViolation {
  rule: PasswordRule;
  /** English message; the web app translates by `rule`. */
  message: string;
}

const MESSAGES: Record<PasswordRule, string> = {
  too_short: `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`,
  too_long: `The password must be at most ${PASSWORD_MAX_LENGTH} characters long.`,
  contains_username: 'The password must not be or contain the username.',
  too_common: 'This password is too common; choose another one.',
};

/** Every rule the password breaks; empty when it is acceptable. */
export function checkPasswordPolicy(password: string, username: string): PasswordViolation[] {
  const rules: PasswordRule[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) rules.push('too_short');
  if (password.length > PASSWORD_MAX_LENGTH) rules.push('too_long');
  const name = username.trim().toLowerCase();
  if (name.length > 0 && password.toLowerCase().includes(name)) rules.push('contains_username');
  if (COMMON_PASSWORDS.has(password.toLowerCase())) rules.push('too_common');
  return rules.map((rule) => ({ rule, message: MESSAGES[rule] }));
}

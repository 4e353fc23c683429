import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, COMMON_PASSWORDS } from './password-policy';

const rules = (password: string, username = 'zhang.san') => checkPasswordPolicy(password, username).map((v) => v.rule);

describe('password policy', () => {
  it('accepts a long, uncommon password without the username', () => {
    expect(rules('Correct-Horse-42')).toEqual([]);
    expect(rules('长城长城长城长城长城')).toEqual([]);
  });

  it('needs at least 10 characters (counted as characters, not bytes)', () => {
    expect(rules('Abc-12345')).toEqual(['too_short']);
    expect(rules('Abc-123456')).toEqual([]);
    expect(rules('长城长城长城长城长')).toEqual(['too_short']);
  });

  it('refuses the username or a password containing it, in any case', () => {
    expect(rules('zhang.san!!', 'zhang.san')).toEqual(['contains_username']);
    expect(rules('My-ZHANG.SAN-2026')).toEqual(['contains_username']);
    expect(rules('zhang.san123', 'Zhang.San')).toEqual(['contains_username']);
  });

  it('refuses common passwords in any case', () => {
    for (const p of ['password123', '1234567890', 'qwertyuiop', 'admin12345', 'QWERTYUIOP', 'Password123']) {
      expect(rules(p)).toEqual(['too_common']);
    }
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(100);
  });

  it('reports every broken rule', () => {
    expect(rules('admin', 'admin')).toEqual(['too_short', 'contains_username']);
    expect(rules('admin12345', 'admin')).toEqual(['contains_username', 'too_common']);
  });
});

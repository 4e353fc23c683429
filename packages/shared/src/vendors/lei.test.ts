import { describe, expect, it } from 'vitest';
import { isValidLei, leiCheckDigits } from './lei';

describe('LEI (ISO 17442, mod 97)', () => {
  it('accepts a valid LEI', () => {
    expect(isValidLei('5493001KJTIIGC8Y1R12')).toBe(true);
  });

  it('refuses changed check digits, changed characters, bad shapes', () => {
    expect(isValidLei('5493001KJTIIGC8Y1R13')).toBe(false);
    expect(isValidLei('5493001KJTIIGC8Y1R21')).toBe(false);
    expect(isValidLei('5493001KJTIIGC8Y2R12')).toBe(false);
    expect(isValidLei('5493001kjtiigc8y1r12')).toBe(false);
    expect(isValidLei('5493001KJTIIGC8Y1R1')).toBe(false);
    expect(isValidLei('5493001KJTIIGC8Y1RAB')).toBe(false);
  });

  it('computes the check digits of a prefix', () => {
    expect(leiCheckDigits('5493001KJTIIGC8Y1R')).toBe('12');
  });
});

import { describe, expect, it } from 'vitest';
import { isValidUscc, usccCheckCharacter } from './uscc';

describe('USCC (GB 32100)', () => {
  it('accepts codes with the right check character', () => {
    expect(isValidUscc('91110000100001138J')).toBe(true);
    expect(isValidUscc('91310000607216596U')).toBe(true);
  });

  it('refuses a wrong check character, a wrong length, letters outside the alphabet and lower case', () => {
    expect(isValidUscc('91110000100001138K')).toBe(false);
    expect(isValidUscc('91110000100001138')).toBe(false);
    expect(isValidUscc('91110000100001138JJ')).toBe(false);
    expect(isValidUscc('9111000010000113IJ')).toBe(false); // I is not in the alphabet
    expect(isValidUscc('91110000100001138j')).toBe(false);
    expect(isValidUscc('')).toBe(false);
  });

  it('computes the check character of the first 17 characters (0 when the remainder is 0)', () => {
    expect(usccCheckCharacter('91110000100001138')).toBe('J');
    expect(usccCheckCharacter('91310000607216596')).toBe('U');
    expect(usccCheckCharacter('00000000000000000')).toBe('0');
    expect(usccCheckCharacter('9111000010000113')).toBeUndefined();
    expect(usccCheckCharacter('9111000010000113O')).toBeUndefined();
  });
});

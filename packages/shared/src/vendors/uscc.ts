/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters from a 31-character alphabet
 * (digits and upper-case letters without I, O, Z, S, V); the 18th is a mod-31 check character over the first 17.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** The check character for the first 17 characters, or undefined when they are not from the alphabet. */
export function usccCheckCharacter(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i] as string);
    if (value < 0) return undefined;
    sum += value * (WEIGHTS[i] as number);
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** True for an 18-character code whose check character is right (upper case only; normalise input first). */
export function isValidUscc(code: string): boolean {
  if (!SHAPE.test(code)) return false;
  return usccCheckCharacter(code.slice(0, 17)) === code[17];
}

/**
 * Legal Entity Identifier (ISO 17442): 20 upper-case letters and digits; the last two are check digits so that the
 * whole code, letters read as numbers (A = 10 … Z = 35), is 1 modulo 97 (ISO 7064 MOD 97-10).
 */
const SHAPE = /^[0-9A-Z]{18}[0-9]{2}$/;

export function isValidLei(code: string): boolean {
  if (!SHAPE.test(code)) return false;
  let remainder = 0;
  for (const ch of code) {
    const value = parseInt(ch, 36);
    // Feed one or two digits at a time, keeping the running remainder small (no big integers needed).
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/** The two check digits for an 18-character LEI prefix. */
export function leiCheckDigits(prefix18: string): string {
  let remainder = 0;
  for (const ch of `${prefix18}00`) {
    const value = parseInt(ch, 36);
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return String(98 - remainder).padStart(2, '0');
}

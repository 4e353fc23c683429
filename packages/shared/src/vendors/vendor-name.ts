/** Legal-form suffixes that do not tell two vendors apart, longest first. */
const SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '集团公司',
  '公司',
  'co.,ltd.',
  'co.,ltd',
  'co.ltd.',
  'co.ltd',
  'corporation',
  'limited',
  'corp.',
  'corp',
  'ltd.',
  'ltd',
  'inc.',
  'inc',
];

/**
 * The key two vendor names are compared by: full-width forms folded to half-width (NFKC), lower case, no spaces,
 * no brackets or the punctuation between words, and without a legal-form suffix (有限公司, 股份有限公司, Ltd. …).
 * `北京 华为 技术有限公司`, `北京华为技术股份有限公司` and `ＢＥＩＪＩＮＧ华为技术` share their key with `北京华为技术`.
 */
export function normaliseVendorName(name: string): string {
  let key = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s()[\]{}<>《》【】「」"'`·・、]/gu, '');
  for (const suffix of SUFFIXES) {
    if (key.length > suffix.length && key.endsWith(suffix)) {
      key = key.slice(0, -suffix.length);
      break;
    }
  }
  return key.replace(/[.,;:!?。，；：！？-]+$/u, '');
}

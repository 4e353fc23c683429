import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition';

describe('contentDisposition', () => {
  it('encodes a Chinese name per RFC 5987 with an ASCII fallback', () => {
    expect(contentDisposition('采购合同.pdf')).toBe(
      `attachment; filename="____.pdf"; filename*=UTF-8''%E9%87%87%E8%B4%AD%E5%90%88%E5%90%8C.pdf`,
    );
  });

  it('keeps quotes and separators from breaking the header', () => {
    expect(contentDisposition(`a"b\\c;d'e*.txt`)).toBe(
      `attachment; filename="a_b_c;d'e*.txt"; filename*=UTF-8''a%22b%5Cc%3Bd%27e%2A.txt`,
    );
  });
});

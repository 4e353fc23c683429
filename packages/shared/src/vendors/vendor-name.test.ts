import { describe, expect, it } from 'vitest';
import { normaliseVendorName } from './vendor-name';

describe('normaliseVendorName', () => {
  it('drops the legal-form suffixes', () => {
    expect(normaliseVendorName('北京华为技术有限公司')).toBe('北京华为技术');
    expect(normaliseVendorName('北京华为技术股份有限公司')).toBe('北京华为技术');
    expect(normaliseVendorName('北京华为技术有限责任公司')).toBe('北京华为技术');
  });

  it('folds full-width to half-width, case and spaces', () => {
    expect(normaliseVendorName('ＡＢＣ 数据 有限公司')).toBe('abc数据');
    expect(normaliseVendorName('abc　数据')).toBe('abc数据');
    expect(normaliseVendorName('  Abc数据Co., Ltd. ')).toBe('abc数据');
    expect(normaliseVendorName('神州（中国）软件有限公司')).toBe('神州中国软件');
  });

  it('keeps names that differ in substance apart', () => {
    expect(normaliseVendorName('北京华为技术有限公司')).not.toBe(normaliseVendorName('上海华为技术有限公司'));
    // A bare suffix is not stripped to nothing.
    expect(normaliseVendorName('公司')).toBe('公司');
    expect(normaliseVendorName('有限公司')).toBe('有限');
  });
});

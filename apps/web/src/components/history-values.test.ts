import { describe, expect, it } from 'vitest';
import { dataValueLabel, registerValueLabelSource, valueLabelGroup } from './history-values';

describe('coded values in History', () => {
  it('finds the label group of a coded field per record type', () => {
    expect(valueLabelGroup('vendor', 'type')).toBe('vendor.type');
    expect(valueLabelGroup('vendor-qualification', 'type')).toBe('qualType');
    expect(valueLabelGroup('vendor', 'name')).toBeUndefined();
    expect(valueLabelGroup(undefined, 'type')).toBeUndefined();
  });

  it('takes data-driven labels from the registered sources, in the reader language', () => {
    expect(dataValueLabel('zh-CN', 'vendor.type', 'data_services')).toBeUndefined();
    registerValueLabelSource((locale, group, code) =>
      group === 'vendor.type' && code === 'data_services'
        ? locale === 'zh-CN'
          ? '数据服务商'
          : 'Data services'
        : undefined,
    );
    expect(dataValueLabel('zh-CN', 'vendor.type', 'data_services')).toBe('数据服务商');
    expect(dataValueLabel('en-US', 'vendor.type', 'data_services')).toBe('Data services');
    expect(dataValueLabel('zh-CN', 'vendor.tier', 'data_services')).toBeUndefined();
  });
});

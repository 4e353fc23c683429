/** Reference exchange rates to CNY (organisation settings), and the problems of the sourcing rules that use them. */
export const zh = {
  'exchangeRates.title': '参考汇率（兑人民币）',
  'exchangeRates.hint':
    '审批流程的金额门槛以人民币计。其他币种的金额按这里的汇率折算成人民币后再比较；提交时使用的汇率会记录在单据上。清除某币种的汇率后，该币种的金额将无法提交审批。',
  'exchangeRates.currency': '币种',
  'exchangeRates.rate': '1 单位兑人民币',
  'exchangeRates.rateOf': '{currency} 兑人民币汇率',
  'exchangeRates.updatedAt': '更新时间',
  'exchangeRates.notSet': '未设置',
  'exchangeRates.clear': '清除',
  'exchangeRates.equivalent': '（折合人民币 {amount}，汇率 {rate}）',
  'exchangeRates.clearConfirm': '清除 {currency} 的汇率？以 {currency} 计价的金额将无法提交审批，直到重新设置汇率。',
  'problem.exchange_rate_missing':
    '该币种没有兑人民币的参考汇率，无法与审批金额门槛比较。请管理员在“组织设置”中设置汇率。',
  'problem.vendor_not_invitable': '该供应商已暂停或已终止合作，不能邀请；只能邀请候选、入围或已准入的供应商',
  'problem.not_candidates': '只能评审该采购需求的候选供应商，请先邀请或移除不在候选名单中的供应商',
  'problem.sourcing_request_not_sourcing': '采购需求处于寻源阶段时才能发起评审',
};

export const en: typeof zh = {
  'exchangeRates.title': 'Reference exchange rates to CNY',
  'exchangeRates.hint':
    'Approval thresholds are in CNY. Amounts in other currencies are converted at these rates before they are compared; the rate used is recorded on the record when it is submitted. A currency whose rate is cleared cannot be submitted for approval.',
  'exchangeRates.currency': 'Currency',
  'exchangeRates.rate': 'CNY per unit',
  'exchangeRates.rateOf': '{currency} to CNY rate',
  'exchangeRates.updatedAt': 'Updated',
  'exchangeRates.notSet': 'Not set',
  'exchangeRates.clear': 'Clear',
  'exchangeRates.equivalent': '(≈ CNY {amount} at {rate})',
  'exchangeRates.clearConfirm':
    'Clear the {currency} rate? Amounts in {currency} cannot be submitted for approval until a rate is set again.',
  'problem.exchange_rate_missing':
    'The currency has no reference rate to CNY, so the amount cannot be compared with the approval thresholds. Ask an administrator to set it under Organisation settings.',
  'problem.vendor_not_invitable':
    'This vendor is suspended or terminated and cannot be invited; only candidate, shortlisted or approved vendors can',
  'problem.not_candidates':
    'Only candidates of the sourcing request can be evaluated; invite them first or remove the others',
  'problem.sourcing_request_not_sourcing': 'An evaluation can be started only while the sourcing request is sourcing',
};

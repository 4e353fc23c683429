/**
 * Chinese for the messages our own schemas and commands write (zod's built-in messages have zod's own locales).
 * The server answers zh-CN callers with these; the web app uses them for the same checks run in the browser.
 * A message missing here reaches Chinese users in English: add it when you add a message.
 */
export const FIELD_MESSAGES_ZH: Readonly<Record<string, string>> = {
  'Must not be in the future.': '不能晚于当前时间。',
  'No such department.': '部门不存在。',
  'No such active department.': '部门不存在或已停用。',
  'No such active user.': '用户不存在或已停用。',
  'No such vendor.': '供应商不存在。',
  'Must not be before validFrom.': '不能早于生效日期。',
  'Must not be before periodFrom.': '不能早于开始日期。',
  'Must not be before performedOn.': '不能早于实施日期。',
  'Would make a subcontracting cycle.': '会形成循环分包关系。',
  'This parent would make a cycle.': '所选上级部门会形成循环。',
  'The new password must differ from the current one.': '新密码不能与当前密码相同。',
  'The current password is wrong.': '当前密码不正确。',
  'No due-diligence record with the conclusion "pass" is valid today.':
    '没有结论为“通过”且仍在有效期内的尽职调查记录。',
  'Must be an http(s) address.': '必须是 http(s) 网址。',
  'Use 3–50 letters, digits, dots, underscores or hyphens.': '请使用 3–50 位字母、数字、点、下划线或连字符。',
  'Not a valid unified social credit code (GB 32100 check character).': '统一社会信用代码校验位不正确（GB 32100）。',
  'Not a valid LEI (ISO 17442 check digits).': 'LEI 校验位不正确（ISO 17442）。',
  'Not a known IANA time zone, e.g. Asia/Shanghai.': '不是有效的 IANA 时区，例如 Asia/Shanghai。',
  'Must not contain control characters.': '不能包含控制字符。',
  'Must not contain NUL characters.': '不能包含 NUL 字符。',
  'Must not contain paging parameters.': '不能包含分页参数。',
  'Use lower-case letters, digits and hyphens.': '请使用小写字母、数字和连字符。',
  'A saved filter with this name exists already.': '已有同名的筛选方案。',
  'Must be an amount with at most two decimals, e.g. "-1500.00".': '必须是最多两位小数的金额，例如 "-1500.00"。',
  'Must be a non-negative amount with at most two decimals, e.g. "1000000.00".':
    '必须是不小于 0、最多两位小数的金额，例如 "1000000.00"。',
  'Must be an ISO 3166 two-letter code such as CN.': '必须是 ISO 3166 两位字母代码，例如 CN。',
  'Must be a whole number.': '必须是整数。',
  'Must be a phone number such as 010-12345678 or +86 138 0000 0000.':
    '必须是电话号码，例如 010-12345678 或 +86 138 0000 0000。',
  'An LEI has 20 characters.': 'LEI 应为 20 位。',
  'A unified social credit code has 18 characters.': '统一社会信用代码应为 18 位。',
  'Required.': '必填。',
  'The weights must sum to exactly 100.': '各项权重之和必须正好为 100。',
  'At most one criterion may be the price criterion.': '最多只能有一项价格评分项。',
  'This criterion appears more than once.': '评分项重复。',
  'Not an active value of this list.': '不是该列表中启用的值。',
  'Use a lower-case letter, then letters, digits or _.': '请以小写字母开头，使用小写字母、数字或下划线。',
  'This code appears more than once.': '代码重复。',
  'Stage keys must be unique.': '环节标识不能重复。',
  'A comparison needs a number.': '比较条件需要一个数字。',
  'This rule needs a role.': '此规则需要选择角色。',
  'This rule needs a user.': '此规则需要选择用户。',
  'Lower-case letters, digits and dashes, starting with a letter.': '请使用小写字母、数字和连字符，并以字母开头。',
  'A flow needs at least one stage.': '流程至少需要一个环节。',
  'Printable ASCII without spaces.': '请使用不含空格的可打印 ASCII 字符。',
  'Not a valid unified social credit code (check character).': '统一社会信用代码校验位不正确。',
  'Not a valid LEI.': 'LEI 不正确。',
  'Unknown country or region; use a code such as CN.': '未知的国家或地区，请使用 CN 这样的代码。',
  'Must not be negative.': '不能为负数。',
  'Must be an amount such as 1000000.00.': '必须是金额，例如 1000000.00。',
  'Must be a date (YYYY-MM-DD).': '必须是日期（YYYY-MM-DD）。',
  'Must be a web address.': '必须是网址。',
  'Must be a phone number such as 010-12345678.': '必须是电话号码，例如 010-12345678。',
  'Must be an e-mail address.': '必须是电子邮箱地址。',
  'Required when a contact phone or e-mail is given.': '填写了联系电话或邮箱时必填。',
  'Must be a queue name.': '必须是队列名称。',
  'Repeated.': '重复。',
  'Required when enabled.': '启用时必填。',
  'This robot takes no secret.': '该机器人不需要签名密钥。',
  'Must be a kind code: lower-case letters, digits and dashes.': '必须是类型代码：小写字母、数字和连字符。',
  'At most 200 kinds.': '最多 200 种。',
};

/** A message of ours in the caller's language (unknown messages are returned as they are). */
export function localiseFieldMessage(message: string, locale: string): string {
  return locale === 'zh-CN' ? (FIELD_MESSAGES_ZH[message] ?? message) : message;
}

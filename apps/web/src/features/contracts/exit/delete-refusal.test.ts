import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import { translate, type MessageKey, type Params } from '../../../i18n/messages';
import { retentionRefusal } from './delete-refusal';

const zh = { t: (key: MessageKey, params?: Params) => translate('zh-CN', key, params) };
const problem = (code: string, extra: Record<string, unknown> = {}) =>
  new ApiError(422, { type: 'about:blank', title: 'Unprocessable', status: 422, code, ...extra });

describe('the refusal to delete a retained contract', () => {
  it('says in Chinese until when an ended contract is kept', () => {
    const error = problem('contract_retained', { retainUntil: '2031-03-01', status: 'terminated' });
    expect(retentionRefusal(error, zh)).toBe('合同须保存至 2031-03-01（终止后 5 年），在此之前不能删除。');
  });

  it('says that only a never-submitted draft may go while the contract has not ended', () => {
    const error = problem('contract_retained', { retainUntil: null, status: 'active' });
    expect(retentionRefusal(error, zh)).toBe('只有从未提交过的草稿可以删除；其他合同须在终止后保存 5 年。');
  });

  it('leaves every other failure to the generic problem message', () => {
    expect(retentionRefusal(problem('contract_referenced'), zh)).toBeNull();
    expect(retentionRefusal(new Error('network'), zh)).toBeNull();
  });
});

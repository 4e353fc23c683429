import { OPINIONS } from '@thirdline/shared/contracts/contract-exit.schemas';
import { Form, Input, Radio } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import { useGiveOpinion, type Variation } from './api';
import { FormDialog } from './FormDialog';

interface Values {
  opinion: (typeof OPINIONS)[number];
  comments?: string;
}

/** The legal or finance reviewer's opinion on a variation. */
export function OpinionDialog(props: {
  contractId: string;
  variation: Variation | null;
  kind: 'legal' | 'finance';
  onClose: () => void;
}) {
  const { t } = useI18n();
  const give = useGiveOpinion(props.contractId);
  const kind = t(`contractExit.opinion.kind.${props.kind}`);
  return (
    <FormDialog<Values>
      open={!!props.variation}
      title={t('contractExit.variation.giveOpinion', { kind })}
      onClose={props.onClose}
      onSubmit={async (v) => {
        if (!props.variation) return;
        await give.mutateAsync({
          variationId: props.variation.id,
          kind: props.kind,
          opinion: v.opinion,
          comments: v.comments?.trim() || null,
        });
      }}
    >
      {() => (
        <>
          <Form.Item name="opinion" label={kind} rules={[{ required: true, message: t('zod.required') }]}>
            <Radio.Group>
              {OPINIONS.map((o) => (
                <Radio key={o} value={o}>
                  {t(`contractExit.opinion.${o}`)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item name="comments" label={t('contractExit.opinion.comments')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}

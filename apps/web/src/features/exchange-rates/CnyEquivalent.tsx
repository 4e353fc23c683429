import { Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * "(≈ CNY 568,000.00 at 7.100000)" beside an amount in another currency, once the record has fixed its CNY
 * equivalent (at submission); nothing for CNY or before then.
 */
export function CnyEquivalent(props: { currency: string; amountCny: string | null; rateToCny: string | null }) {
  const { t } = useI18n();
  if (props.currency === 'CNY' || props.amountCny === null || props.rateToCny === null) return null;
  const amount = Number(props.amountCny).toLocaleString(undefined, { minimumFractionDigits: 2 });
  return (
    <Typography.Text type="secondary" style={{ marginLeft: 8 }} data-testid="cny-equivalent">
      {t('exchangeRates.equivalent', { amount, rate: props.rateToCny })}
    </Typography.Text>
  );
}

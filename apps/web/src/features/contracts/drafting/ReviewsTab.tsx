import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import type { Review, ReviewRound } from '@thirdline/shared/contracts/drafting.schemas';
import { Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { API_BASE } from '../../../api/client';
import { LoadError } from '../../../components/LoadError';
import { useI18n } from '../../../i18n/I18nProvider';
import { useReviewRounds } from './api';
import { OpinionDialog } from './OpinionDialog';

const OPINION_COLOURS = { agree: 'green', 'agree-with-comments': 'gold', disagree: 'red' } as const;
const ROUND_COLOURS = { open: 'processing', agreed: 'green', disagreed: 'red' } as const;
const when = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '');

/** Every review round of the contract, newest first, with each reviewer's opinion; the caller's own to give. */
export function ReviewsTab({ contract }: { contract: Contract }) {
  const { t } = useI18n();
  const rounds = useReviewRounds(contract.id);
  const [giving, setGiving] = useState<Review | null>(null);
  if (rounds.error) return <LoadError error={rounds.error} onRetry={() => void rounds.refetch()} />;
  if (rounds.data?.length === 0) return <Empty description={t('drafting.reviews.empty')} />;

  const columns: ColumnsType<Review> = [
    { title: t('drafting.reviews.kind'), key: 'kind', width: 90, render: (_, r) => t(`drafting.kind.${r.kind}`) },
    { title: t('drafting.reviews.reviewer'), key: 'reviewer', width: 140, render: (_, r) => r.reviewer.displayName },
    {
      title: t('drafting.reviews.opinion'),
      key: 'opinion',
      width: 140,
      render: (_, r) =>
        r.opinion ? (
          <Tag color={OPINION_COLOURS[r.opinion]}>{t(`drafting.opinion.${r.opinion}`)}</Tag>
        ) : r.permissions.includes('opinion') ? (
          <Button size="small" type="primary" onClick={() => setGiving(r)}>
            {t('drafting.reviews.give')}
          </Button>
        ) : (
          <Tag>{t('drafting.opinion.pending')}</Tag>
        ),
    },
    {
      title: t('drafting.reviews.comments'),
      key: 'comments',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          {r.comments && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{r.comments}</Typography.Text>}
          {r.fileIds.map((id, i) => (
            <a key={id} href={`${API_BASE}/files/${id}/content`}>
              {t('drafting.reviews.attachments')} {i + 1}
            </a>
          ))}
        </Space>
      ),
    },
    { title: t('drafting.reviews.decidedAt'), key: 'at', width: 150, render: (_, r) => when(r.decidedAt) },
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {[...(rounds.data ?? [])].reverse().map((round: ReviewRound) => (
        <Card
          key={round.id}
          size="small"
          title={
            <Space>
              {t('drafting.reviews.round', { number: round.number })}
              <Tag color={ROUND_COLOURS[round.status]}>{t(`drafting.round.${round.status}`)}</Tag>
            </Space>
          }
          extra={
            round.approvalId && <Link to={`/approvals/${round.approvalId}`}>{t('drafting.reviews.approval')}</Link>
          }
        >
          <Typography.Paragraph type="secondary">
            {t('drafting.reviews.submittedBy', {
              name: round.submittedBy?.displayName ?? '',
              at: when(round.submittedAt),
            })}
            {round.comment && ` — ${round.comment}`}
          </Typography.Paragraph>
          <Table<Review> rowKey="id" size="small" columns={columns} dataSource={round.reviews} pagination={false} />
        </Card>
      ))}
      {giving && <OpinionDialog contractId={contract.id} review={giving} onClose={() => setGiving(null)} />}
    </Space>
  );
}

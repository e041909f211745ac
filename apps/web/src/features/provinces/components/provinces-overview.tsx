import { Card, LoadingState, Stat } from '@ita/web/ui';
import { QueryError } from '../../../app/errors/query-error';
import { useI18n } from '../../../app/i18n';
import type { ProvincesState } from '../hooks/use-provinces';
import { ProvinceTable } from './province-table';

export interface ProvincesOverviewProps {
  state: ProvincesState;
}

/** The province count and list, with their loading and error states. */
export function ProvincesOverview({ state }: ProvincesOverviewProps) {
  const { t, format } = useI18n();
  const { provinces, loading, error, refetch } = state;

  if (!provinces) {
    if (error) return <QueryError error={error} onRetry={refetch} />;
    return <LoadingState label={t('common.loading')} />;
  }
  return (
    <Card title={t('provinces.title')}>
      <Stat label={t('provinces.count')} value={format.number(provinces.length)} />
      {loading && <LoadingState label={t('common.loading')} />}
      {error != null && <QueryError error={error} onRetry={refetch} />}
      <ProvinceTable provinces={provinces} />
    </Card>
  );
}

import type { OrganisationQueryResult } from '@ita/web/data-access';
import { DataTable, Notice, type DataTableColumn } from '@ita/web/ui';
import { useI18n } from '../../../app/i18n';
import { TotalTrendChart } from '../charts/total-trend-chart';

export interface OrganisationResultsProps {
  results: readonly OrganisationQueryResult[];
  organisationName: string;
}

export function OrganisationResults({ results, organisationName }: OrganisationResultsProps) {
  const { t, format } = useI18n();
  if (results.length === 0) return <Notice title={t('org.results.empty')} />;

  const columns: DataTableColumn<OrganisationQueryResult>[] = [
    { key: 'year', header: t('org.results.column.year'), render: (result) => format.year(result.fiscalYear) },
    { key: 'total', header: t('org.results.column.total'), render: (result) => format.score(result.total), align: 'end' },
    { key: 'level', header: t('org.results.column.level'), render: (result) => result.level ?? t('common.none') },
  ];
  return (
    <>
      <TotalTrendChart rows={results} label={t('org.chart.label', { name: organisationName })} />
      <DataTable caption={t('org.results.tableCaption')} columns={columns} rows={results} rowKey={(result) => result.fiscalYear} />
    </>
  );
}

import type { ProvincesQueryProvince } from '@ita/web/data-access';
import { DataTable, type DataTableColumn } from '@ita/web/ui';
import { useI18n } from '../../../app/i18n';

export interface ProvinceTableProps {
  provinces: readonly ProvincesQueryProvince[];
}

export function ProvinceTable({ provinces }: ProvinceTableProps) {
  const { t } = useI18n();
  const columns: DataTableColumn<ProvincesQueryProvince>[] = [
    { key: 'code', header: t('provinces.column.code'), render: (province) => province.code },
    { key: 'nameTh', header: t('provinces.column.nameTh'), render: (province) => <span lang="th">{province.nameTh}</span> },
    { key: 'nameEn', header: t('provinces.column.nameEn'), render: (province) => <span lang="en">{province.nameEn}</span> },
    { key: 'region', header: t('provinces.column.region'), render: (province) => province.region },
  ];
  return (
    <DataTable
      caption={t('provinces.tableCaption')}
      captionHidden
      columns={columns}
      rows={provinces}
      rowKey={(province) => province.code}
      empty={t('provinces.empty')}
    />
  );
}

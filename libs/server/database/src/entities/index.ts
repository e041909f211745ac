import { DistrictEntity } from './district.entity';
import { FiscalYearEntity } from './fiscal-year.entity';
import { ImportEntity } from './import.entity';
import { IndicatorEntity } from './indicator.entity';
import { ItemScoreEntity } from './item-score.entity';
import { OrganisationEntity } from './organisation.entity';
import { ProvinceEntity } from './province.entity';
import { ResultHistoryEntity } from './result-history.entity';
import { ResultEntity } from './result.entity';

export {
  DistrictEntity,
  FiscalYearEntity,
  ImportEntity,
  IndicatorEntity,
  ItemScoreEntity,
  OrganisationEntity,
  ProvinceEntity,
  ResultEntity,
  ResultHistoryEntity,
};
export type { ImportStatus } from './import.entity';
export { numericColumnTransformer } from './numeric-column.transformer';

export const entities = [
  ProvinceEntity,
  DistrictEntity,
  OrganisationEntity,
  FiscalYearEntity,
  IndicatorEntity,
  ImportEntity,
  ResultEntity,
  ItemScoreEntity,
  ResultHistoryEntity,
];

import { registerEnumType } from '@nestjs/graphql';

export enum RankBy {
  TOTAL = 'TOTAL',
  DELTA = 'DELTA',
}
registerEnumType(RankBy, { name: 'RankBy', description: 'TOTAL: by total; DELTA: by the change of the total since fiscalYear − 1' });

import { registerEnumType } from '@nestjs/graphql';

export enum PeerGroup {
  SAME_TYPE_PROVINCE = 'SAME_TYPE_PROVINCE',
  SAME_TYPE_NATIONAL = 'SAME_TYPE_NATIONAL',
  PROVINCE = 'PROVINCE',
  NATIONAL = 'NATIONAL',
}
registerEnumType(PeerGroup, { name: 'PeerGroup' });

import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { PROVINCES_QUERY, type ProvincesQueryProvince } from '@ita/web/data-access';

export interface ProvincesState {
  provinces: readonly ProvincesQueryProvince[] | undefined;
  /** Province by its 2-digit code, once loaded. */
  byCode: ReadonlyMap<string, ProvincesQueryProvince>;
  loading: boolean;
  error: unknown;
  refetch: () => void;
}

export function useProvinces(): ProvincesState {
  const { data, loading, error, refetch } = useQuery(PROVINCES_QUERY, { notifyOnNetworkStatusChange: true });
  const provinces = data?.provinces;
  const byCode = useMemo(() => new Map((provinces ?? []).map((province) => [province.code, province])), [provinces]);
  return {
    provinces,
    byCode,
    loading,
    error,
    refetch: () => {
      refetch().catch(() => undefined); // the error is shown through `error`
    },
  };
}

import { useMemo, useSyncExternalStore } from 'react';
import { locationSnapshot, parseLocation, subscribeToLocation, type AppLocation } from './history-location';

export function useLocation(): AppLocation {
  const snapshot = useSyncExternalStore(subscribeToLocation, locationSnapshot, () => '/');
  return useMemo(() => {
    const queryStart = snapshot.indexOf('?');
    return queryStart < 0 ? parseLocation(snapshot) : parseLocation(snapshot.slice(0, queryStart), snapshot.slice(queryStart));
  }, [snapshot]);
}

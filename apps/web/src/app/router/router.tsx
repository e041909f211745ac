import type { ComponentType } from 'react';
import { matchRoute, type RouteParams } from './match-route';
import { useLocation } from './use-location';

export interface RouteProps {
  params: RouteParams;
  query: URLSearchParams;
}

export interface RouteDefinition {
  path: string;
  component: ComponentType<RouteProps>;
}

export interface RouterProps {
  routes: readonly RouteDefinition[];
  notFound: ComponentType<{ path: string }>;
}

/** Renders the first route whose pattern matches the current path, else `notFound`. */
export function Router({ routes, notFound: NotFound }: RouterProps) {
  const { path, query } = useLocation();
  for (const route of routes) {
    const params = matchRoute(route.path, path);
    if (params) {
      const Page = route.component;
      return <Page key={route.path} params={params} query={query} />;
    }
  }
  return <NotFound path={path} />;
}

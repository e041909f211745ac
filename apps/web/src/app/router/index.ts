export { navigate, parseLocation } from './history-location';
export type { AppLocation } from './history-location';
export { Link } from './link';
export type { LinkProps } from './link';
export { matchRoute } from './match-route';
export type { RouteParams } from './match-route';
export { Router } from './router';
export type { RouteDefinition, RouteProps, RouterProps } from './router';
export { useLocation } from './use-location';

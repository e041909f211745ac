import type { RouteDefinition } from './router';
import { AboutPage } from '../pages/about/about-page';
import { HomePage } from '../pages/home/home-page';

export const ROUTES: readonly RouteDefinition[] = [
  { path: '/', component: HomePage },
  { path: '/about', component: AboutPage },
];

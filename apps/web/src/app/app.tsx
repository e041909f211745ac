import { AppLayout } from './layout/app-layout';
import { Router } from './router';
import { ROUTES } from './routes';
import { NotFoundPage } from '../pages/not-found/not-found-page';

/** The routed app, without providers (see AppProviders), so tests can supply a mocked Apollo client. */
export function App() {
  return (
    <AppLayout>
      <Router routes={ROUTES} notFound={NotFoundPage} />
    </AppLayout>
  );
}

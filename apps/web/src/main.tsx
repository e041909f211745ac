import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from '@ita/web/data-access';
import { App } from './app/app';
import { AppProviders } from './app/app-providers';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders client={createApolloClient()}>
      <App />
    </AppProviders>
  </StrictMode>,
);

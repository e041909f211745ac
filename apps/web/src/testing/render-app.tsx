import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { createApolloCache } from '@ita/web/data-access';
import { I18nProvider, type Locale } from '../app/i18n';

export interface RenderAppOptions {
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  locale?: Locale;
}

/** Renders UI inside a mocked Apollo client (with the app's cache policies) and the i18n provider. */
export function renderWithProviders(ui: ReactElement, { mocks = [], locale }: RenderAppOptions = {}) {
  return render(
    <MockedProvider mocks={mocks} cache={createApolloCache()}>
      <I18nProvider initialLocale={locale}>{ui}</I18nProvider>
    </MockedProvider>,
  );
}

import { classifyApolloError } from '@ita/web/data-access';
import { ErrorState } from '@ita/web/ui';
import { useI18n } from '../i18n';

export interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed query, told in the user's language: unreachable server, failing server or refused request. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const { t } = useI18n();
  const problem = classifyApolloError(error);
  const retry = { retryLabel: t('common.retry'), onRetry };
  switch (problem.kind) {
    case 'network':
      return <ErrorState title={t('error.network.title')} detail={t('error.network.detail')} {...retry} />;
    case 'server':
      return <ErrorState title={t('error.server.title', { status: problem.status })} detail={t('error.server.detail')} {...retry} />;
    case 'graphql':
      return <ErrorState title={t('error.graphql.title')} detail={problem.messages.join(' · ')} {...retry} />;
    case 'unknown':
      return <ErrorState title={t('error.unknown.title')} detail={problem.message} {...retry} />;
  }
}

import { useDocumentTitle } from '../../app/use-document-title';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';

export interface NotFoundPageProps {
  path: string;
}

export function NotFoundPage({ path }: NotFoundPageProps) {
  const { t } = useI18n();
  useDocumentTitle(t('notFound.title'));

  return (
    <div className="app-page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path })}</p>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </div>
  );
}

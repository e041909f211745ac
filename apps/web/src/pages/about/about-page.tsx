import { Card } from '@ita/web/ui';
import { useDocumentTitle } from '../../app/use-document-title';
import { useI18n } from '../../app/i18n';
import { ATTRIBUTION } from './attribution';

export function AboutPage() {
  const { t } = useI18n();
  useDocumentTitle(t('about.title'));

  return (
    <div className="app-page">
      <header className="app-page__header">
        <h1>{t('about.title')}</h1>
        <p className="app-page__lead">{t('about.intro')}</p>
      </header>
      <Card title={t('about.sourcesTitle')}>
        <p className="app-hint">{t('about.sourcesNote')}</p>
        <ul className="app-attribution">
          {ATTRIBUTION.map((entry) => (
            <li key={entry.text}>
              <p>{entry.text}</p>
              <p className="app-attribution__links">
                {entry.links.map((link) => (
                  <a key={link.href} href={link.href} rel="noreferrer" target="_blank">
                    {link.label}
                  </a>
                ))}
              </p>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}

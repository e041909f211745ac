import { useDocumentTitle } from '../../app/use-document-title';
import { useI18n } from '../../app/i18n';
import { OrganisationLookup } from '../../features/organisation/components/organisation-lookup';
import { ProvincesOverview } from '../../features/provinces/components/provinces-overview';
import { useProvinces } from '../../features/provinces/hooks/use-provinces';

export function HomePage() {
  const { t } = useI18n();
  const provinces = useProvinces();
  useDocumentTitle(null);

  return (
    <div className="app-page">
      <header className="app-page__header">
        <h1>{t('home.title')}</h1>
        <p className="app-page__subtitle">{t('app.subtitle')}</p>
        <p className="app-page__lead">{t('home.intro')}</p>
      </header>
      <OrganisationLookup provinceName={(code) => provinces.byCode.get(code)?.nameTh} />
      <ProvincesOverview state={provinces} />
    </div>
  );
}

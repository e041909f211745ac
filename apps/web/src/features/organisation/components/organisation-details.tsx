import type { OrganisationQueryOrganisation } from '@ita/web/data-access';
import { Card } from '@ita/web/ui';
import { useI18n } from '../../../app/i18n';
import { organisationDisplayName } from '../utils/organisation-display-name';
import { OrganisationResults } from './organisation-results';

export interface OrganisationDetailsProps {
  organisation: OrganisationQueryOrganisation;
  /** Name of a province by code, when the province list is loaded. */
  provinceName?: (provinceCode: string) => string | undefined;
}

export function OrganisationDetails({ organisation, provinceName }: OrganisationDetailsProps) {
  const { t } = useI18n();
  const name = organisationDisplayName(organisation);
  const province = provinceName?.(organisation.provinceCode);

  return (
    <Card title={<span lang="th">{name}</span>} headingLevel={3}>
      <dl className="app-facts">
        <div>
          <dt>{t('org.field.code')}</dt>
          <dd>{organisation.code}</dd>
        </div>
        <div>
          <dt>{t('org.field.type')}</dt>
          <dd>{t(`orgType.${organisation.type}`)}</dd>
        </div>
        <div>
          <dt>{t('org.field.province')}</dt>
          <dd>{province ? `${province} (${organisation.provinceCode})` : organisation.provinceCode}</dd>
        </div>
        <div>
          <dt>{t('org.field.district')}</dt>
          <dd>{organisation.districtCode ?? t('common.none')}</dd>
        </div>
      </dl>
      <h4 className="app-subheading">{t('org.results.title')}</h4>
      <OrganisationResults results={organisation.results} organisationName={name} />
    </Card>
  );
}

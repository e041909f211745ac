import { useEffect, useId, useState, type FormEvent } from 'react';
import { Card, LoadingState, Notice } from '@ita/web/ui';
import { QueryError } from '../../../app/errors/query-error';
import { useI18n } from '../../../app/i18n';
import { navigate, useLocation } from '../../../app/router';
import { useOrganisation } from '../hooks/use-organisation';
import { parseOrganisationCode } from '../utils/parse-organisation-code';
import { OrganisationDetails } from './organisation-details';

export interface OrganisationLookupProps {
  provinceName?: (provinceCode: string) => string | undefined;
}

/** The code searched for lives in the URL (/?code=5451607), so a lookup can be bookmarked and shared. */
export const LOOKUP_PARAM = 'code';

export function OrganisationLookup({ provinceName }: OrganisationLookupProps) {
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const { path, query } = useLocation();
  const codeInUrl = query.get(LOOKUP_PARAM);
  const [input, setInput] = useState(codeInUrl ?? '');
  const [inputInvalid, setInputInvalid] = useState(false);

  // Back and forward change the URL, not the field: follow them.
  useEffect(() => {
    setInput(codeInUrl ?? '');
    setInputInvalid(false);
  }, [codeInUrl]);

  const parsedUrlCode = codeInUrl === null ? null : parseOrganisationCode(codeInUrl);
  const invalid = inputInvalid || parsedUrlCode?.valid === false;
  const code = !invalid && parsedUrlCode?.valid ? parsedUrlCode.code : null;
  const result = useOrganisation(code);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseOrganisationCode(input);
    setInputInvalid(!parsed.valid);
    if (parsed.valid) navigate(`${path}?${new URLSearchParams({ [LOOKUP_PARAM]: parsed.code })}`);
  };

  return (
    <Card title={t('org.search.title')}>
      <form className="app-search" role="search" onSubmit={onSubmit} noValidate>
        <label htmlFor={inputId}>{t('org.search.label')}</label>
        <div className="app-search__row">
          <input
            id={inputId}
            name="code"
            inputMode="numeric"
            autoComplete="off"
            maxLength={15}
            value={input}
            aria-describedby={hintId}
            aria-invalid={invalid || undefined}
            onChange={(event) => setInput(event.target.value)}
          />
          <button type="submit" className="ita-button">
            {t('org.search.submit')}
          </button>
        </div>
        <p id={hintId} className="app-hint">
          {t('org.search.hint')}
        </p>
      </form>
      <div className="app-search__result">
        {invalid && <Notice tone="warning" title={t('org.search.invalid')} />}
        {code && <LookupResult code={code} query={result} provinceName={provinceName} />}
      </div>
    </Card>
  );
}

interface LookupResultProps {
  code: string;
  query: ReturnType<typeof useOrganisation>;
  provinceName?: (provinceCode: string) => string | undefined;
}

function LookupResult({ code, query, provinceName }: LookupResultProps) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = query;
  if (loading) return <LoadingState label={t('common.loading')} />;
  if (error) return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!data) return null;
  if (!data.organisation) {
    return (
      <Notice tone="warning" title={t('org.notFound', { code })}>
        {t('org.notFoundHint')}
      </Notice>
    );
  }
  return <OrganisationDetails organisation={data.organisation} provinceName={provinceName} />;
}

import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { Link, useLocation } from '../router';
import { LanguageSwitch } from './language-switch';

export interface AppLayoutProps {
  children: ReactNode;
}

export function AppLayout({ children }: AppLayoutProps) {
  const { t } = useI18n();
  const { path } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(path);

  // After an in-app navigation, start the next page at its top and move focus there, as a page load would.
  useEffect(() => {
    if (path === firstPath.current) return;
    firstPath.current = path;
    window.scrollTo(0, 0);
    mainRef.current?.focus();
  }, [path]);

  return (
    <div className="app">
      <a className="app-skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="app-brand" aria-current={undefined}>
            {t('app.title')}
          </Link>
          <nav className="app-nav" aria-label={t('nav.label')}>
            <Link to="/">{t('nav.home')}</Link>
            <Link to="/about">{t('nav.about')}</Link>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main-content" className="app-main" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

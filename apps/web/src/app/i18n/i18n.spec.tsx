import { act, fireEvent, render, screen } from '@testing-library/react';
import { LanguageSwitch } from '../layout/language-switch';
import { createFormatters } from './create-formatters';
import { I18nProvider } from './i18n-provider';
import { LOCALE_STORAGE_KEY, readStoredLocale } from './locale';
import { messagesEn } from './messages-en';
import { messagesTh } from './messages-th';
import { translate } from './translate';
import { useI18n } from './use-i18n';

function Greeting() {
  const { t, format } = useI18n();
  return (
    <p>
      {t('org.results.empty')} · {t('common.fiscalYear', { year: format.year(2566) })}
    </p>
  );
}

function renderSwitchable() {
  return render(
    <I18nProvider>
      <LanguageSwitch />
      <Greeting />
    </I18nProvider>,
  );
}

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'th';
});

describe('language switch', () => {
  it('starts in Thai when nothing is saved', () => {
    renderSwitchable();

    expect(screen.getByText('ยังไม่มีผลการประเมิน · ปีงบประมาณ 2566')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'ไทย' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('switches to English, saves the choice and sets the document language', () => {
    renderSwitchable();

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByText('No results yet · Fiscal year 2566 (B.E.)')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('remembers the choice on the next visit and can switch back', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    renderSwitchable();
    expect(screen.getByText('No results yet · Fiscal year 2566 (B.E.)')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'ไทย' }));

    expect(screen.getByText('ยังไม่มีผลการประเมิน · ปีงบประมาณ 2566')).toBeTruthy();
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('th');
    expect(document.documentElement.lang).toBe('th');
  });

  it('ignores a saved value it does not know', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');
    renderSwitchable();
    expect(screen.getByText('ยังไม่มีผลการประเมิน · ปีงบประมาณ 2566')).toBeTruthy();
  });

  it('keeps working when storage is unavailable', () => {
    const failing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readStoredLocale(failing)).toBe('th');

    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    try {
      renderSwitchable();
      act(() => {
        fireEvent.click(screen.getByRole('button', { name: 'English' }));
      });
      expect(screen.getByText('No results yet · Fiscal year 2566 (B.E.)')).toBeTruthy();
    } finally {
      setItem.mockRestore();
    }
  });

  it('refuses to run without a provider', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Greeting />)).toThrow('useI18n() needs an <I18nProvider> above it');
    jest.restoreAllMocks();
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('th', 'org.notFound', { code: '1234567' })).toBe('ไม่พบ อปท. รหัส 1234567');
    expect(translate('en', 'org.notFound', {})).toBe('No organisation has the code {code}');
  });

  it('has an English text for every Thai key and the same placeholders in both', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(messagesTh) as Array<keyof typeof messagesTh>) {
      expect(messagesEn[key]).toBeTruthy();
      expect([key, placeholders(messagesEn[key])]).toEqual([key, placeholders(messagesTh[key])]);
    }
  });
});

describe('createFormatters', () => {
  it('formats numbers the Thai way (th-TH, Arabic digits)', () => {
    const format = createFormatters('th');
    expect(format.number(7849)).toBe('7,849');
    expect(format.number(1234567.891)).toBe('1,234,567.89');
    expect(format.score(85.5)).toBe('85.50');
    expect(format.score(100)).toBe('100.00');
  });

  it('shows Buddhist Era fiscal years as given, never grouped', () => {
    expect(createFormatters('th').year(2566)).toBe('2566');
    expect(createFormatters('en').year(2566)).toBe('2566');
  });
});

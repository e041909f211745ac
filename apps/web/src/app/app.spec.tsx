import { act, fireEvent, screen, within } from '@testing-library/react';
import { provincesMock } from '../testing/fixtures';
import { renderWithProviders } from '../testing/render-app';
import { App } from './app';
import { navigate } from './router';

function go(path: string) {
  act(() => navigate(path));
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  localStorage.clear();
});

describe('App', () => {
  it('opens on the home page with the navigation and language switch', async () => {
    renderWithProviders(<App />, { mocks: [provincesMock] });

    expect(screen.getByRole('heading', { level: 1, name: 'ITA Insight' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'เมนูหลัก' });
    expect(within(nav).getByRole('link', { name: 'หน้าแรก' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('group', { name: 'ภาษา' })).toBeTruthy();
    expect(await screen.findByRole('table', { name: 'รายชื่อจังหวัด' })).toBeTruthy();
    expect(document.title).toBe('ITA Insight');
  });

  it('shows the data attribution on the about page, reached from the navigation', () => {
    renderWithProviders(<App />, { mocks: [provincesMock] });

    fireEvent.click(within(screen.getByRole('navigation')).getByRole('link', { name: 'เกี่ยวกับ / แหล่งข้อมูล' }));

    expect(screen.getByRole('heading', { level: 1, name: 'เกี่ยวกับ / แหล่งข้อมูล' })).toBeTruthy();
    const main = screen.getByRole('main');
    expect(main.textContent).toContain('Royal Thai Survey Department (RTSD)');
    expect(main.textContent).toContain('CC BY-IGO 3.0');
    expect(main.textContent).toContain('kongvut/thai-province-data (MIT)');
    expect(main.textContent).toContain('กรมส่งเสริมการปกครองท้องถิ่น (DLA Open Data, dataset dlads_05_01), via flukelaster/SIAHRA (MIT)');
    expect(within(main).getByRole('link', { name: 'HDX cod-ab-tha' }).getAttribute('href')).toBe(
      'https://data.humdata.org/dataset/cod-ab-tha',
    );
    expect(document.activeElement).toBe(main);
    expect(document.title).toBe('เกี่ยวกับ / แหล่งข้อมูล · ITA Insight');
  });

  it('shows a 404 page for an unknown path, with a way home', () => {
    renderWithProviders(<App />, { mocks: [provincesMock] });

    go('/no-such-page');

    expect(screen.getByRole('heading', { level: 1, name: 'ไม่พบหน้าที่ต้องการ' })).toBeTruthy();
    expect(screen.getByText('ไม่มีหน้า /no-such-page ในระบบ')).toBeTruthy();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'กลับหน้าแรก' }).getAttribute('href')).toBe('/');
  });

  it('switches the whole interface to English', () => {
    renderWithProviders(<App />, { mocks: [provincesMock] });
    go('/no-such-page');

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeTruthy();
    expect(document.title).toBe('Page not found · ITA Insight');
  });
});

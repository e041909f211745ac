import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PROVINCES_QUERY } from '@ita/web/data-access';
import { organisationMock, organisationWithResults, organisationWithoutResults, provincesMock } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render-app';
import { HomePage } from './home-page';

function lookUp(code: string) {
  fireEvent.change(screen.getByLabelText('รหัส อปท. (7 หลัก)'), { target: { value: code } });
  fireEvent.click(screen.getByRole('button', { name: 'ค้นหา' }));
}

function lookupCard() {
  return screen.getByRole('heading', { name: 'ค้นหา อปท. ด้วยรหัส' }).closest('section') as HTMLElement;
}

// jsdom does no layout; give charts the width of a narrow laptop column so that ECharts lays out every label.
beforeEach(() => {
  jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(640);
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  jest.restoreAllMocks();
});

describe('HomePage', () => {
  describe('provinces', () => {
    it('shows the product, then the province count and table loaded from GraphQL', async () => {
      renderWithProviders(<HomePage />, { mocks: [provincesMock] });

      expect(screen.getByRole('heading', { level: 1, name: 'ITA Insight' })).toBeTruthy();
      expect(screen.getAllByRole('status').some((node) => node.textContent === 'กำลังโหลดข้อมูล…')).toBe(true);

      const table = await screen.findByRole('table', { name: 'รายชื่อจังหวัด' });
      const rows = within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) =>
          within(row)
            .getAllByRole('cell')
            .map((cell) => cell.textContent),
        );
      expect(rows).toEqual([
        ['10', 'กรุงเทพมหานคร', 'Bangkok', 'ภาคกลาง'],
        ['45', 'ร้อยเอ็ด', 'Roi Et', 'ภาคตะวันออกเฉียงเหนือ'],
        ['57', 'เชียงราย', 'Chiang Rai', 'ภาคเหนือ'],
      ]);
      const card = screen.getByRole('heading', { name: 'จังหวัด' }).closest('section') as HTMLElement;
      expect(within(card).getByText('จำนวนจังหวัด').nextSibling?.textContent).toBe('3');
    });

    it('explains a network failure in Thai and recovers on retry', async () => {
      renderWithProviders(<HomePage />, {
        mocks: [{ request: { query: PROVINCES_QUERY }, error: new TypeError('Failed to fetch') }, provincesMock],
      });

      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('เชื่อมต่อเซิร์ฟเวอร์ไม่ได้');
      expect(alert.textContent).toContain('โปรดตรวจสอบการเชื่อมต่อเครือข่าย');

      fireEvent.click(within(alert).getByRole('button', { name: 'ลองอีกครั้ง' }));
      expect(await screen.findByRole('table', { name: 'รายชื่อจังหวัด' })).toBeTruthy();
      expect(screen.queryByRole('alert')).toBeNull();
    });

    it('explains the failure in English when English is chosen', async () => {
      renderWithProviders(<HomePage />, {
        locale: 'en',
        mocks: [{ request: { query: PROVINCES_QUERY }, error: new TypeError('Failed to fetch') }],
      });
      expect((await screen.findByRole('alert')).textContent).toContain('Cannot reach the server');
    });
  });

  describe('organisation lookup', () => {
    it('shows an organisation with its results as a chart and a table', async () => {
      renderWithProviders(<HomePage />, { mocks: [provincesMock, organisationMock('5451607', organisationWithResults)] });
      await screen.findByRole('table', { name: 'รายชื่อจังหวัด' });

      lookUp('5451607');

      const card = lookupCard();
      expect(await within(card).findByRole('heading', { level: 3, name: 'เทศบาลตำบลโพธิ์ทอง' })).toBeTruthy();
      expect(within(card).getByText('ประเภท').nextSibling?.textContent).toBe('เทศบาลตำบล');
      expect(within(card).getByText('จังหวัด').nextSibling?.textContent).toBe('ร้อยเอ็ด (45)');
      expect(within(card).getByText('รหัสอำเภอ').nextSibling?.textContent).toBe('4516');

      const chart = within(card).getByRole('img', { name: 'กราฟเส้นคะแนนรวม ITA รายปีงบประมาณของ เทศบาลตำบลโพธิ์ทอง' });
      const labels = Array.from(chart.querySelectorAll('svg text'), (node) => node.textContent);
      expect(labels).toEqual(expect.arrayContaining(['2566', '2567', '2568', '85.50']));

      const table = within(card).getByRole('table', { name: 'คะแนน ITA รายปีงบประมาณ' });
      const rows = within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) =>
          within(row)
            .getAllByRole('cell')
            .map((cell) => cell.textContent),
        );
      expect(rows).toEqual([
        ['2566', '78.40', 'B'],
        ['2567', '85.50', 'A'],
        ['2568', '91.25', 'AA'],
      ]);
    });

    it('says so when an organisation has no results yet', async () => {
      renderWithProviders(<HomePage />, { mocks: [provincesMock, organisationMock('3200408', organisationWithoutResults)] });

      lookUp('3200408');

      const card = lookupCard();
      expect(await within(card).findByRole('heading', { level: 3, name: 'เมืองพัทยา' })).toBeTruthy();
      expect(within(card).getByText('ประเภท').nextSibling?.textContent).toBe('ท้องถิ่นรูปแบบพิเศษ');
      expect(within(card).getByText('ยังไม่มีผลการประเมิน')).toBeTruthy();
      expect(card.querySelector('svg')).toBeNull();
      expect(within(card).queryByRole('table')).toBeNull();
    });

    it('says "No results yet" in English', async () => {
      renderWithProviders(<HomePage />, {
        locale: 'en',
        mocks: [provincesMock, organisationMock('3200408', organisationWithoutResults)],
      });
      fireEvent.change(screen.getByLabelText('Organisation code (7 digits)'), { target: { value: '3200408' } });
      fireEvent.click(screen.getByRole('button', { name: 'Search' }));

      expect(await screen.findByText('No results yet')).toBeTruthy();
      expect(screen.getByText('Special local government')).toBeTruthy();
    });

    it('says when no organisation has the code', async () => {
      renderWithProviders(<HomePage />, { mocks: [provincesMock, organisationMock('1234567', null)] });

      lookUp('1234567');

      const card = lookupCard();
      const notice = await within(card).findByRole('alert');
      expect(notice.textContent).toContain('ไม่พบ อปท. รหัส 1234567');
    });

    it('rejects a code that is not 7 digits without asking the server', async () => {
      // No organisation mock: a request would fail the lookup with an error instead of the warning.
      renderWithProviders(<HomePage />, { mocks: [provincesMock] });

      lookUp('54516');

      const card = lookupCard();
      expect(within(card).getByRole('alert').textContent).toBe('รหัส อปท. ต้องเป็นตัวเลข 7 หลัก');
      expect(within(card).getByLabelText('รหัส อปท. (7 หลัก)').getAttribute('aria-invalid')).toBe('true');
      await screen.findByRole('table', { name: 'รายชื่อจังหวัด' });
      expect(within(card).queryByRole('status')).toBeNull();
    });

    it('puts the code in the URL, so a lookup can be shared', async () => {
      renderWithProviders(<HomePage />, { mocks: [provincesMock, organisationMock('5451607', organisationWithResults)] });

      lookUp('5451607');

      expect(`${window.location.pathname}${window.location.search}`).toBe('/?code=5451607');
      expect(await screen.findByRole('heading', { level: 3, name: 'เทศบาลตำบลโพธิ์ทอง' })).toBeTruthy();
    });

    it('runs the lookup named in the URL', async () => {
      window.history.replaceState(null, '', '/?code=5451607');
      renderWithProviders(<HomePage />, { mocks: [provincesMock, organisationMock('5451607', organisationWithResults)] });

      expect((screen.getByLabelText('รหัส อปท. (7 หลัก)') as HTMLInputElement).value).toBe('5451607');
      expect(await screen.findByRole('heading', { level: 3, name: 'เทศบาลตำบลโพธิ์ทอง' })).toBeTruthy();
    });

    it('treats an invalid code in the URL like an invalid entry', () => {
      window.history.replaceState(null, '', '/?code=12');
      renderWithProviders(<HomePage />, { mocks: [provincesMock] });

      expect(within(lookupCard()).getByRole('alert').textContent).toBe('รหัส อปท. ต้องเป็นตัวเลข 7 หลัก');
    });

    it('reads Thai digits', async () => {
      renderWithProviders(<HomePage />, { mocks: [provincesMock, organisationMock('5451607', organisationWithResults)] });

      lookUp('๕๔๕๑๖๐๗');

      expect(await screen.findByRole('heading', { level: 3, name: 'เทศบาลตำบลโพธิ์ทอง' })).toBeTruthy();
    });

    it('shows a refused request as an error with the server message', async () => {
      renderWithProviders(<HomePage />, {
        mocks: [
          provincesMock,
          {
            request: { query: organisationMock('5451607', null).request.query, variables: { code: '5451607' } },
            result: { data: null, errors: [{ message: 'Too many requests' }] },
          },
        ],
      });

      lookUp('5451607');

      const alert = await within(lookupCard()).findByRole('alert');
      expect(alert.textContent).toContain('เซิร์ฟเวอร์ไม่สามารถตอบคำขอนี้ได้');
      expect(alert.textContent).toContain('Too many requests');
    });

    it('shows a loading state while the lookup runs', async () => {
      renderWithProviders(<HomePage />, {
        mocks: [provincesMock, { ...organisationMock('5451607', organisationWithResults), delay: 50 }],
      });

      lookUp('5451607');

      const card = lookupCard();
      expect((await within(card).findByRole('status')).textContent).toBe('กำลังโหลดข้อมูล…');
      await waitFor(() => expect(within(card).queryByRole('status')).toBeNull());
      expect(within(card).getByRole('heading', { level: 3, name: 'เทศบาลตำบลโพธิ์ทอง' })).toBeTruthy();
    });
  });
});

import { fireEvent, render, screen, within } from '@testing-library/react';
import { Card } from './card';
import { DataTable } from './data-table';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';
import { Notice } from './notice';
import { Stat } from './stat';

describe('DataTable', () => {
  const rows = [
    { code: '10', name: 'กรุงเทพมหานคร' },
    { code: '45', name: 'ร้อยเอ็ด' },
  ];
  const columns = [
    { key: 'code', header: 'รหัส', render: (row: (typeof rows)[number]) => row.code, align: 'end' as const },
    { key: 'name', header: 'ชื่อ', render: (row: (typeof rows)[number]) => row.name },
  ];

  it('renders a captioned table with a header row and one row per item', () => {
    render(<DataTable caption="จังหวัด" columns={columns} rows={rows} rowKey={(row) => row.code} />);

    const table = screen.getByRole('table', { name: 'จังหวัด' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['รหัส', 'ชื่อ']);
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(
      bodyRows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['10', 'กรุงเทพมหานคร'],
      ['45', 'ร้อยเอ็ด'],
    ]);
  });

  it('shows the empty text when there are no rows', () => {
    render(<DataTable caption="จังหวัด" columns={columns} rows={[]} rowKey={(row) => row.code} empty="ไม่มีข้อมูล" />);
    expect(screen.getByRole('cell', { name: 'ไม่มีข้อมูล' })).toBeTruthy();
  });
});

describe('states', () => {
  it('announces loading as a status', () => {
    render(<LoadingState label="กำลังโหลด…" />);
    expect(screen.getByRole('status').textContent).toBe('กำลังโหลด…');
  });

  it('shows an error as an alert with a working retry button', () => {
    const onRetry = jest.fn();
    render(<ErrorState title="เชื่อมต่อเซิร์ฟเวอร์ไม่ได้" detail="ลองใหม่อีกครั้ง" retryLabel="ลองใหม่" onRetry={onRetry} />);

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('เชื่อมต่อเซิร์ฟเวอร์ไม่ได้');
    fireEvent.click(within(alert).getByRole('button', { name: 'ลองใหม่' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('announces an info notice politely', () => {
    render(<Notice title="ยังไม่มีผลการประเมิน" />);
    expect(screen.getByRole('status').textContent).toBe('ยังไม่มีผลการประเมิน');
  });
});

describe('Card and Stat', () => {
  it('titles a card with a heading of the requested level', () => {
    render(
      <Card title="ภาพรวม" headingLevel={3}>
        <Stat label="จำนวนจังหวัด" value="77" />
      </Card>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'ภาพรวม' })).toBeTruthy();
    expect(screen.getByText('77')).toBeTruthy();
  });
});

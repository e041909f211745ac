import type { RawRow } from './raw-row';
import { spreadMergedCells } from './spread-merged-cells';

const rows: RawRow[] = [
  { row: 1, cells: ['รหัส', 'ชื่อ', 'ตัวชี้วัด', null, null] },
  { row: 2, cells: [null, null, 1, 2, 3] },
  { row: 3, cells: ['6401010', 'อบต.ก', 90, 91, 92] },
  { row: 4, cells: ['6401011', null, 80, 81, 82] },
  { row: 6, cells: ['หมายเหตุ', null, null, null, null] },
];

describe('spreadMergedCells', () => {
  const merges = [
    { top: 1, left: 2, bottom: 1, right: 4 }, // ตัวชี้วัด over C1:E1
    { top: 1, left: 0, bottom: 2, right: 0 }, // รหัส over A1:A2
    { top: 3, left: 1, bottom: 4, right: 1 }, // a name merged down B3:B4
    { top: 6, left: 0, bottom: 6, right: 4 }, // a note across A6:E6
  ];

  it('fills every cell of a range in ALL mode', () => {
    const spread = spreadMergedCells(rows, merges, 'ALL');
    expect(spread[0].cells).toEqual(['รหัส', 'ชื่อ', 'ตัวชี้วัด', 'ตัวชี้วัด', 'ตัวชี้วัด']);
    expect(spread[1].cells).toEqual(['รหัส', null, 1, 2, 3]);
    expect(spread[4].cells).toEqual(['หมายเหตุ', 'หมายเหตุ', 'หมายเหตุ', 'หมายเหตุ', 'หมายเหตุ']);
  });

  it('fills only downwards in the first column in FIRST_COLUMN mode', () => {
    const spread = spreadMergedCells(rows, merges, 'FIRST_COLUMN');
    expect(spread[0].cells).toEqual(['รหัส', 'ชื่อ', 'ตัวชี้วัด', null, null]);
    expect(spread[3].cells).toEqual(['6401011', 'อบต.ก', 80, 81, 82]);
    expect(spread[4].cells).toEqual(['หมายเหตุ', null, null, null, null]);
  });

  it('leaves the input rows untouched and skips ranges over missing rows', () => {
    const before = JSON.stringify(rows);
    spreadMergedCells(rows, [...merges, { top: 5, left: 0, bottom: 9, right: 3 }], 'ALL');
    expect(JSON.stringify(rows)).toBe(before);
  });
});

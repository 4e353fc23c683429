import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createXlsx, neutraliseCell } from './xlsx';

describe('xlsx', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(neutraliseCell('=1+1')).toBe("'=1+1");
    expect(neutraliseCell('+86 138')).toBe("'+86 138");
    expect(neutraliseCell('-2')).toBe("'-2");
    expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCell('\tcmd')).toBe("'\tcmd");
    expect(neutraliseCell('\rcmd')).toBe("'\rcmd");
    expect(neutraliseCell('信息技术部')).toBe('信息技术部');
    expect(neutraliseCell('a=b')).toBe('a=b');
    expect(neutraliseCell(-2)).toBe(-2);
    expect(neutraliseCell('')).toBe('');
    expect(neutraliseCell(null)).toBe(null);
  });

  it('writes a header row and one row per record, never a formula', async () => {
    const rows = [
      { name: '信息技术部', formula: '=HYPERLINK("http://evil","x")', n: 3 },
      { name: 'Finance', formula: null, n: 4 },
    ];
    const buffer = await createXlsx(
      [
        { header: '名称', value: (r: (typeof rows)[number]) => r.name },
        { header: 'Formula', value: (r) => r.formula },
        { header: 'N', value: (r) => r.n },
      ],
      rows,
      { sheetName: '部门' },
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('部门');
    expect(sheet?.rowCount).toBe(3);
    expect(sheet?.getRow(1).values).toEqual([undefined, '名称', 'Formula', 'N']);
    expect(sheet?.getRow(2).values).toEqual([undefined, '信息技术部', `'=HYPERLINK("http://evil","x")`, 3]);
    expect(sheet?.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getRow(3).getCell(1).value).toBe('Finance');
    expect(sheet?.getRow(3).getCell(2).value).toBe(null);
  });
});

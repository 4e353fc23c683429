import {
  IMPORT_COLUMNS,
  OUTSOURCING_CATEGORY_LABELS,
  SOURCE_CHANNEL_LABELS,
  templateHeader,
  type ImportColumnKey,
} from '@thirdline/shared/vendors/vendor-import.schemas';
import ExcelJS from 'exceljs';

/** Rows of the template that carry the drop-down lists (more rows import just the same). */
export const TEMPLATE_VALIDATED_ROWS = 5000;
const HELP_SHEET = '填写说明';

const NOTES: Partial<Record<ImportColumnKey, string>> = {
  name: '必填，营业执照上的中文名称',
  uscc: '必填，18 位，校验位须正确',
  lei: '可选，20 位 ISO 17442 法人识别编码',
  country: '默认 CN（中国）；可填代码或名称',
  registeredCapital: '人民币元，非负，最多两位小数',
  establishedOn: 'Excel 日期或 YYYY-MM-DD 文本，不晚于今天',
  website: '例如 https://example.com',
  type: '必填，从下拉列表选择',
  outsourcingCategories: '可多选，用“、”或“,”分隔：咨询规划、开发测试、运行维护、安全服务、业务支持',
  sourceChannel: '从下拉列表选择',
  tier: '从下拉列表选择，默认“中”',
  contactName: '填写后创建主要联系人',
  contactPhone: '例如 010-12345678 或 +86 138 0000 0000',
  contactEmail: '例如 name@example.com',
};

type Labels = Record<string, { zh: string; en: string }>;

/** The enumerations with a drop-down, and the column of the help sheet listing their values. */
const listsOf = (type: Labels, tier: Labels): { field: ImportColumnKey; title: string; labels: Labels }[] => [
  { field: 'type', title: '供应商类型', labels: type },
  { field: 'outsourcingCategories', title: '外包类别', labels: OUTSOURCING_CATEGORY_LABELS },
  { field: 'sourceChannel', title: '来源渠道', labels: SOURCE_CHANNEL_LABELS },
  { field: 'tier', title: '重要性等级', labels: tier },
];

const columnLetter = (index: number) => {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

/**
 * The vendor import template: the header row in Chinese in the order, drop-downs for the single-choice
 * enumerations (the active values of the configurable lists), an input hint for the multi-choice outsourcing category, and a help sheet with the allowed values.
 */
export async function importTemplate(lists: { type: Labels; tier: Labels }): Promise<Buffer> {
  const LISTS = listsOf(lists.type, lists.tier);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Thirdline';
  const sheet = workbook.addWorksheet('供应商', { views: [{ state: 'frozen', ySplit: 1 }] });
  const help = workbook.addWorksheet(HELP_SHEET);

  sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: templateHeader(c), width: Math.max(14, c.zh.length * 3) }));
  sheet.getRow(1).font = { bold: true };
  IMPORT_COLUMNS.forEach((c, i) => {
    const note = NOTES[c.key];
    if (note) sheet.getRow(1).getCell(i + 1).note = note;
  });

  help.columns = [
    { header: '列', width: 18 },
    { header: '说明 / Notes', width: 60 },
    { header: '', width: 4 },
    ...LISTS.map((l) => ({ header: l.title, width: 18 })),
  ];
  help.getRow(1).font = { bold: true };
  IMPORT_COLUMNS.forEach((c, i) => {
    help.getRow(i + 2).getCell(1).value = `${templateHeader(c)} / ${c.en}`;
    help.getRow(i + 2).getCell(2).value = NOTES[c.key] ?? '可选';
  });
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  LISTS.forEach((list, i) => {
    const helpColumn = columnLetter(4 + i);
    const values = Object.values(list.labels).map((l) => l.zh);
    values.forEach((value, r) => (help.getRow(r + 2).getCell(4 + i).value = value));
    const column = columnLetter(IMPORT_COLUMNS.findIndex((c) => c.key === list.field) + 1);
    const range = `${column}2:${column}${TEMPLATE_VALIDATED_ROWS + 1}`;
    const source = `'${HELP_SHEET}'!$${helpColumn}$2:$${helpColumn}$${values.length + 1}`;
    if (list.field === 'outsourcingCategories') {
      // Several categories fit one cell, which a list validation cannot express: a hint instead.
      validations.add(range, {
        type: 'textLength',
        operator: 'lessThanOrEqual',
        formulae: [200],
        allowBlank: true,
        showInputMessage: true,
        promptTitle: '外包类别',
        prompt: '可多选，用“、”分隔，例如：开发测试、运行维护',
      });
      return;
    }
    validations.add(range, {
      type: 'list',
      formulae: [source],
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: list.title,
      error: `请从下拉列表中选择${list.title}`,
    });
  });
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

import { VntipError } from '@vntip/core';
import { CODELISTS, STANDARD_VERSION } from '@vntip/schema';
import { describe, expect, it } from 'vitest';
import { checkXlsForm, readWorkbook, type Workbook } from '../test/xlsform-spec';
import {
  createXlsForm,
  VICTIM_FORM_RECORD_TYPES,
  writeXlsForm,
  XLSFORM_LANGUAGES,
} from './xlsform';

const VI = `label::${XLSFORM_LANGUAGES.vi}`;
const EN = `label::${XLSFORM_LANGUAGES.en}`;

async function victimWorkbook(): Promise<Workbook> {
  return readWorkbook(await writeXlsForm(createXlsForm({ recordTypes: VICTIM_FORM_RECORD_TYPES })));
}

function rowsOf(book: Workbook, sheet: string): Record<string, string>[] {
  const [header = [], ...rows] = book[sheet] ?? [];
  return rows.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i] ?? ''])));
}

describe('createXlsForm', () => {
  it('writes a workbook that meets the XLSForm specification for the victim record types', async () => {
    const book = await victimWorkbook();
    expect(Object.keys(book)).toEqual(['survey', 'choices', 'settings']);
    expect(checkXlsForm(book)).toEqual([]);
  });

  it('labels every question in Vietnamese and English and opens in Vietnamese', async () => {
    const book = await victimWorkbook();
    const survey = rowsOf(book, 'survey');
    const sex = survey.find((row) => row.name === 'person.sex');
    expect(sex).toMatchObject({
      type: 'select_one sex',
      [VI]: 'Giới tính',
      [EN]: 'Sex',
      required: 'yes',
    });
    const [settings] = rowsOf(book, 'settings');
    expect(settings).toMatchObject({
      form_id: 'vntip_person_process_event_support_service',
      version: `${STANDARD_VERSION}-1`,
      default_language: 'Tiếng Việt (vi)',
      namespaces: 'vntip="https://vntip.org/xforms"',
    });
  });

  it('takes the choices from the codelists, current codes only, with both labels', async () => {
    const choices = rowsOf(await victimWorkbook(), 'choices');
    const sex = choices.filter((row) => row.list_name === 'sex');
    expect(sex.map((row) => row.name)).toEqual(CODELISTS.sex?.rows.map((row) => row.code));
    expect(sex[0]).toMatchObject({ [VI]: 'Nữ', [EN]: 'Female' });
    const types = choices
      .filter((row) => row.list_name === 'processEventType')
      .map((row) => row.name);
    expect(types).toContain('SHELTER');
  });

  it('writes constraints from the schema bounds and patterns, with messages in both languages', async () => {
    const survey = rowsOf(await victimWorkbook(), 'survey');
    const birthYear = survey.find((row) => row.name === 'person.birthYear');
    expect(birthYear).toMatchObject({ type: 'integer', constraint: '. >= 1900 and . <= 2100' });
    expect(birthYear?.[`constraint_message::${XLSFORM_LANGUAGES.vi}`]).toBe(
      'Nhập số từ 1900 đến 2100.',
    );
    const id = survey.find((row) => row.name === 'person.id');
    expect(id?.constraint).toBe("regex(., '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$')");
    const inKind = survey.find((row) => row.name === 'support_service.inKind');
    expect(inKind?.constraint).toBe('string-length(.) <= 500');
  });

  it('writes each field’s sensitivity class in bind::vntip:sensitivity', async () => {
    const survey = rowsOf(await victimWorkbook(), 'survey');
    const sensitivity = (name: string) =>
      survey.find((row) => row.name === name)?.['bind::vntip:sensitivity'];
    expect(sensitivity('person.id')).toBe('direct_identifier');
    expect(sensitivity('person.sex')).toBe('quasi_identifier');
    expect(sensitivity('person.householdPoverty')).toBe('sensitive');
    expect(sensitivity('process_event.lawVersion')).toBe('public');
    const questions = survey.filter((row) => !(row.type ?? '').startsWith('end_'));
    expect(
      questions.filter((row) => row['bind::vntip:sensitivity'] === '').map((row) => row.name),
    ).toEqual(['person', 'process_event', 'support_service']);
  });

  it('asks a variant first and shows only the chosen variant’s fields (relevance)', async () => {
    const survey = rowsOf(await victimWorkbook(), 'survey');
    const variant = survey.find((row) => row.name === 'person.residence._variant');
    expect(variant?.type).toBe('select_one person_residence__variant');
    const province2025 = survey.find(
      (row) => row.name === 'person.residence.code__19_2025_province',
    );
    expect(province2025).toMatchObject({
      type: 'select_one province2025',
      relevant: `\${person.residence._variant} = '19_2025_province'`,
      required: 'yes',
    });
    const choices = rowsOf(await victimWorkbook(), 'choices').filter(
      (row) => row.list_name === 'person_residence__variant',
    );
    expect(choices.map((row) => row.name)).toEqual([
      'region',
      'national_VN',
      '124_2004_province',
      '19_2025_province',
      '124_2004_district',
      '124_2004_commune',
      '19_2025_commune',
    ]);
  });

  it('requires an optional object’s required fields only once something else in it is answered', async () => {
    const survey = rowsOf(await victimWorkbook(), 'survey');
    const entryDate = survey.find((row) => row.name === 'process_event.shelter.entryDate');
    expect(entryDate?.required).toContain(`\${process_event.shelter.exitDate} != ''`);
    expect(entryDate?.required).not.toContain('process_event.shelter.entryDate}');
    expect(survey.find((row) => row.name === 'process_event.type')?.required).toBe('yes');
  });

  it('nests the other record types as repeats under the person, with computed ids', async () => {
    const survey = rowsOf(await victimWorkbook(), 'survey');
    expect(survey.filter((row) => row.type === 'begin_repeat').map((row) => row.name)).toEqual([
      'process_event',
      'support_service',
    ]);
    expect(survey.find((row) => row.name === 'support_service.personId')).toMatchObject({
      type: 'calculate',
      calculation: `\${person.id}`,
    });
    expect(survey.find((row) => row.name === 'support_service.id')?.calculation).toBe(
      `concat(\${person.id}, '.support_service.', position(..))`,
    );
  });

  it('asks the ids when the form has no person', async () => {
    const form = createXlsForm({ recordTypes: ['process_event'] });
    const book = await readWorkbook(await writeXlsForm(form));
    expect(checkXlsForm(book)).toEqual([]);
    const id = rowsOf(book, 'survey').find((row) => row.name === 'process_event.id');
    expect(id).toMatchObject({ type: 'text', required: 'yes' });
  });

  it('meets the specification for every record type of the standard', async () => {
    const form = createXlsForm({
      recordTypes: [
        'person',
        'prevention_activity',
        'media_outlet',
        'status_decision',
        'trafficking_event',
      ],
    });
    expect(checkXlsForm(await readWorkbook(await writeXlsForm(form)))).toEqual([]);
  });

  it('throws INVALID_ARGUMENT for a record type the standard does not have', () => {
    expect(() => createXlsForm({ recordTypes: ['victim'] })).toThrow(VntipError);
    expect(() => createXlsForm({ recordTypes: [] })).toThrow(/at least one record type/);
  });
});

describe('checkXlsForm (the specification check itself)', () => {
  it('finds each way a broken form breaks the specification (control)', async () => {
    const book = await victimWorkbook();
    const survey = (book.survey ?? []).map((row) => [...row]);
    const header = survey[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    const sexRow = survey.findIndex((row) => row[col('name')] === 'person.sex');
    const birthRow = survey.findIndex((row) => row[col('name')] === 'person.birthYear');
    (survey[sexRow] as string[])[col('type')] = 'select_one sexes';
    (survey[birthRow] as string[])[col('type')] = 'number';
    (survey[birthRow] as string[])[col(VI)] = '';
    (survey[birthRow] as string[])[col('relevant')] = `\${person.age} > 1`;
    survey.push(['text', 'person.id']);
    const broken = {
      ...book,
      survey,
      settings: [
        ['form_id', 'default_language'],
        ['1 form', 'Vietnamese'],
      ],
    };
    const problems = checkXlsForm(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('the choice list "sexes" is not in the choices sheet'),
        expect.stringContaining('"number" is not an XLSForm question type'),
        expect.stringContaining('"person.birthYear" has no label in every language'),
        expect.stringContaining(`\${person.age} names no question`),
        expect.stringContaining('the name "person.id" is used again'),
        expect.stringContaining('form_id "1 form" is not an XML name'),
        expect.stringContaining('default_language "Vietnamese" is none of the form\'s languages'),
        expect.stringContaining(
          'uses the namespace "vntip", which the settings sheet does not declare',
        ),
      ]),
    );
  });
});

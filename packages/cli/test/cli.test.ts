import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, ROOT, tempDir, vntip } from './run-cli';

const EXAMPLE = 'examples/bac-giang-2024';
const ACME_CONFIG = 'examples/plugin-acme/vntip.config.json';
const VALID = join(ROOT, 'schemas/examples/valid');
const INVALID = join(ROOT, 'schemas/examples/invalid');
const list = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(dir, name));

describe.concurrent('vntip (built CLI as a subprocess)', () => {
  it('exits 0 on every valid conformance example, in one run', async () => {
    // Each example is one record, so cross-record rules (references to other records) are left out.
    const run = await vntip(['validate', ...list(VALID), '--schema-only', '--format', 'json']);
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      files: { file: string; ok: boolean }[];
    };
    expect(report.files.filter((f) => !f.ok).map((f) => f.file)).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('exits 1 on every invalid conformance example, raising the code it is named after', async () => {
    const files = list(INVALID);
    const run = await vntip(['validate', ...files, '--format', 'json', '--lang', 'en']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      files: { file: string; ok: boolean; issues: { code: string }[] }[];
    };
    for (const file of report.files) {
      const expected = file.file.split('/').pop()?.split('--')[0];
      expect({ file: file.file, ok: file.ok }).toEqual({ file: file.file, ok: false });
      expect(file.issues.map((issue) => issue.code)).toContain(expected);
    }
  });

  it('validates the example package in Vietnamese by default and in English with --lang en', async () => {
    const vi = await vntip(['validate', EXAMPLE]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('hợp lệ (20 bản ghi)');
    const en = await vntip(['validate', EXAMPLE, '--lang', 'en', '--format', 'json']);
    expect(JSON.parse(en.stdout)).toMatchObject({ ok: true, files: [{ ok: true }] });
  });

  it('groups issues by file and row with vi messages and hints', async () => {
    const run = await vntip([
      'validate',
      join(INVALID, 'required_field_missing--person-no-sex.json'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /required_field_missing--person-no-sex\.json\n\s+dòng 1: \[lỗi\] required_field_missing/,
    );
    expect(run.stdout).toContain('Cách sửa:');
  });

  it('exits 1 with --fail-on warning when the only issues are warnings', async () => {
    const strict = await vntip(['validate', EXAMPLE, '-c', ACME_CONFIG, '--fail-on', 'warning']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('[cảnh báo] acme_victim_birth_year_missing');
  });

  it('reports a malformed CSV, a truncated zip and a wrong encoding as data errors, with where and why (vi/en)', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'person.csv'),
      'id,category,sex\nP-1,VICTIM,"FEMALE\nP-2,VICTIM,MALE\n',
    );
    const csv = await vntip(['validate', join(dir, 'person.csv'), '--lang', 'en']);
    expect(csv.code).toBe(1);
    expect(csv.stdout).toMatch(/row 2, cell C2: \[error\] invalid_csv .*is never closed/);
    const csvVi = await vntip(['validate', join(dir, 'person.csv')]);
    expect(csvVi.stdout).toContain('Tệp CSV sai cấu trúc');

    const cp1258 = join(dir, 'cp1258');
    mkdirSync(cp1258);
    writeFileSync(
      join(cp1258, 'person.csv'),
      Buffer.concat([
        Buffer.from('id,category,sex,birthYear\nP-1,VICTIM,'),
        Buffer.from([0x4e, 0xf5, 0xde, 0xd2]),
        Buffer.from(',2001\n'),
      ]),
    );
    const encoding = await vntip([
      'validate',
      join(cp1258, 'person.csv'),
      '--encoding',
      'utf-8',
      '--lang',
      'en',
    ]);
    expect(encoding.code).toBe(1);
    expect(encoding.stdout).toContain('invalid_encoding');
    expect(encoding.stdout).toContain('invalid in UTF-8');
  });

  it('refuses to export a truncated zip (exit 1) and leaves no file in the output folder', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const made = await vntip([
      'export',
      EXAMPLE,
      '--to',
      'package',
      '--profile',
      'internal',
      '--out',
      join(dir, 'pkg'),
    ]);
    expect(made.code).toBe(0);
    const bytes = readFileSync(join(dir, 'pkg/bac-giang-2024.zip'));
    writeFileSync(join(dir, 'broken.zip'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const run = await vntip([
      'export',
      join(dir, 'broken.zip'),
      '--to',
      'csv',
      '--profile',
      'internal',
      '--out',
      out,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('invalid_archive');
    expect(run.stderr).toContain('không xuất');
    expect(filesUnder(out)).toEqual([]);
    const en = await vntip(['validate', join(dir, 'broken.zip'), '--lang', 'en']);
    expect(en.stdout).toContain('The archive is damaged or incomplete');
  });

  it('reports indicators as a table, JSON and a single-file HTML report', async () => {
    const dir = tempDir();
    const table = await vntip(['report', EXAMPLE, '--scope', 'VN', '--scope', '24@124/2004']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Chỉ số 2024-01-01..2024-12-31, địa bàn VN, 24');
    const json = await vntip([
      'report',
      EXAMPLE,
      '--format',
      'json',
      '--grain',
      'HALF_YEAR',
      '--lang',
      'en',
    ]);
    const rows = (JSON.parse(json.stdout) as { rows: { period: { start: string } }[] }).rows;
    expect(new Set(rows.map((row) => row.period.start))).toEqual(
      new Set(['2024-01-01', '2024-07-01']),
    );
    const html = await vntip(['report', EXAMPLE, '--format', 'html', '--out', join(dir, 'r.html')]);
    expect(html.code).toBe(0);
    const page = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).not.toMatch(/<script[^>]+src=/);
  });

  it('protects reports by default (statistical): no lineage, no count in notes, no small breakdown count', async () => {
    const json = await vntip(['report', EXAMPLE, '--scope', 'VN', '--format', 'json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as {
      profile: string;
      marking?: string;
      rows: {
        indicator: string;
        disaggregation: Record<string, string>;
        numerator: number | null;
        lineage?: unknown;
        notes: { code: string; count?: number }[];
      }[];
    };
    expect(report.profile).toBe('statistical');
    expect(report.marking).toBeUndefined();
    expect(report.rows.some((row) => 'lineage' in row)).toBe(false);
    expect(report.rows.flatMap((row) => row.notes).some((note) => 'count' in note)).toBe(false);
    const victims = report.rows.filter((row) => row.indicator === 'victims-identified');
    for (const row of victims) {
      const plain = Object.values(row.disaggregation).every((value) => value === 'ALL');
      if (!plain && row.numerator !== null) expect(row.numerator).toBeGreaterThanOrEqual(11);
    }
    // The seed article publishes "02 nạn nhân": the plain total stays; contests are not persons and stay as counted.
    expect(victims.find((row) => row.disaggregation.sex === 'ALL')?.numerator).toBe(2);
    expect(
      report.rows.find(
        (row) =>
          row.indicator === 'activities-by-type' && row.disaggregation.activityType === 'CONTEST',
      )?.numerator,
    ).toBe(3);
    const table = await vntip(['report', EXAMPLE, '--lang', 'en']);
    expect(table.stdout).toContain('withheld');
    expect(table.stdout).not.toContain('INTERNAL');
  });

  it('keeps everything only with --profile internal, warns, and marks the report NỘI BỘ / INTERNAL', async () => {
    const dir = tempDir();
    const json = await vntip(['report', EXAMPLE, '--profile', 'internal', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(json.stderr).toContain('Báo cáo hồ sơ internal giữ nguyên mọi số liệu');
    const report = JSON.parse(json.stdout) as { marking: string; rows: { lineage: string[] }[] };
    expect(report.marking).toBe('NỘI BỘ / INTERNAL');
    expect(report.rows.some((row) => row.lineage.length > 0)).toBe(true);
    const table = await vntip(['report', EXAMPLE, '--profile', 'internal', '--lang', 'en']);
    expect(table.stdout.split('\n')[0]).toContain('NỘI BỘ / INTERNAL');
    expect(table.stderr).toContain('An internal report keeps every figure');
    const html = await vntip([
      'report',
      EXAMPLE,
      '--profile',
      'internal',
      '--format',
      'html',
      '--out',
      join(dir, 'internal.html'),
    ]);
    expect(html.code).toBe(0);
    expect(readFileSync(join(dir, 'internal.html'), 'utf8')).toContain('class="marking"');
    const bad = await vntip(['report', EXAMPLE, '--profile', 'public']);
    expect(bad.code).toBe(2);
  });

  it('refuses a weak pseudonymisation key with a vi/en reason, never exporting with it', async () => {
    const dir = tempDir();
    for (const [lang, text] of [
      ['vi', 'Khóa bí danh hóa yếu'],
      ['en', 'The pseudonymisation key is weak'],
    ] as const) {
      const weak = await vntip(
        ['export', EXAMPLE, '--to', 'csv', '--out', join(dir, lang), '--lang', lang],
        { env: { VNTIP_PSEUDONYM_KEY: '00'.repeat(32) } },
      );
      expect(weak.code).toBe(2);
      expect(weak.stderr).toContain(text);
      expect(filesUnder(join(dir, lang))).toEqual([]);
    }
    // A passphrase in the variable, which base64 would decode to random-looking bytes.
    const typed = await vntip(
      ['export', EXAMPLE, '--to', 'csv', '--out', join(dir, 'typed'), '--lang', 'en'],
      { env: { VNTIP_PSEUDONYM_KEY: 'Bac-Giang-Province-Pseudonym-Key-2024-Secret' } },
    );
    expect(typed.code).toBe(2);
    expect(typed.stderr).toContain('it is typed text');
    expect(filesUnder(join(dir, 'typed'))).toEqual([]);
  });

  it('reads provincial targets, validated like any input', async () => {
    const dir = tempDir();
    const target = JSON.parse(
      readFileSync(join(VALID, 'target--reports-settled-rate-2021-2025.json'), 'utf8'),
    );
    writeFileSync(join(dir, 'plan.ndjson'), `${JSON.stringify(target)}\n`);
    const ok = await vntip([
      'report',
      EXAMPLE,
      '--targets',
      join(dir, 'plan.ndjson'),
      '--format',
      'json',
    ]);
    expect(ok.code).toBe(0);
    writeFileSync(
      join(dir, 'bad.ndjson'),
      `${JSON.stringify({ ...target, record: { ...target.record, comparator: 'ABOUT' } })}\n`,
    );
    const bad = await vntip(['report', EXAMPLE, '--targets', join(dir, 'bad.ndjson')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('unknown_code');
  });

  it('refuses bad report flags with exit 2 and a vi/en message', async () => {
    const period = await vntip(['report', EXAMPLE, '--period', '2024-13']);
    expect(period.code).toBe(2);
    expect(period.stderr).toContain('Kỳ "2024-13" không hợp lệ');
    const scope = await vntip(['report', EXAMPLE, '--scope', 'Hanoi', '--lang', 'en']);
    expect(scope.code).toBe(2);
    expect(scope.stderr).toContain('The scope "Hanoi" is not valid');
  });

  it('refuses a province not in the list and a day not on the calendar, in vi and en', async () => {
    const [province, provinceEn, day, dayEn, leap, yearZero] = await Promise.all([
      vntip(['report', EXAMPLE, '--scope', '99@124/2004']),
      vntip(['report', EXAMPLE, '--scope', '99@19/2025', '--lang', 'en']),
      vntip(['report', EXAMPLE, '--today', '2024-02-30']),
      vntip(['validate', EXAMPLE, '--today', '2023-02-29', '--lang', 'en']),
      vntip(['validate', EXAMPLE, '--today', '2028-02-29']),
      vntip(['report', EXAMPLE, '--today', '0000-01-01']),
    ]);
    expect(province.code).toBe(2);
    expect(province.stderr).toContain(
      'không có tỉnh mã 99 trong danh mục đơn vị hành chính 124/2004',
    );
    expect(provinceEn.stderr).toContain('there is no province 99 in the 19/2025 list');
    expect(day.code).toBe(2);
    expect(day.stderr).toContain('--today "2024-02-30" không phải ngày có thật');
    expect(dayEn.code).toBe(2);
    expect(dayEn.stderr).toContain('--today "2023-02-29" is not a real calendar day');
    expect(leap.code).toBe(0);
    expect(yearZero.code).toBe(2);
    expect(yearZero.stderr).toContain('--today "0000-01-01" nằm ngoài khoảng cho phép');
  });

  it('finds no codelist under a name inherited from Object.prototype', async () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const runs = await Promise.all(names.map((name) => vntip(['codes', name, '--lang', 'en'])));
    for (const [i, name] of names.entries()) {
      const run = runs[i] as (typeof runs)[number];
      expect({ name, code: run.code }).toEqual({ name, code: 2 });
      expect(run.stderr).toBe(
        `Error: There is no codelist "${name}". List them with: vntip codes.\n`,
      );
    }
    const explain = await vntip(['explain', '__proto__', '--lang', 'en']);
    expect(explain.code).toBe(2);
    expect(explain.stderr).toContain('There is no issue code "__proto__"');
  });

  it('exports referral CSV only with a key; the key comes from a file or VNTIP_PSEUDONYM_KEY', async () => {
    const dir = tempDir();
    const noKey = await vntip(['export', EXAMPLE, '--to', 'csv', '--out', join(dir, 'a')]);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('Không có khóa mặc định');
    expect(filesUnder(join(dir, 'a'))).toEqual([]);
    const keygen = await vntip(['keygen', '--pseudonym', '--out', join(dir, 'p.key')]);
    expect(keygen.code).toBe(0);
    expect(statSync(join(dir, 'p.key')).mode & 0o777).toBe(0o600);
    const withFile = await vntip([
      'export',
      EXAMPLE,
      '--to',
      'csv',
      '--key-file',
      join(dir, 'p.key'),
      '--out',
      join(dir, 'b'),
      '--lang',
      'en',
    ]);
    expect(withFile.code).toBe(0);
    expect(withFile.stderr).toContain('Risk report: Profile referral');
    expect(filesUnder(join(dir, 'b'))).toContain('person.csv');
    const key = readFileSync(join(dir, 'p.key'), 'utf8');
    const withEnv = await vntip(
      ['export', EXAMPLE, '--to', 'csv', '--out', join(dir, 'c'), '--json'],
      {
        env: { VNTIP_PSEUDONYM_KEY: key },
      },
    );
    expect(withEnv.code).toBe(0);
    expect(
      (JSON.parse(withEnv.stdout) as { riskReport: { profile: string } }).riskReport.profile,
    ).toBe('referral');
    const again = await vntip([
      'export',
      EXAMPLE,
      '--to',
      'csv',
      '--key-file',
      join(dir, 'p.key'),
      '--out',
      join(dir, 'b'),
    ]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--overwrite');
  });

  it('warns on stderr for an internal export and writes SDMX for the statistical profile without a key', async () => {
    const dir = tempDir();
    const internal = await vntip([
      'export',
      EXAMPLE,
      '--to',
      'json',
      '--profile',
      'internal',
      '--out',
      join(dir, 'i'),
      '--quiet',
    ]);
    expect(internal.code).toBe(0);
    expect(internal.stderr).toContain('Cảnh báo: Hồ sơ internal giữ nguyên mọi dữ liệu');
    const sdmx = await vntip(['export', EXAMPLE, '--to', 'sdmx-csv', '--out', join(dir, 's')]);
    expect(sdmx.code).toBe(0);
    expect(filesUnder(join(dir, 's'))).toEqual([
      'DF_SDG_16_2_2.csv',
      'DF_TIP_JUSTICE.csv',
      'DF_TIP_PREVENTION.csv',
      'DF_TIP_SUPPORT.csv',
      'DF_TIP_TRANSFERS.csv',
      'DF_TIP_VICTIMS.csv',
      'risk-report.json',
    ]);
    const unknown = await vntip(['export', EXAMPLE, '--to', 'cvs', '--out', join(dir, 'u')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Có phải ý bạn là: csv');
  });

  it('converts a package to XLSX workbooks for internal use, and back from XLSX with --from', async () => {
    const dir = tempDir();
    const run = await vntip(['convert', EXAMPLE, '--to', 'xlsx', '--out', join(dir, 'x')]);
    expect(run.code).toBe(0);
    expect(filesUnder(join(dir, 'x'))).toContain('person.xlsx');
    expect(run.stderr).toContain('Cảnh báo');
    const back = await vntip([
      'convert',
      join(dir, 'x/person.xlsx'),
      '--to',
      'ndjson',
      '--out',
      join(dir, 'n'),
    ]);
    expect(back.code).toBe(0);
    expect(filesUnder(join(dir, 'n'))).toContain('person.ndjson');
  });

  it('writes the blank XLSX template in vi or en and never overwrites it', async () => {
    const dir = tempDir();
    const vi = await vntip(['init'], { cwd: dir });
    expect(vi.code).toBe(0);
    expect(filesUnder(dir)).toEqual(['mau-nhap-lieu-vntip.xlsx']);
    const en = await vntip(['init', '--lang', 'en'], { cwd: dir });
    expect(en.code).toBe(0);
    expect(filesUnder(dir)).toContain('vntip-template.xlsx');
    const again = await vntip(['init', 'mau-nhap-lieu-vntip.xlsx'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('đã có');
  });

  it('validates the blank template with one no_records warning and exit 0; nothing at all read is an error', async () => {
    const dir = tempDir();
    expect((await vntip(['init'], { cwd: dir })).code).toBe(0);
    const template = join(dir, 'mau-nhap-lieu-vntip.xlsx');
    const blank = await vntip(['validate', template, '--format', 'json', '--lang', 'en']);
    expect(blank.code).toBe(0);
    const [file] = JSON.parse(blank.stdout).files;
    expect(file.issues.map((issue: { code: string }) => issue.code)).toEqual(['no_records']);
    expect(file.issueCounts).toMatchObject({ error: 0, warning: 1 });
    expect((await vntip(['validate', template, '--fail-on', 'warning'])).code).toBe(1);
    // Header rows and no data in two inputs: still warnings.
    writeFileSync(join(dir, 'person.csv'), 'id,category,sex\n');
    const headers = await vntip(['validate', join(dir, 'person.csv'), template, '--lang', 'en']);
    expect(headers.code).toBe(0);
    // Nothing at all in any input (an empty file, a file of blank lines): the dataset they make is empty, so the
    // no_records of each is an error.
    writeFileSync(join(dir, 'empty.csv'), '');
    writeFileSync(join(dir, 'blank.csv'), '\r\n\r\n');
    const none = await vntip([
      'validate',
      join(dir, 'empty.csv'),
      join(dir, 'blank.csv'),
      '--record-type',
      'person',
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    expect(none.code).toBe(1);
    const files = JSON.parse(none.stdout).files;
    expect(
      files.map((f: { issues: { code: string; severity: string }[] }) => f.issues),
    ).toMatchObject([
      [{ code: 'no_records', severity: 'error', message: 'No records: the file is empty.' }],
      [{ code: 'no_records', severity: 'error', message: 'No records: the file is empty.' }],
    ]);
    // With a record in one input, the other's empty table is only a warning.
    writeFileSync(join(dir, 'person.csv'), 'id,category,sex\nP-1,VICTIM,FEMALE\n');
    const some = await vntip(['validate', join(dir, 'person.csv'), template]);
    expect(some.code).toBe(0);
  });

  it('signs and verifies a package; a tampered package exits 1 listing its problems', async () => {
    const dir = tempDir();
    expect(
      (
        await vntip([
          'export',
          EXAMPLE,
          '--to',
          'package',
          '--profile',
          'internal',
          '--out',
          dir,
          '--quiet',
        ])
      ).code,
    ).toBe(0);
    const keys = await vntip(['keygen', '--out', join(dir, 'sig')]);
    expect(keys.code).toBe(0);
    expect(statSync(join(dir, 'sig.key')).mode & 0o777).toBe(0o600);
    const zip = join(dir, 'bac-giang-2024.zip');
    expect((await vntip(['sign', zip, '--key', join(dir, 'sig.key')])).code).toBe(0);
    const ok = await vntip(['verify', zip, '--public-key', join(dir, 'sig.pub'), '--lang', 'en']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('the signature is valid');
    const bytes = readFileSync(zip);
    bytes[100] = (bytes[100] as number) ^ 0xff;
    writeFileSync(join(dir, 'tampered.zip'), bytes);
    const bad = await vntip([
      'verify',
      join(dir, 'tampered.zip'),
      '--public-key',
      join(dir, 'sig.pub'),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('không xác minh được');
    const noKey = await vntip(['verify', zip]);
    expect(noKey.code).toBe(2);
  });

  it('explains issue codes and lists codelists; unknown names exit 2 with suggestions', async () => {
    const explain = await vntip(['explain', 'unknown_code', '--lang', 'en']);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('Severity: error');
    const typo = await vntip(['explain', 'unknwn_code']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown_code');
    const codes = await vntip(['codes', 'sex', '--json']);
    expect(codes.code).toBe(0);
    expect(JSON.parse(codes.stdout)).toContainEqual(
      expect.objectContaining({ code: 'FEMALE', labelVi: 'Nữ', labelEn: 'Female' }),
    );
    const all = await vntip(['codes']);
    expect(all.stdout).toContain('sex');
    const missing = await vntip(['codes', 'sexx', '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Did you mean: sex');
  });

  it('loads a third-party plugin from the config file: its rule and its exporter work like built-ins', async () => {
    const dir = tempDir();
    const validate = await vntip(['validate', EXAMPLE, '--config', ACME_CONFIG, '--lang', 'en']);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain('[warning] acme_victim_birth_year_missing');
    expect(validate.stdout).toContain('The victim BG24-V1 has no birth year.');
    const exported = await vntip([
      'export',
      EXAMPLE,
      '--to',
      'acme/id-list',
      '--profile',
      'internal',
      '--out',
      dir,
      '--config',
      ACME_CONFIG,
    ]);
    expect(exported.code).toBe(0);
    expect(readFileSync(join(dir, 'ids.tsv'), 'utf8')).toMatch(
      /^recordType\tid\nprevention_activity\tBG24-PA-01\n/,
    );
    const explain = await vntip([
      'explain',
      'acme_victim_birth_year_missing',
      '--config',
      ACME_CONFIG,
    ]);
    expect(explain.stdout).toContain('acme/victim-birth-year');
    const missing = await vntip(['validate', EXAMPLE, '--config', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
  });

  it('computes indicators with the options the config gives, and leaves out those it turns off', async () => {
    const dir = tempDir();
    const config = join(dir, 'vntip.config.json');
    writeFileSync(
      config,
      JSON.stringify({
        indicators: { 'sdg-16-2-2': { population: 1_900_000 }, 'people-trained': false },
      }),
    );
    const json = await vntip(['report', EXAMPLE, '--format', 'json', '--config', config]);
    expect(json.code).toBe(0);
    const rows = (JSON.parse(json.stdout) as { rows: { indicator: string; value: number }[] }).rows;
    expect(rows.find((row) => row.indicator === 'sdg-16-2-2')?.value).toBeCloseTo(
      (2 / 1_900_000) * 100_000,
    );
    expect(rows.some((row) => row.indicator === 'people-trained')).toBe(false);
    writeFileSync(config, JSON.stringify({ indicators: ['sdg-16-2-2'] }));
    expect((await vntip(['report', EXAMPLE, '--config', config])).code).toBe(2);
  });

  it('refuses person-level records under the statistical profile, in both languages, writing nothing', async () => {
    const dir = join(tempDir(), 'out');
    const vi = await vntip([
      'export',
      EXAMPLE,
      '--to',
      'csv',
      '--profile',
      'statistical',
      '--out',
      dir,
    ]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain('chỉ xuất số liệu tổng hợp');
    const en = await vntip([
      'export',
      EXAMPLE,
      '--to',
      'csv',
      '--profile',
      'statistical',
      '--out',
      dir,
      '--lang',
      'en',
    ]);
    expect(en.stderr).toContain('exports aggregates only');
    expect(existsSync(dir)).toBe(false);
  });

  it('reads a TypeScript config file on Node 20', async () => {
    const dir = tempDir();
    const config = join(dir, 'vntip.config.ts');
    const plugin = join(ROOT, 'examples/plugin-acme/index.mjs');
    writeFileSync(
      config,
      `const options: { separator: string } = { separator: '\\t' };\nexport default { plugins: [[${JSON.stringify(plugin)}, options]] };\n`,
    );
    const result = await vntip(['validate', EXAMPLE, '--config', config, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('acme_victim_birth_year_missing');
  });

  it('maps usage errors to exit 2 in both languages, and prints help in both', async () => {
    const unknown = await vntip(['valdate', EXAMPLE]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Có phải ý bạn là: validate');
    const option = await vntip(['validate', EXAMPLE, '--nope', '--lang', 'en']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('Unknown option: --nope');
    const missing = await vntip(['validate', 'no/such/file.csv']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Không tìm thấy no/such/file.csv');
    const format = await vntip(['validate', EXAMPLE, '--format', 'xml', '--json']);
    expect(format.code).toBe(2);
    expect(JSON.parse(format.stderr.trim())).toMatchObject({ level: 'error' });
    const vi = await vntip(['--help']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Cách dùng: vntip');
    const en = await vntip(['validate', '--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage: vntip validate');
    expect((await vntip(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints no colour codes when piped, and none of the progress bar under CI', async () => {
    const run = await vntip(
      ['validate', join(INVALID, 'unknown_code--person-sex-not-in-codelist.json')],
      {
        env: { NO_COLOR: '' },
      },
    );
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stderr).not.toContain('\r');
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIo, run } from '../index';

const ROOT = join(import.meta.dirname, '../../../..');
const EXAMPLE = 'examples/bac-giang-2024';

async function vntip(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (chunk) => out.push(String(chunk)), isTTY: false },
    stderr: { write: (chunk) => err.push(String(chunk)), isTTY: false },
    env: {},
    cwd: ROOT,
  };
  const code = await run(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('vntip report (table)', () => {
  it('says how many rows it hid, and shows every one with --all', async () => {
    const short = await vntip(['report', EXAMPLE, '--lang', 'en']);
    expect(short.code).toBe(0);
    const hidden =
      /(\d+) multi-way breakdown rows are not shown in the table; see them all with --all/.exec(
        short.stdout,
      );
    expect(hidden).not.toBeNull();
    const all = await vntip(['report', EXAMPLE, '--lang', 'en', '--all']);
    expect(all.code).toBe(0);
    expect(all.stdout).not.toContain('are not shown');
    const lines = (text: string) => text.trimEnd().split('\n').length;
    // The hidden rows come back, less the line that counted them.
    expect(lines(all.stdout)).toBe(lines(short.stdout) + Number(hidden?.[1]) - 1);
    expect(all.stdout).toContain('unit: Copies, activityType: Leaflets');
  });
});

describe('vntip report --format html on the example', () => {
  it('leads with the seed report’s figures and their qualifiers, outlets by name, the statistical profile in words', async () => {
    const { code, stdout } = await vntip(['report', EXAMPLE, '--format', 'html']);
    expect(code).toBe(0);
    const page = stdout.replace(/<script[\s\S]*?<\/script>/g, '');
    expect(page).toContain('<span lang="vi">khoảng 5.000</span><span lang="en">about 5,000</span>');
    expect(page).toContain(
      '<span lang="vi">hơn 10.000</span><span lang="en">more than 10,000</span>',
    );
    expect(page).toContain('Không có nạn nhân nào đề nghị hỗ trợ nên tỷ lệ không tính được.');
    expect(page).toContain('(UTC+07:00)');
    expect(page).toContain('<section id="withheld"');
    expect(page).toContain('Ẩn 2 ô: Bước: Giải cứu; Bước: Bàn giao về gia đình.');
    expect(page).not.toContain('NỘI BỘ');
  });
});

/** The rows of a table as the reader sees them in one language: cells joined by ` | `. */
function tableLines(table: string, locale: 'vi' | 'en'): string[] {
  const other = locale === 'vi' ? 'en' : 'vi';
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)]
      .map((cell) =>
        (cell[1] ?? '')
          .replace(new RegExp(`<(\\w+) lang="${other}">[\\s\\S]*?</\\1>`, 'g'), '')
          .replace(/<[^>]+>/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .join(' | '),
  );
}

describe('vntip report --format html on two provinces over two years (fictional fixture)', () => {
  const FIXTURE = 'packages/cli/test/fixtures/two-provinces-2023-2024';
  const args = ['report', FIXTURE, '--format', 'html', '--grain', 'YEAR'];
  const scopes = ['--scope', '24@124/2004', '--scope', '25@124/2004'];

  it('shows the change on the year before and each province against the other, with arrows and words', async () => {
    const { code, stdout } = await vntip([...args, ...scopes]);
    expect(code).toBe(0);
    const section = /<section id="comparisons"[\s\S]*?<\/section>/.exec(stdout)?.[0] ?? '';
    const [years, areas] = [...section.matchAll(/<table>[\s\S]*?<\/table>/g)].map((m) => m[0]);
    const vi = tableLines(years ?? '', 'vi');
    expect(vi[0]).toBe('Chỉ số | Địa bàn | Năm 2023 | Năm 2024 | Năm 2024 so với năm 2023');
    expect(vi).toContain(
      'Số hoạt động phòng ngừa theo loại · Hội nghị, tọa đàm | Tỉnh Bắc Giang (124/2004) | 10 | 12 | ▲ tăng 2 (+20 %)',
    );
    expect(vi).toContain(
      'Số hoạt động phòng ngừa theo loại · Hội nghị, tọa đàm | Tỉnh Phú Thọ (124/2004) | 8 | 8 | = không đổi',
    );
    expect(vi).toContain(
      'Số sản phẩm tuyên truyền theo đơn vị tính · Bản | Tỉnh Phú Thọ (124/2004) | 2.000 | 1.800 | ▼ giảm 200 (−10 %)',
    );
    expect(vi).toContain(
      'Số người được tập huấn · Cán bộ, công chức | Tỉnh Bắc Giang (124/2004) | 100 | 150 | ▲ tăng 50 (+50 %)',
    );
    expect(tableLines(years ?? '', 'en')).toContain(
      'People trained · Officials | Bắc Giang Province (124/2004) | 100 | 150 | ▲ up 50 (+50 %)',
    );
    const area = tableLines(areas ?? '', 'vi');
    expect(area[0]).toBe('Chỉ số | Địa bàn | Kết quả | So với | Chênh lệch');
    expect(area).toContain(
      'Số người được tập huấn · Cán bộ, công chức | Tỉnh Phú Thọ (124/2004) | 90 | Tỉnh Bắc Giang (124/2004): 150 | ▼ thấp hơn 60 (−40 %)',
    );
    expect(area).toContain(
      'Số sản phẩm tuyên truyền theo đơn vị tính · Bản | Tỉnh Phú Thọ (124/2004) | 1.800 | Tỉnh Bắc Giang (124/2004): 1.500 | ▲ cao hơn 300 (+20 %)',
    );
    expect(areas).toContain('So sánh giữa các địa bàn · Năm 2024');
    // The arrow is hidden from screen readers: the words say the same.
    expect(section).toContain('<span class="arrow" aria-hidden="true">▲</span>');
  });

  it('compares each province with the whole country when the input asks for it', async () => {
    const { code, stdout } = await vntip([...args, '--scope', 'VN', ...scopes]);
    expect(code).toBe(0);
    const section = /<section id="comparisons"[\s\S]*?<\/section>/.exec(stdout)?.[0] ?? '';
    const areas = [...section.matchAll(/<table>[\s\S]*?<\/table>/g)][1]?.[0] ?? '';
    expect(tableLines(areas, 'vi')).toContain(
      'Số người được tập huấn · Cán bộ, công chức | Tỉnh Bắc Giang (124/2004) | 150 | Toàn quốc: 240 | chiếm 62,5 % của toàn quốc',
    );
  });

  it('has no comparison for one year and one province', async () => {
    const { stdout } = await vntip([
      'report',
      FIXTURE,
      '--format',
      'html',
      '--period',
      '2024',
      '--scope',
      '24@124/2004',
    ]);
    expect(stdout).not.toContain('<section id="comparisons"');
  });
});

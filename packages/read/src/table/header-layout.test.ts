import { describe, expect, it } from 'vitest';
import { findHeaderLayout, resolveTargets } from './header-layout';
import { type FieldNode, getFieldTree } from './schema-fields';
import type { TabularCell, TabularRow } from './tabular-records';

const activity = getFieldTree('prevention_activity') as FieldNode;
const event = getFieldTree('process_event') as FieldNode;
const rows = (...cells: (readonly TabularCell[])[]): TabularRow[] =>
  cells.map((row, index) => ({ row: index + 1, cells: row }));
const paths = (layout: ReturnType<typeof findHeaderLayout>) =>
  layout?.targets.map((target) => target?.path.join('.'));

describe('findHeaderLayout', () => {
  it('takes the row naming the most fields, below a title block', () => {
    const layout = findHeaderLayout(
      activity,
      rows(
        ['ỦY BAN NHÂN DÂN TỈNH BẮC GIANG'],
        ['BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN'],
        ['Mã bản ghi', 'Loại hoạt động', 'Ngày bắt đầu'],
        ['HD-01', 'Tập huấn', '05/03/2024'],
      ),
    );
    expect(layout).toMatchObject({ index: 2, height: 1 });
    expect(paths(layout)).toEqual(['id', 'activityType', 'startDate']);
  });

  it('keeps the first row when no row names a field, and the earlier row on a tie', () => {
    expect(findHeaderLayout(activity, rows(['a', 'b'], ['c', 'd']))).toMatchObject({ index: 0 });
    expect(findHeaderLayout(activity, rows(['id'], ['id']))).toMatchObject({ index: 0 });
    expect(findHeaderLayout(activity, [])).toBeUndefined();
  });

  it('reads a two-level header: merged parent cells, or a parent followed by empty cells as CSV saves it', () => {
    const parent = ['Mã bản ghi', 'Địa bàn', null, null, 'Số hoạt động'];
    const child = [null, 'Cấp', 'Phiên bản danh mục', 'Mã tỉnh', null];
    const expected = [
      'id',
      'location.level',
      'location.codeListVersion',
      'location.code',
      'activityCount',
    ];
    const csv = findHeaderLayout(activity, rows(['BÁO CÁO'], parent, child));
    expect(csv).toMatchObject({ index: 1, height: 2 });
    expect(paths(csv)).toEqual(expected);
    expect(csv?.columns.map((column) => [column.header, column.row])).toEqual([
      ['Mã bản ghi', 2],
      ['Địa bàn › Cấp', 3],
      ['Địa bàn › Phiên bản danh mục', 3],
      ['Địa bàn › Mã tỉnh', 3],
      ['Số hoạt động', 2],
    ]);
    // A merged parent cell covers exactly its range, even over a column whose child row is empty.
    const merged = findHeaderLayout(
      activity,
      rows(['Mã bản ghi', 'Địa bàn', null, null], [null, 'Cấp', null, 'Mã tỉnh']),
      [{ top: 1, left: 1, bottom: 1, right: 3 }],
    );
    expect(merged?.columns.map((column) => column.header)).toEqual([
      'Mã bản ghi',
      'Địa bàn › Cấp',
      'Địa bàn',
      'Địa bàn › Mã tỉnh',
    ]);
  });

  it('reads one-row headers written the two-level way: Parent › Child and Parent.Child', () => {
    const layout = findHeaderLayout(
      event,
      rows(['Mã bản ghi', 'Địa bàn › Cấp', 'Địa bàn.Mã tỉnh', 'Cơ quan thực hiện › Loại cơ quan']),
    );
    expect(paths(layout)).toEqual(['id', 'location.level', 'location.code', 'agency.type']);
  });

  it('does not take a header and its first data row for a two-level header', () => {
    const layout = findHeaderLayout(
      activity,
      rows(['Mã bản ghi', 'Địa bàn', 'Số hoạt động'], ['HD-01', '{"level":"national"}', 2]),
    );
    expect(layout).toMatchObject({ index: 0, height: 1 });
    expect(paths(layout)).toEqual(['id', 'location', 'activityCount']);
  });

  it('reads the group title over a header as a title when it names no field', () => {
    const layout = findHeaderLayout(
      activity,
      rows(['Thông tin chung', null, null], ['Mã bản ghi', 'Loại hoạt động', 'Số hoạt động']),
    );
    expect(layout).toMatchObject({ index: 1, height: 1 });
  });
});

describe('resolveTargets', () => {
  const columns = (...names: string[]) => names.map((name) => ({ header: name, name, row: 1 }));

  it('gives a title two sibling fields share to the one no other column names', () => {
    expect(
      resolveTargets(event, columns('Địa bàn.Cấp', 'Địa bàn.Mã tỉnh')).map((t) =>
        t?.path.join('.'),
      ),
    ).toEqual(['location.level', 'location.code']);
    expect(
      resolveTargets(event, columns('Địa bàn.Mã huyện', 'Địa bàn.Mã tỉnh')).map((t) =>
        t?.path.join('.'),
      ),
    ).toEqual(['location.code', 'location.provinceCode']);
    expect(
      resolveTargets(event, columns('Địa bàn.Mã tỉnh', 'Địa bàn.Mã xã')).map((t) =>
        t?.path.join('.'),
      ),
    ).toEqual(['location.provinceCode', 'location.code']);
    expect(resolveTargets(event, columns('Ghi chú', '')).map((t) => t?.path)).toEqual([
      undefined,
      undefined,
    ]);
  });
});

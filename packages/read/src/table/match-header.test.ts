import { RECORD_TYPE_SCHEMA_FILES } from '@vntip/schema';
import { describe, expect, it } from 'vitest';
import { columnLetter, matchHeader } from './match-header';
import { type FieldNode, getFieldTree } from './schema-fields';

const activity = getFieldTree('prevention_activity') as FieldNode;
const target = (header: string) => {
  const found = matchHeader(activity, header);
  return found && { kind: found.kind, path: found.path };
};

describe('matchHeader', () => {
  it('matches ids and titles at every level', () => {
    expect(target('activityType')).toEqual({ kind: 'leaf', path: ['activityType'] });
    expect(target('Loại hoạt động')).toEqual({ kind: 'leaf', path: ['activityType'] });
    expect(target('  ACTIVITY TYPE ')).toEqual({ kind: 'leaf', path: ['activityType'] });
    expect(target('loai hoat dong')).toEqual({ kind: 'leaf', path: ['activityType'] });
    expect(target('Người tham dự.Tổng số')).toEqual({
      kind: 'leaf',
      path: ['participants', 'total'],
    });
    expect(target('participants.Tổng số')).toEqual({
      kind: 'leaf',
      path: ['participants', 'total'],
    });
    expect(target('Cơ quan chủ trì.Địa bàn.Mã tỉnh')).toBeUndefined(); // "Mã tỉnh" names two fields there
    expect(target('Cơ quan chủ trì.Địa bàn.provinceCode')).toEqual({
      kind: 'leaf',
      path: ['organiser', 'unit', 'provinceCode'],
    });
  });

  it('maps arrays: lists of codes, indexed items, and JSON cells', () => {
    expect(target('targetGroups')).toEqual({ kind: 'list', path: ['targetGroups'] });
    expect(target('funding[2].amountVnd')).toEqual({
      kind: 'leaf',
      path: ['funding', 2, 'amountVnd'],
    });
    expect(target('funding.1.source')).toEqual({ kind: 'leaf', path: ['funding', 1, 'source'] });
    expect(target('funding.source')).toEqual({ kind: 'leaf', path: ['funding', 0, 'source'] });
    expect(target('participants.byAgeBand')).toEqual({
      kind: 'json',
      path: ['participants', 'byAgeBand'],
    });
    expect(target('location')).toEqual({ kind: 'json', path: ['location'] });
  });

  it('refuses unknown, oversized-index and prototype headers', () => {
    for (const header of [
      'STT',
      '',
      'funding[1000].source',
      'activityType[0]',
      '__proto__',
      'constructor.prototype',
      'location.__proto__.x',
    ]) {
      expect(matchHeader(activity, header)).toBeUndefined();
    }
  });
});

describe('field trees', () => {
  it('exist for every record type, every leaf with a type', () => {
    const leaves = (node: FieldNode): FieldNode[] =>
      node.kind === 'leaf'
        ? [node]
        : node.kind === 'array' && node.item
          ? leaves(node.item)
          : [...(node.children?.values() ?? [])].flatMap(leaves);
    for (const recordType of Object.keys(RECORD_TYPE_SCHEMA_FILES)) {
      const tree = getFieldTree(recordType);
      expect(tree?.kind).toBe('object');
      for (const leaf of leaves(tree as FieldNode))
        expect(leaf.leaf?.kinds.size).toBeGreaterThan(0);
    }
    expect(getFieldTree('nothing')).toBeUndefined();
  });
});

describe('columnLetter', () => {
  it('counts like a spreadsheet', () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});

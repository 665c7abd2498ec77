import { type DataQualityNote, defineIndicator, type IndicatorValue } from '@vntip/core';
import { GroupCounter } from '../internal/group-counter';
import { inPeriod } from '../internal/in-period';
import { periodNotResolvableNote, placeOfSpan } from '../internal/period-resolution';

interface Unit {
  readonly level?: unknown;
  readonly code?: unknown;
  readonly codeListVersion?: unknown;
  readonly provinceCode?: unknown;
}

interface Line {
  readonly id: string;
  readonly sex?: string;
  readonly ageBand?: string;
  readonly supportType?: string;
  readonly persons: number;
}

/** The lines of one area, facility and period. */
interface Group {
  readonly unit: Unit;
  readonly facility: string;
  readonly start: string;
  readonly end: string;
  readonly lines: Line[];
}

interface Support {
  readonly personId: string;
  readonly date: string;
  readonly place: unknown;
  readonly supportType?: string;
}

/** Whether the place (an admin-unit reference, or an agency with its unit) lies in the area, in the same list. */
function inArea(place: unknown, area: Unit): boolean {
  if (area.level === 'national') return true;
  const raw = (place ?? {}) as Unit & { unit?: Unit };
  const unit: Unit = raw.unit ?? raw;
  if (unit.codeListVersion !== area.codeListVersion) return false;
  if (unit.level === area.level && unit.code === area.code) return true;
  return area.level === 'province' && unit.level !== 'province' && unit.provinceCode === area.code;
}

/** Whether group `a` is a part of group `b`: inside its area and period, and b is the whole area or a's facility. */
function isPartOf(a: Group, b: Group): boolean {
  if (a === b) return false;
  if (!inArea(a.unit, b.unit) || a.start < b.start || a.end > b.end) return false;
  if (b.facility !== '' && b.facility !== a.facility) return false;
  const same =
    a.start === b.start &&
    a.end === b.end &&
    a.facility === b.facility &&
    JSON.stringify(a.unit) === JSON.stringify(b.unit);
  return !same;
}

const DIMENSIONS = ['sex', 'ageBand', 'supportType'] as const;
type Dimension = (typeof DIMENSIONS)[number];

/** The one breakdown a line sets, `total` when none, `cross` when several. */
function breakdownOf(line: Line): Dimension | 'total' | 'cross' {
  const set = DIMENSIONS.filter((d) => line[d] !== undefined);
  if (set.length === 0) return 'total';
  return set.length === 1 ? (set[0] as Dimension) : 'cross';
}

function note(code: string, count: number, vi: string, en: string): DataQualityNote {
  return { code, count, message: { vi, en } };
}

/**
 * Persons supported, from person-level support records and aggregate counts together, each person once: an aggregate
 * record stands for everyone supported in its area during its period, so person-level records it covers are not added.
 */
export const supportRecipients = defineIndicator({
  meta: {
    id: 'support-recipients',
    version: '1',
    unit: 'count',
    requires: [
      'victim_support_aggregate.period',
      'victim_support_aggregate.unit',
      'victim_support_aggregate.facilityId',
      'victim_support_aggregate.sex',
      'victim_support_aggregate.ageBand',
      'victim_support_aggregate.supportType',
      'victim_support_aggregate.persons',
      'support_service.personId',
      'support_service.status',
      'support_service.date',
      'support_service.provider',
      'support_service.supportType',
      'person.sex',
      'person.ageBand',
    ],
    title: {
      vi: 'Số người được hỗ trợ (từng người và số liệu tổng hợp)',
      en: 'Persons supported (person records and aggregate counts)',
    },
    description: {
      vi: 'Số người được hỗ trợ trên địa bàn trong kỳ, cộng số liệu tổng hợp (victim_support_aggregate) với bản ghi từng người (support_service có status PROVIDED, ghi ngày trong kỳ, do cơ quan thuộc địa bàn cung cấp) mà không tính ai hai lần. (1) Chỉ dùng bản ghi tổng hợp có kỳ nằm trọn trong kỳ yêu cầu (bản ghi chỉ giao một phần: ghi chú period_not_resolvable). (2) Bản ghi tổng hợp là một phần của bản ghi khác cùng chỉ số (của một cơ sở hay đơn vị nhỏ hơn trong địa bàn của bản ghi kia, hoặc có kỳ nằm trong kỳ của nó) không được cộng (ghi chú aggregate_parts_left_out). (3) Mỗi nhóm (địa bàn, cơ sở, kỳ) cho tổng số từ dòng không phân tổ, nếu không có thì từ tổng các dòng theo giới tính; dòng theo loại hỗ trợ không bao giờ được cộng thành tổng vì một người nhận nhiều loại; nhóm không có tổng làm tổng chung không có giá trị (ghi chú aggregate_total_missing); dòng phân tổ theo hơn một chiều không được dùng (aggregate_cross_breakdown_not_used). (4) Bản ghi từng người mà nơi cung cấp thuộc địa bàn và ngày thuộc kỳ của một bản ghi tổng hợp bất kỳ được coi là đã nằm trong số tổng hợp: người có một bản ghi như vậy không được cộng thêm (ghi chú persons_in_aggregates); những người còn lại được cộng, mỗi người một lần. Tổng và theo giới tính, nhóm tuổi (phần của một nhóm không phân tổ theo chiều đó, và người không ghi, tính vào UNKNOWN) và theo loại hỗ trợ (không cộng được thành tổng). Chỉ số victims-supported chỉ đếm bản ghi từng người.',
      en: 'Persons supported in the scope during the period, adding aggregate counts (victim_support_aggregate) and person-level records (support_service with status PROVIDED, dated in the period, by a provider in the scope) with nobody counted twice. (1) Only aggregate records whose period lies wholly in the requested one are used (one that only overlaps it: note period_not_resolvable). (2) An aggregate record that is a part of another (of a facility or a smaller unit inside the other’s area, or with a period inside its period) is not added (note aggregate_parts_left_out). (3) Each group (area, facility, period) gives its total from its line without breakdown, else from the sum of its lines by sex; lines by support type are never added into a total, since one person receives several types; a group without a total leaves the overall total without a value (note aggregate_total_missing); lines broken down by more than one dimension are not used (aggregate_cross_breakdown_not_used). (4) A person-level record whose provider lies in the area, and whose date lies in the period, of any aggregate record is taken to be inside that count: a person with such a record is not added (note persons_in_aggregates); everyone else is added, once. In total and by sex and age band (the part of a group not broken down by that dimension, and persons without it, under UNKNOWN), and by support type (not additive into the total). The victims-supported indicator counts person-level records only.',
    },
  },
  create(ctx) {
    const groups = new Map<string, Group>();
    const supports: Support[] = [];
    const persons = new Map<string, { sex: string; ageBand: string }>();
    let unresolvable = 0;
    return {
      record({ recordType, record }) {
        if (recordType === 'person') {
          persons.set(String(record.id), {
            sex: typeof record.sex === 'string' ? record.sex : 'UNKNOWN',
            ageBand: typeof record.ageBand === 'string' ? record.ageBand : 'UNKNOWN',
          });
          return;
        }
        if (recordType === 'support_service') {
          if (record.status !== 'PROVIDED' || !inPeriod(record.date, ctx.period)) return;
          if (!ctx.inScope(record.provider)) return;
          const code = (record.supportType as { code?: unknown } | undefined)?.code;
          supports.push({
            personId: String(record.personId),
            date: record.date,
            place: record.provider,
            ...(typeof code === 'string' ? { supportType: code } : {}),
          });
          return;
        }
        if (recordType !== 'victim_support_aggregate') return;
        const period = record.period as { start: string; end: string };
        const place = placeOfSpan(period.start, period.end, ctx.period);
        if (place === 'outside' || !ctx.inScope(record.unit)) return;
        if (place === 'overlap') {
          unresolvable += 1;
          return;
        }
        const facility = typeof record.facilityId === 'string' ? record.facilityId : '';
        const key = JSON.stringify([record.unit, facility, period.start, period.end]);
        let group = groups.get(key);
        if (!group) {
          group = {
            unit: record.unit as Unit,
            facility,
            start: period.start,
            end: period.end,
            lines: [],
          };
          groups.set(key, group);
        }
        const code = (record.supportType as { code?: unknown } | undefined)?.code;
        group.lines.push({
          id: String(record.id),
          ...(typeof record.sex === 'string' ? { sex: record.sex } : {}),
          ...(typeof record.ageBand === 'string' ? { ageBand: record.ageBand } : {}),
          ...(typeof code === 'string' ? { supportType: code } : {}),
          persons: Number(record.persons),
        });
      },
      end() {
        const all = [...groups.values()];
        const used = all.filter((g) => !all.some((other) => isPartOf(g, other)));
        const partsLeftOut = all
          .filter((g) => !used.includes(g))
          .reduce((n, g) => n + g.lines.length, 0);
        // Person-level records covered by any aggregate record are inside its count.
        const covered = new Set<string>();
        for (const support of supports)
          if (
            all.some(
              (g) =>
                support.date >= g.start && support.date <= g.end && inArea(support.place, g.unit),
            )
          )
            covered.add(support.personId);
        const added = new Map<string, Set<string>>();
        for (const support of supports) {
          if (covered.has(support.personId)) continue;
          const types = added.get(support.personId) ?? new Set<string>();
          if (support.supportType !== undefined) types.add(support.supportType);
          added.set(support.personId, types);
        }
        if (used.length === 0 && added.size === 0 && unresolvable === 0) return [];

        let total: number | null = 0;
        const totalIds: string[] = [];
        let withoutTotal = 0;
        let cross = 0;
        const counters = {
          sex: new GroupCounter(),
          ageBand: new GroupCounter(),
          supportType: new GroupCounter(),
        };
        for (const group of used) {
          const of = (d: Dimension | 'total') => group.lines.filter((l) => breakdownOf(l) === d);
          cross += group.lines.filter((l) => breakdownOf(l) === 'cross').length;
          const totalLines = of('total').length > 0 ? of('total') : of('sex');
          for (const line of of('supportType'))
            counters.supportType.add(line.supportType as string, line.persons, line.id);
          if (totalLines.length === 0) {
            withoutTotal += 1;
            continue;
          }
          const groupTotal = totalLines.reduce((n, l) => n + l.persons, 0);
          if (total !== null) total += groupTotal;
          totalIds.push(...totalLines.map((l) => l.id));
          for (const dimension of ['sex', 'ageBand'] as const) {
            let known = 0;
            for (const line of of(dimension)) {
              counters[dimension].add(line[dimension] as string, line.persons, line.id);
              known += line.persons;
            }
            // The part of the group's total not broken down by this dimension.
            if (groupTotal > known)
              counters[dimension].add('UNKNOWN', groupTotal - known, totalLines[0]?.id ?? '');
          }
        }
        if (withoutTotal > 0) total = null;
        const personIds = [...added.keys()].sort();
        for (const personId of personIds) {
          const facts = persons.get(personId);
          if (total !== null) total += 1;
          totalIds.push(personId);
          counters.sex.add(facts?.sex ?? 'UNKNOWN', 1, personId);
          counters.ageBand.add(facts?.ageBand ?? 'UNKNOWN', 1, personId);
          for (const type of added.get(personId) ?? []) counters.supportType.add(type, 1, personId);
        }

        const notes: DataQualityNote[] = [];
        if (unresolvable > 0)
          notes.push(periodNotResolvableNote(unresolvable, 'victim_support_aggregate'));
        if (partsLeftOut > 0)
          notes.push(
            note(
              'aggregate_parts_left_out',
              partsLeftOut,
              'Dòng tổng hợp của một cơ sở, một đơn vị nhỏ hơn hoặc một kỳ ngắn hơn đã nằm trong dòng tổng hợp khác nên không được cộng thêm.',
              'Aggregate lines of a facility, a smaller unit or a shorter period already inside another aggregate line were not added.',
            ),
          );
        if (covered.size > 0)
          notes.push(
            note(
              'persons_in_aggregates',
              covered.size,
              'Người có bản ghi hỗ trợ từng người thuộc địa bàn và kỳ của một số liệu tổng hợp đã được tính trong số tổng hợp, không cộng thêm.',
              'Persons with a person-level support record inside the area and period of an aggregate count are in that count and were not added again.',
            ),
          );
        if (withoutTotal > 0)
          notes.push(
            note(
              'aggregate_total_missing',
              withoutTotal,
              'Có nhóm số liệu tổng hợp không có dòng tổng số hoặc dòng theo giới tính, nên không tính được tổng chung.',
              'Some aggregate groups have neither a total line nor lines by sex, so no overall total can be given.',
            ),
          );
        if (cross > 0)
          notes.push(
            note(
              'aggregate_cross_breakdown_not_used',
              cross,
              'Dòng tổng hợp phân tổ theo nhiều hơn một chiều (giới tính, nhóm tuổi, loại hỗ trợ) không được dùng.',
              'Aggregate lines broken down by more than one dimension (sex, age band, support type) were not used.',
            ),
          );
        const row = (
          disaggregation: Record<string, string>,
          value: number | null,
          ids: readonly string[],
          rowNotes: readonly DataQualityNote[] = [],
        ): IndicatorValue => ({
          period: ctx.period,
          scope: ctx.scope,
          disaggregation,
          numerator: value,
          denominator: null,
          value,
          lineage: ids,
          notes: rowNotes,
        });
        const rows = (dimension: keyof typeof counters) =>
          counters[dimension]
            .entries()
            .sort(([a], [b]) => (a === 'UNKNOWN' ? 1 : b === 'UNKNOWN' ? -1 : a.localeCompare(b)))
            .map(([key, g]) => row({ [dimension]: key }, g.total, [...new Set(g.ids)]));
        // Only records this period cannot hold: no figure, just the reason.
        if (used.length === 0 && added.size === 0) return [row({}, null, [], notes)];
        return [
          row({}, total, [...new Set(totalIds)], notes),
          ...(total === null ? [] : [...rows('sex'), ...rows('ageBand')]),
          ...rows('supportType'),
        ];
      },
    };
  },
});

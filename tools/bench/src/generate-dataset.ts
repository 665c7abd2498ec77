import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import {
  ACTIVITY_TYPE_CODES,
  AGENCY_TYPE_CODES,
  OUTPUT_UNIT_CODES,
  PROCESS_EVENT_TYPE_CODES,
  PURPOSE_CODES,
  SEX_CODES,
  SUPPORT_STATUS_CODES,
  SUPPORT_TYPE_2011_CODES,
  TARGET_GROUP_CODES,
  TOPIC_CODES,
} from '@vntip/schema';
import { createRandom, type Random } from './random.ts';

/** The kinds of fault planted in invalid lines, structural and rule-level. */
export const FAULTS = [
  'missing_required',
  'unknown_field',
  'wrong_type',
  'unknown_code',
  'bad_date',
  'out_of_range',
  'duplicate_items',
  'bad_admin_unit',
  'malformed_json',
  'dangling_person',
  'end_before_start',
  'future_date',
  'breakdown_over_total',
] as const;

const PROVINCES = ['01', '20', '24', '31', '38', '40', '79', '92'];
const TITLE_WORDS =
  'tuyên truyền phòng chống mua bán người hỗ trợ nạn nhân cộng đồng pháp luật thanh niên phụ nữ trẻ em lao động an toàn di cư'.split(
    ' ',
  );

const province = (r: Random) => ({
  codeListVersion: '124/2004',
  level: 'province',
  code: r.pick(PROVINCES),
});
const date2024 = (r: Random) =>
  `2024-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
const agency = (r: Random) => ({
  type: r.pick(AGENCY_TYPE_CODES.filter((c) => c !== 'PROVINCIAL_HEALTH_DEPT')),
  unit: province(r),
  name: `Cơ quan ${r.int(1, 500)}`,
});
const words = (r: Random, n: number) =>
  Array.from({ length: n }, () => r.pick(TITLE_WORDS)).join(' ');

function activity(r: Random, id: string) {
  const total = r.int(50, 5000);
  const female = r.int(0, Math.floor(total / 2));
  return {
    id,
    activityType: r.pick(ACTIVITY_TYPE_CODES),
    title: `Hoạt động ${words(r, 75)}`,
    startDate: '2024-03-01',
    endDate: `2024-${String(r.int(3, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
    location: province(r),
    organiser: agency(r),
    coOrganisers: [agency(r), agency(r), agency(r), agency(r), agency(r), agency(r)],
    targetGroups: [...new Set([r.pick(TARGET_GROUP_CODES), r.pick(TARGET_GROUP_CODES)])],
    topics: [r.pick(TOPIC_CODES)],
    planRef: { number: '42/KH-LĐTBXH', date: '2021-05-05' },
    activityCount: r.int(1, 30),
    output: { quantity: r.int(1, 30000), unit: r.pick(OUTPUT_UNIT_CODES) },
    participants: {
      total,
      female,
      male: total - female,
      qualifier: 'EXACT',
      byTargetGroup: [
        { targetGroup: 'STUDENTS', count: Math.floor(total / 3) },
        { targetGroup: 'WOMEN', count: Math.floor(total / 4) },
      ],
    },
    source: { number: `BC-${r.int(1, 999)}/UBND`, date: '2024-12-27' },
  };
}

const person = (r: Random, id: string) => ({
  id,
  category: 'VICTIM',
  sex: r.pick(SEX_CODES),
  birthYear: r.int(1960, 2005),
  nationality: 'VN',
  residence: province(r),
});

function event(r: Random, id: string, personId: string) {
  const type = r.pick(PROCESS_EVENT_TYPE_CODES.filter((t) => t !== 'SHELTER' && t !== 'REFERRAL'));
  return {
    id,
    personId,
    type,
    date: date2024(r),
    agency: agency(r),
    location: province(r),
    lawVersion: '2011',
  };
}

const support = (r: Random, id: string, personId: string) => ({
  id,
  personId,
  supportType: { lawVersion: '2011', code: r.pick(SUPPORT_TYPE_2011_CODES) },
  status: r.pick(SUPPORT_STATUS_CODES),
  provider: agency(r),
  date: date2024(r),
  amountVnd: r.int(0, 5_000_000),
  inKind: `Hỗ trợ ${words(r, 50)}`,
  fundingSource: 'STATE_BUDGET_PROVINCIAL',
});

const trafficking = (r: Random, id: string, personId: string) => ({
  id,
  personId,
  purposes: [r.pick(PURPOSE_CODES)],
  destinationCountry: r.pick(['KH', 'CN', 'LA', 'MM', 'VN']),
  domestic: r.chance(0.3),
  monthsAway: r.int(0, 48),
});

type Line = { recordType: string; record: Record<string, unknown> };

function plantFault(r: Random, line: Line, fault: (typeof FAULTS)[number]): Line | string {
  const record = line.record;
  switch (fault) {
    case 'missing_required':
      delete record.id;
      break;
    case 'unknown_field':
      record.ghiChu = 'không có trong chuẩn';
      break;
    case 'wrong_type':
      record.id = 12345;
      break;
    case 'unknown_code':
      record[line.recordType === 'person' ? 'sex' : 'id'] =
        line.recordType === 'person' ? 'F' : record.id;
      if (line.recordType !== 'person') record.lawVersion = '2030';
      break;
    case 'bad_date':
      record[line.recordType === 'prevention_activity' ? 'startDate' : 'date'] = '31/02/2024';
      break;
    case 'out_of_range':
      if (line.recordType === 'person') record.birthYear = 1800;
      else record.amountVnd = -5;
      break;
    case 'duplicate_items':
      record.topics = ['LAW_POLICY', 'LAW_POLICY'];
      break;
    case 'bad_admin_unit':
      (record.location ?? record.residence ?? {}) &&
        Object.assign(record, {
          location: { codeListVersion: '19/2025', level: 'province', code: '27' },
        });
      break;
    case 'malformed_json':
      return JSON.stringify(line).slice(0, -r.int(2, 20));
    case 'dangling_person':
      record.personId = 'P-MISSING';
      break;
    case 'end_before_start':
      record.startDate = '2024-06-01';
      record.endDate = '2024-01-01';
      break;
    case 'future_date':
      record[line.recordType === 'prevention_activity' ? 'startDate' : 'date'] = '2099-01-01';
      break;
    case 'breakdown_over_total':
      record.participants = { total: 10, female: 20, male: 5 };
      break;
  }
  return line;
}

/** Which record types each fault can be planted in, so the fault means what it says. */
function faultFor(r: Random, recordType: string): (typeof FAULTS)[number] {
  const eventLike = ['process_event', 'support_service', 'trafficking_event'].includes(recordType);
  const candidates = FAULTS.filter((f) => {
    if (f === 'dangling_person') return eventLike;
    if (f === 'end_before_start' || f === 'breakdown_over_total' || f === 'duplicate_items')
      return recordType === 'prevention_activity';
    if (f === 'bad_date' || f === 'future_date')
      return recordType !== 'person' && recordType !== 'trafficking_event';
    if (f === 'out_of_range') return recordType === 'person' || recordType === 'support_service';
    if (f === 'bad_admin_unit')
      return recordType === 'prevention_activity' || recordType === 'process_event';
    return true;
  });
  return r.pick(candidates);
}

/** Writes `count` NDJSON lines ({ recordType, record }) with `invalidShare` of them faulty; returns the faults planted. */
export async function generateDataset(
  path: string,
  count: number,
  options: { seed?: number; invalidShare?: number } = {},
): Promise<Record<string, number>> {
  const r = createRandom(options.seed ?? 20261128);
  const invalidShare = options.invalidShare ?? 0.1;
  const out = createWriteStream(path);
  const planted: Record<string, number> = {};
  const people: string[] = [];
  let buffer = '';
  for (let i = 0; i < count; i++) {
    const id = `R-${String(i).padStart(7, '0')}`;
    const roll = r.next();
    let line: Line;
    if (roll < 0.2 || people.length === 0) {
      const pid = `P-${String(i).padStart(7, '0')}`;
      people.push(pid);
      line = { recordType: 'person', record: person(r, pid) };
    } else if (roll < 0.4) line = { recordType: 'prevention_activity', record: activity(r, id) };
    else if (roll < 0.6)
      line = { recordType: 'process_event', record: event(r, id, r.pick(people)) };
    else if (roll < 0.75)
      line = { recordType: 'support_service', record: support(r, id, r.pick(people)) };
    else if (roll < 0.85)
      line = { recordType: 'trafficking_event', record: trafficking(r, id, r.pick(people)) };
    else line = { recordType: 'prevention_activity', record: activity(r, id) };
    let text: string;
    if (r.chance(invalidShare)) {
      const fault = faultFor(r, line.recordType);
      planted[fault] = (planted[fault] ?? 0) + 1;
      const faulty = plantFault(r, line, fault);
      text = typeof faulty === 'string' ? faulty : JSON.stringify(faulty);
    } else {
      text = JSON.stringify(line);
    }
    buffer += `${text}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return planted;
}

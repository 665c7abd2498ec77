// The README's main job until the CLI exists: validate and summarise the bundled example package.
// Usage: node scripts/demo.mjs [package-folder] [--lang en]
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getCodeLabel } from '@vntip/schema';
import { validateExchangePackage } from '@vntip/validate';

const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const locale = langAt >= 0 && args[langAt + 1] === 'en' ? 'en' : 'vi';
const folder = resolve(
  args.find((a, i) => !a.startsWith('--') && i !== langAt + 1) ?? 'examples/bac-giang-2024',
);
const t = (vi, en) => (locale === 'vi' ? vi : en);

const descriptorPath = join(folder, 'datapackage.json');
if (!existsSync(descriptorPath)) {
  console.error(t(`Không tìm thấy ${descriptorPath}.`, `${descriptorPath} not found.`));
  process.exit(2);
}
const descriptor = JSON.parse(readFileSync(descriptorPath, 'utf8'));
const result = validateExchangePackage(
  {
    descriptor,
    readResource: (path) => {
      const full = join(folder, path);
      return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    },
  },
  { locale },
);

console.log(
  t(
    `Gói dữ liệu: ${descriptor.title ?? descriptor.name}`,
    `Package: ${descriptor.title ?? descriptor.name}`,
  ),
);
console.log(
  t(
    `Kỳ báo cáo: ${descriptor.period?.start} – ${descriptor.period?.end}`,
    `Period: ${descriptor.period?.start} – ${descriptor.period?.end}`,
  ),
);
for (const issue of result.issues) {
  const where = [
    issue.location?.file,
    issue.location?.row && `row ${issue.location.row}`,
    issue.path.join('.'),
  ]
    .filter(Boolean)
    .join(' · ');
  console.log(`  [${issue.severity}] ${issue.code} (${where}): ${issue.message}`);
}
if (!result.ok) {
  console.log(
    t(
      `Không hợp lệ: ${result.issues.length} vấn đề.`,
      `Invalid: ${result.issues.length} issue(s).`,
    ),
  );
  process.exit(1);
}
console.log(t('Hợp lệ: không có lỗi.', 'Valid: no errors.'));

const records = result.value.records;
const byType = (type) => records.filter((r) => r.recordType === type).map((r) => r.record);
const label = (list, code) => getCodeLabel(list, code, locale);
const countBy = (items, key) => {
  const counts = new Map();
  for (const item of items) counts.set(item[key], (counts.get(item[key]) ?? 0) + 1);
  return [...counts];
};
const number = (n) => n.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB');

console.log(`\n${t('Phòng ngừa', 'Prevention')}`);
for (const a of byType('prevention_activity')) {
  const parts = [`${number(a.activityCount)} × ${label('activityType', a.activityType)}`];
  if (a.output)
    parts.push(`${number(a.output.quantity)} ${label('outputUnit', a.output.unit).toLowerCase()}`);
  if (a.participants) {
    const qualifier = a.participants.qualifier
      ? `${label('quantityQualifier', a.participants.qualifier).toLowerCase()} `
      : '';
    parts.push(
      `${qualifier}${number(a.participants.total)} ${t('người tham gia', 'participants')}`,
    );
  }
  console.log(`  - ${parts.join(', ')}`);
}

console.log(`\n${t('Nạn nhân', 'Victims')}`);
const people = byType('person');
for (const [category, count] of countBy(people, 'category')) {
  console.log(`  - ${label('personCategory', category)}: ${count}`);
}
for (const [type, count] of countBy(byType('process_event'), 'type')) {
  console.log(`  - ${label('processEventType', type)}: ${count}`);
}
for (const [status, count] of countBy(byType('support_service'), 'status')) {
  console.log(`  - ${t('Hỗ trợ', 'Support')} · ${label('supportStatus', status)}: ${count}`);
}

// The README's main job until the CLI exists: validate and summarise the bundled example package.
// Usage: node scripts/demo.mjs [package-folder] [--lang en]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCodeLabel } from '@vntip/schema';
import { builtinRules, validate } from '@vntip/validate';
import { readPackageFolder } from '@vntip/validate/node';

const args = process.argv.slice(2).filter((a) => a !== '--');
const langAt = args.indexOf('--lang');
const locale = langAt >= 0 && args[langAt + 1] === 'en' ? 'en' : 'vi';
const folder = resolve(
  args.find((a, i) => !a.startsWith('--') && i !== langAt + 1) ?? 'examples/bac-giang-2024',
);
const t = (vi, en) => (locale === 'vi' ? vi : en);

if (!existsSync(resolve(folder, 'datapackage.json'))) {
  console.error(
    t(`Không tìm thấy ${folder}/datapackage.json.`, `${folder}/datapackage.json not found.`),
  );
  process.exit(2);
}
const result = await validate(readPackageFolder(folder, { locale }), {
  locale,
  rules: builtinRules,
});
const descriptor = result.descriptor ?? {};

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
for (const group of result.summary) {
  const where = group.locations
    .map((l) => [l.file, l.row && `#${l.row}`].filter(Boolean).join(' '))
    .join(', ');
  console.log(
    `  [${group.severity}] ${group.code} × ${group.count}${where ? ` (${where})` : ''}: ${group.message}`,
  );
}
const errors = result.issues.filter((i) => i.severity === 'error').length;
if (!result.ok) {
  console.log(t(`Không hợp lệ: ${errors} lỗi.`, `Invalid: ${errors} error(s).`));
  process.exit(1);
}
console.log(t('Hợp lệ: không có lỗi.', 'Valid: no errors.'));

const byType = (type) => result.records.filter((r) => r.recordType === type).map((r) => r.record);
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
for (const [category, count] of countBy(byType('person'), 'category')) {
  console.log(`  - ${label('personCategory', category)}: ${count}`);
}
for (const [type, count] of countBy(byType('process_event'), 'type')) {
  console.log(`  - ${label('processEventType', type)}: ${count}`);
}
for (const [status, count] of countBy(byType('support_service'), 'status')) {
  console.log(`  - ${t('Hỗ trợ', 'Support')} · ${label('supportStatus', status)}: ${count}`);
}

// The validator page: the officer picks or drops files, the worker validates them with the CLI's engine, and the page
// shows the counts, every issue with where it is, and a CSV of the issues to download. Every text from a file reaches
// the page through textContent, never as HTML. The page never stores or sends a file.
import type { Issue } from '@vntip/core';
import type { FileResult, PageLocale, PickedFile, WorkerMessage } from './protocol';

declare const VNTIP_VERSIONS: {
  readonly standard: string;
  readonly codelists: string;
  readonly rules: string;
  readonly hash: string;
};

const TEXT = {
  vi: {
    title: 'Kiểm tra tệp dữ liệu VN-TIP',
    lead: 'Chọn hoặc kéo thả tệp XLSX, ODS, CSV, JSON, NDJSON hoặc gói dữ liệu nén ZIP. Tệp được kiểm tra ngay trên máy này; không có gì được gửi đi.',
    pick: 'Chọn tệp',
    drop: 'Kéo thả tệp vào đây',
    checking: 'Đang kiểm tra {file} ({done}/{total})…',
    valid: 'Hợp lệ',
    invalid: 'Có lỗi',
    records: 'bản ghi',
    errors: 'lỗi',
    warnings: 'cảnh báo',
    infos: 'thông tin',
    file: 'Tệp',
    sheet: 'Trang tính',
    row: 'Dòng',
    column: 'Cột',
    field: 'Trường',
    severity: 'Mức độ',
    code: 'Mã',
    message: 'Thông báo',
    hint: 'Cách sửa',
    download: 'Tải danh sách vấn đề (CSV)',
    noIssues: 'Không có vấn đề nào.',
    failed: 'Không kiểm tra được: {message}',
    versions: 'Chuẩn {standard} · danh mục {codelists} · quy tắc {rules} · mã băm {hash}',
    language: 'English',
    error: 'lỗi',
    warning: 'cảnh báo',
    info: 'thông tin',
  },
  en: {
    title: 'Check a VN-TIP data file',
    lead: 'Pick or drop XLSX, ODS, CSV, JSON or NDJSON files, or a zipped data package. Files are checked on this computer; nothing is sent anywhere.',
    pick: 'Choose files',
    drop: 'Drop files here',
    checking: 'Checking {file} ({done}/{total})…',
    valid: 'Valid',
    invalid: 'Has errors',
    records: 'records',
    errors: 'errors',
    warnings: 'warnings',
    infos: 'info',
    file: 'File',
    sheet: 'Sheet',
    row: 'Row',
    column: 'Column',
    field: 'Field',
    severity: 'Severity',
    code: 'Code',
    message: 'Message',
    hint: 'How to fix it',
    download: 'Download the issue list (CSV)',
    noIssues: 'No issues.',
    failed: 'Could not check the files: {message}',
    versions: 'Standard {standard} · codelists {codelists} · rules {rules} · hash {hash}',
    language: 'Tiếng Việt',
    error: 'error',
    warning: 'warning',
    info: 'info',
  },
} as const;

type Key = keyof (typeof TEXT)['vi'];

// Vietnamese first, whatever the browser's language; the button switches to English.
let locale: PageLocale = 'vi';
let lastFiles: PickedFile[] = [];
let lastResults: readonly FileResult[] = [];
const t = (key: Key, params: Record<string, string | number> = {}) =>
  TEXT[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const el = (tag: string, text?: string, className?: string): HTMLElement => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

const workerSource = ($('worker-source') as HTMLElement).textContent ?? '';
const worker = new Worker(
  URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' })),
);

function renderChrome(): void {
  document.documentElement.lang = locale;
  document.title = t('title');
  $('title').textContent = t('title');
  $('lead').textContent = t('lead');
  $('pick-label').textContent = t('pick');
  $('drop').textContent = t('drop');
  $('language').textContent = t('language');
  $('versions').textContent = t('versions', VNTIP_VERSIONS);
  $('download').textContent = t('download');
}

function renderResults(results: readonly FileResult[]): void {
  const summary = $('summary');
  const table = $('issues') as HTMLTableElement;
  summary.replaceChildren();
  table.replaceChildren();
  for (const result of results) {
    const records = Object.values(result.counts).reduce((a, b) => a + b, 0);
    const line = el('p', undefined, result.ok ? 'file ok' : 'file bad');
    line.append(
      el('strong', `${result.file}: ${result.ok ? t('valid') : t('invalid')}`),
      el(
        'span',
        ` · ${records} ${t('records')} · ${result.issueCounts.error} ${t('errors')} · ${result.issueCounts.warning} ${t('warnings')} · ${result.issueCounts.info} ${t('infos')}`,
      ),
    );
    summary.append(line);
    const codes = el('ul', undefined, 'codes');
    for (const group of result.summary) {
      codes.append(
        el('li', `${group.count} × ${group.code} (${t(group.severity)}): ${group.message}`),
      );
    }
    summary.append(codes);
  }
  const issues = results.flatMap((result) =>
    result.issues.map((issue) => ({ file: result.file, issue })),
  );
  if (issues.length === 0) {
    summary.append(el('p', t('noIssues')));
    ($('download') as HTMLButtonElement).hidden = true;
    return;
  }
  const head = el('tr');
  for (const key of [
    'file',
    'sheet',
    'row',
    'column',
    'field',
    'severity',
    'code',
    'message',
  ] as const)
    head.append(el('th', t(key)));
  table.append(head);
  for (const { file, issue } of issues) {
    const row = el('tr', undefined, issue.severity);
    for (const value of [
      ...whereCells(file, issue),
      t(issue.severity),
      issue.code,
      issue.hint ? `${issue.message} ${issue.hint}` : issue.message,
    ])
      row.append(el('td', String(value)));
    table.append(row);
  }
  ($('download') as HTMLButtonElement).hidden = false;
}

/** Where an issue is, as the table and the CSV show it: file, sheet, row, column, field. */
function whereCells(file: string, issue: Issue): string[] {
  const where = issue.location ?? {};
  return [
    where.file ?? file,
    where.sheet ?? '',
    where.row ?? '',
    where.column ?? '',
    issue.path.join('.'),
  ].map(String);
}

/** The issues as CSV (UTF-8 with BOM, so Excel reads Vietnamese), one row per issue. */
function issuesCsv(results: readonly FileResult[]): string {
  // A cell a spreadsheet would read as a formula is kept text, by the rule of the exporters' escapeCell (which this
  // page cannot import: @vntip/exporters' entry point loads Node-only code).
  const quote = (value: unknown) => {
    const text = String(value ?? '');
    return `"${(/^[=+\-@'\s]/u.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
  };
  const header = [
    'file',
    'sheet',
    'row',
    'column',
    'field',
    'severity',
    'code',
    'message',
    'hint',
  ].map((k) => t(k as Key));
  const lines = [header.map(quote).join(',')];
  for (const result of results)
    for (const issue of result.issues) {
      lines.push(
        [...whereCells(result.file, issue), issue.severity, issue.code, issue.message, issue.hint]
          .map(quote)
          .join(','),
      );
    }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

async function check(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  lastFiles = await Promise.all(
    files.map(async (file) => ({
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
  run();
}

function run(): void {
  if (lastFiles.length === 0) return;
  document.body.dataset.state = 'checking';
  worker.postMessage({ files: lastFiles, locale });
}

worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
  const message = event.data;
  if (message.kind === 'progress') {
    $('status').textContent = t('checking', {
      file: message.file,
      done: message.done + 1,
      total: message.total,
    });
    return;
  }
  if (message.kind === 'failed') {
    $('status').textContent = t('failed', { message: message.message });
    document.body.dataset.state = 'failed';
    return;
  }
  $('status').textContent = '';
  lastResults = message.results;
  renderResults(lastResults);
  // For tests and for anyone who wants the raw result: the same shape as `vntip validate --json`'s files.
  (window as unknown as { vntipResults: readonly FileResult[] }).vntipResults = lastResults;
  document.body.dataset.state = 'done';
};

$('files').addEventListener('change', () => {
  void check([...(($('files') as HTMLInputElement).files ?? [])]);
});
const drop = $('drop');
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  void check([...(event.dataTransfer?.files ?? [])]);
});
$('language').addEventListener('click', () => {
  locale = locale === 'vi' ? 'en' : 'vi';
  renderChrome();
  run();
});
$('download').addEventListener('click', () => {
  const url = URL.createObjectURL(
    new Blob([issuesCsv(lastResults)], { type: 'text/csv;charset=utf-8' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = locale === 'vi' ? 'danh-sach-van-de.csv' : 'issues.csv';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
});
renderChrome();

import { createIssue, type Issue, type Result } from '@vntip/core';
import {
  isRecordType,
  type RecordType,
  type ValidateOptions,
  validateDescriptor,
  validateRecord,
} from './validate-record';

/** One record read from a package resource. */
export interface PackageRecord {
  readonly recordType: RecordType;
  /** Name of the resource it came from. */
  readonly resource: string;
  /** 0-based position in the resource. */
  readonly index: number;
  readonly record: unknown;
}

/** A package whose descriptor and records were read. */
export interface ExchangePackageContents {
  readonly descriptor: unknown;
  readonly records: readonly PackageRecord[];
}

/** What `validateExchangePackage` reads: the parsed descriptor and a way to get each resource's text. */
export interface ExchangePackageInput {
  readonly descriptor: unknown;
  /** Returns the text of the file at a path relative to the package root, or undefined when it is missing. */
  readonly readResource: (path: string) => string | undefined;
}

interface ResourceDescriptor {
  readonly name: string;
  readonly path: string;
  readonly recordType: string;
  readonly format: string;
}

/** Validates an exchange package: its descriptor, then every record of every resource it lists. */
export function validateExchangePackage(
  input: ExchangePackageInput,
  options: ValidateOptions = {},
): Result<ExchangePackageContents> {
  const locale = options.locale ?? 'vi';
  const issues: Issue[] = [
    ...validateDescriptor(input.descriptor, { locale, location: { file: 'datapackage.json' } })
      .issues,
  ];
  const records: PackageRecord[] = [];
  const resources = readResources(input.descriptor);
  for (const resource of resources) {
    const text = input.readResource(resource.path);
    if (text === undefined) {
      issues.push(
        createIssue(
          {
            code: 'missing_resource',
            params: { file: resource.path },
            location: { file: 'datapackage.json' },
          },
          locale,
        ),
      );
      continue;
    }
    const parsed = parseRecords(text, resource.format);
    if ('error' in parsed) {
      issues.push(
        createIssue(
          {
            code: 'invalid_json',
            params: { detail: parsed.error },
            location: { file: resource.path, ...(parsed.row ? { row: parsed.row } : {}) },
          },
          locale,
        ),
      );
      continue;
    }
    if (!isRecordType(resource.recordType)) continue;
    parsed.records.forEach((record, index) => {
      const location = {
        file: resource.path,
        ...(resource.format === 'ndjson' ? { row: index + 1 } : {}),
      };
      const result = validateRecord(resource.recordType, record, {
        ...options,
        locale,
        location,
        basePath: [index],
      });
      issues.push(...result.issues);
      records.push({
        recordType: resource.recordType as RecordType,
        resource: resource.name,
        index,
        record,
      });
    });
  }
  const ok = !issues.some((issue) => issue.severity === 'error');
  return ok ? { ok, value: { descriptor: input.descriptor, records }, issues } : { ok, issues };
}

function readResources(descriptor: unknown): ResourceDescriptor[] {
  const list = (descriptor as { resources?: unknown } | null)?.resources;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (r): r is ResourceDescriptor =>
      typeof r === 'object' &&
      r !== null &&
      typeof r.path === 'string' &&
      typeof r.name === 'string',
  );
}

function parseRecords(
  text: string,
  format: string,
): { records: unknown[] } | { error: string; row?: number } {
  if (format === 'ndjson') {
    const records: unknown[] = [];
    const lines = text.split(/\r?\n/);
    for (const [i, line] of lines.entries()) {
      if (line.trim() === '') continue;
      try {
        records.push(JSON.parse(line));
      } catch (error) {
        return { error: (error as Error).message, row: i + 1 };
      }
    }
    return { records };
  }
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value)
      ? { records: value }
      : { error: 'expected a JSON array of records' };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

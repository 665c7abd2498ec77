// Input built to raise millions of issues must not take the machine's memory: the CLI keeps at most --max-issues
// issues (counting the rest), at most a bounded number of issue groups, and parses a JSON array one record at a time.
// Each run's peak resident memory is read from the child itself (process.resourceUsage at exit).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type CliRun, EXAMPLE_DIR, tempDir, vntip } from './run-cli';

const LIMIT_MIB = 300;

/** A preload that prints the child's peak resident memory, in KiB, as the last line of stderr. */
function rssProbe(dir: string): string {
  const path = join(dir, 'rss-probe.cjs');
  writeFileSync(
    path,
    "process.on('exit', () => process.stderr.write('\\nmaxRSS=' + process.resourceUsage().maxRSS + '\\n'));\n",
  );
  return path;
}

function peakMiB(run: CliRun): number {
  const match = /maxRSS=(\d+)\s*$/.exec(run.stderr);
  if (!match) throw new Error(`no maxRSS in stderr: ${run.stderr.slice(-500)}`);
  return Number(match[1]) / 1024;
}

/** About 2 MB of person records, every one missing its required fields, every other one with its own unknown key. */
function hostileJson(): string {
  const items: string[] = [];
  let length = 2;
  for (let i = 0; length < 2 * 1024 * 1024; i++) {
    const item = i % 2 === 0 ? '{}' : `{"k${i.toString(36)}":0}`;
    items.push(item);
    length += item.length + 1;
  }
  return `[${items.join(',')}]`;
}

/** A package of a few KB whose two entries each inflate to 1 MiB of empty person records (under the ratio rule). */
function hostileZip(): Uint8Array {
  const descriptor = JSON.parse(readFileSync(join(EXAMPLE_DIR, 'datapackage.json'), 'utf8'));
  const body = strToU8(`[${Array(349_524).fill('{}').join(',')}]`);
  const hash = `sha256:${createHash('sha256').update(body).digest('hex')}`;
  const files: Record<string, [Uint8Array, { level: 9 }]> = {};
  descriptor.resources = [0, 1].map((i) => {
    const path = `data/person-${i}.json`;
    files[path] = [body, { level: 9 }];
    return {
      name: `persons-${i}`,
      path,
      recordType: 'person',
      format: 'json',
      bytes: body.length,
      hash,
    };
  });
  files['datapackage.json'] = [strToU8(JSON.stringify(descriptor)), { level: 9 }];
  return zipSync(files);
}

describe('memory under input built to raise millions of issues', () => {
  it(`stays under ${LIMIT_MIB} MiB for a 2 MB JSON and a 5 KB zip, counting every issue`, async () => {
    const dir = tempDir();
    const probe = rssProbe(dir);
    const json = join(dir, 'person.json');
    writeFileSync(json, hostileJson());
    const zip = join(dir, 'bomb.zip');
    const zipped = hostileZip();
    writeFileSync(zip, zipped);
    expect(zipped.length).toBeLessThan(5 * 1024);
    // One record holding half a million bad codes: each value could be an issue, within a single record.
    const one = join(dir, 'trafficking_event.json');
    writeFileSync(
      one,
      `[{"id":"T-1","personId":"P-1","purposes":[${Array(520_000).fill('0').join(',')}]}]`,
    );
    const nodeArgs = ['--require', probe];
    const [jsonRun, zipRun, reportRun, oneRun] = await Promise.all([
      vntip(['validate', json, '--json'], { nodeArgs }),
      vntip(['validate', zip, '--json'], { nodeArgs }),
      vntip(['report', json, '--period', '2024', '--format', 'json'], { nodeArgs }),
      vntip(['validate', one, '--json'], { nodeArgs }),
    ]);
    for (const run of [jsonRun, zipRun, reportRun, oneRun]) {
      expect(run.signal).toBeNull();
      expect(peakMiB(run)).toBeLessThan(LIMIT_MIB);
    }
    const counted = (run: CliRun) => {
      const { files } = JSON.parse(run.stdout) as {
        files: { issues: unknown[]; issueCounts: { error: number }; summary: unknown[] }[];
      };
      return files[0];
    };
    const jsonFile = counted(jsonRun);
    expect(jsonFile?.issueCounts.error).toBeGreaterThan(900_000);
    expect(jsonFile?.issues).toHaveLength(1000);
    // Every other record has its own unknown key: the summary is bounded all the same.
    expect(jsonFile?.summary.length).toBeLessThanOrEqual(1100);
    expect(counted(zipRun)?.issueCounts.error).toBeGreaterThan(2_000_000);
    expect(oneRun.stdout).toContain('record_too_many_values');
  }, 240_000);
});

// Signatures are checked wherever a package is read: validate, report, convert and export verify
// datapackage.json.sig with the trusted keys, and --require-signature refuses what is not signed.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_DIR, exportExamplePackage, ROOT, tempDir, vntip } from './run-cli';

const V1 = join(ROOT, 'packages/exporters/fixtures/signature-v1');

let dir = '';
let signed = '';
let pub = '';

beforeAll(async () => {
  dir = tempDir();
  const made = await exportExamplePackage(join(dir, 'pkg'));
  expect(made.code).toBe(0);
  expect((await vntip(['keygen', '--out', join(dir, 'sender')])).code).toBe(0);
  signed = join(dir, 'signed.zip');
  cpSync(join(dir, 'pkg/bac-giang-2024.zip'), signed);
  expect((await vntip(['sign', signed, '--key', join(dir, 'sender.key')])).code).toBe(0);
  pub = join(dir, 'sender.pub');
}, 120_000);

/** The four commands that read a package, each with its own output folder. */
function readers(input: string, extra: string[], name: string): string[][] {
  return [
    ['validate', input, ...extra],
    ['report', input, ...extra],
    ['convert', input, '--to', 'json', '--out', join(dir, `${name}-conv`), ...extra],
    [
      'export',
      input,
      '--to',
      'csv',
      '--profile',
      'internal',
      '--out',
      join(dir, `${name}-exp`),
      ...extra,
    ],
  ];
}

describe.concurrent('signatures on read', () => {
  it('reads a signed package with its key without complaint, and says so of a key it does not know', async () => {
    const [known, unknown] = await Promise.all([
      vntip(['validate', signed, '--public-key', pub, '--lang', 'en']),
      vntip(['validate', signed, '--lang', 'en']),
    ]);
    expect(known.code).toBe(0);
    expect(known.stdout).not.toContain('signature');
    expect(unknown.code).toBe(0);
    expect(unknown.stdout).toContain('[warning] signature_unknown_key');
    expect(unknown.stdout).toContain('which is not among the trusted keys given');
  });

  it('refuses a tampered package whose .sig is stale, in validate, report, convert and export', async () => {
    const files = unzipSync(readFileSync(signed));
    const path = Object.keys(files).find((name) => name.startsWith('data/person')) as string;
    const before = new TextDecoder().decode(files[path]);
    const after = before.replace('"BG24-V1"', '"BG24-V9"');
    expect(after).not.toBe(before);
    files[path] = strToU8(after);
    const tampered = join(dir, 'tampered.zip');
    writeFileSync(tampered, zipSync(files));
    const runs = await Promise.all(
      readers(tampered, ['--public-key', pub, '--lang', 'en'], 'tampered').map((args) =>
        vntip(args),
      ),
    );
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).toContain('package_resource_tampered');
    }
    // The stale signature is refused even without the key: the files no longer match what was signed.
    const noKey = await vntip(['validate', tampered]);
    expect(noKey.code).toBe(1);
  });

  it('refuses an unsigned package with --require-signature (the .sig removed), in every reader', async () => {
    const files = unzipSync(readFileSync(signed));
    delete files['datapackage.json.sig'];
    const stripped = join(dir, 'stripped.zip');
    writeFileSync(stripped, zipSync(files));
    const runs = await Promise.all(
      readers(stripped, ['--require-signature', '--public-key', pub], 'stripped').map((args) =>
        vntip(args),
      ),
    );
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).toContain('signature_missing');
    }
    expect((await vntip(['validate', stripped])).code).toBe(0);
  });

  it('refuses a package signed by an unknown key with --require-signature', async () => {
    const run = await vntip(['validate', signed, '--require-signature', '--lang', 'en']);
    expect(run.code).toBe(1);
    // The signature is there: the error names the unknown key, never "there is no datapackage.json.sig".
    expect(run.stdout).toContain('[error] signature_unknown_key');
    expect(run.stdout).not.toContain('signature_missing');
  });

  it('trusts the keys listed in the config file', async () => {
    const config = join(dir, 'trust.config.json');
    writeFileSync(config, JSON.stringify({ trustedKeys: ['sender.pub'] }));
    const run = await vntip(['validate', signed, '--config', config, '--require-signature']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('signature_');
    expect(run.stderr).toContain(`Tệp cấu hình: ${config}`);
    const verify = await vntip(['verify', signed, '--config', config, '--lang', 'en']);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/the signature is valid \(key id [0-9a-f]{16}, signed \d{4}-/);
  });

  it('still reads a version 1 signature, with a deprecation warning, in validate and verify', async () => {
    const zip = join(V1, 'signed-v1.zip');
    const key = join(V1, 'signer.pub');
    const [validate, verify] = await Promise.all([
      vntip(['validate', zip, '--public-key', key, '--require-signature', '--lang', 'en']),
      vntip(['verify', zip, '--public-key', key]),
    ]);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain('[warning] signature_deprecated_format');
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('chữ ký hợp lệ');
    expect(verify.stdout).toContain('signature_deprecated_format');
  });
});

describe.concurrent('signing folders and hand-made zips', () => {
  it('signs a package folder; reading it checks every file', async () => {
    const folder = join(dir, 'folder-pkg');
    cpSync(EXAMPLE_DIR, folder, { recursive: true });
    const sign = await vntip(['sign', folder, '--key', join(dir, 'sender.key')]);
    expect(sign.code).toBe(0);
    expect(readFileSync(join(folder, 'datapackage.json.sig'), 'utf8')).toContain('"version":2');
    const [ok, verify] = await Promise.all([
      vntip(['validate', folder, '--public-key', pub, '--require-signature']),
      vntip(['verify', folder, '--public-key', pub]),
    ]);
    expect(ok.code).toBe(0);
    expect(verify.code).toBe(0);
    writeFileSync(join(folder, 'plugin.mjs'), 'export default {};\n');
    const extra = await vntip(['validate', folder, '--public-key', pub]);
    expect(extra.code).toBe(1);
    expect(extra.stdout).toContain('package_extra_file');
  });

  it('signs a package zipped by hand with zip -r (folder entries and all)', async () => {
    const folder = join(dir, 'by-hand');
    cpSync(EXAMPLE_DIR, folder, { recursive: true });
    const zip = join(dir, 'by-hand.zip');
    execFileSync('zip', ['-qr', zip, '.'], { cwd: folder });
    expect(Object.keys(unzipSync(readFileSync(zip)))).toContain('data/');
    const sign = await vntip(['sign', zip, '--key', join(dir, 'sender.key')]);
    expect(sign.stderr).toContain('Đã ký');
    expect(sign.code).toBe(0);
    const [verify, validate] = await Promise.all([
      vntip(['verify', zip, '--public-key', pub]),
      vntip(['validate', zip, '--public-key', pub, '--require-signature']),
    ]);
    expect(verify.code).toBe(0);
    expect(validate.code).toBe(0);
  });

  it('reads a zip bomb with the same bounded zip reader in sign, verify and validate', async () => {
    // The signed package with a 64 MiB README of zeros that deflates to a few kilobytes.
    const bomb = join(dir, 'bomb.zip');
    const files = unzipSync(readFileSync(signed));
    writeFileSync(
      bomb,
      zipSync({ ...files, 'README.txt': new Uint8Array(64 << 20) }, { level: 9 }),
    );
    const [sign, verify, validate] = await Promise.all([
      vntip([
        'sign',
        bomb,
        '--key',
        join(dir, 'sender.key'),
        '--out',
        join(dir, 'bomb-signed.zip'),
      ]),
      vntip(['verify', bomb, '--public-key', pub, '--lang', 'en']),
      vntip(['validate', bomb, '--public-key', pub, '--lang', 'en']),
    ]);
    expect(sign.code).toBe(2);
    expect(sign.stderr).toContain('archive_ratio_exceeded');
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain('archive_ratio_exceeded');
    expect(validate.code).toBe(1);
    // Said once, by the reader, not again by the signature check.
    expect(validate.stdout.split('archive_ratio_exceeded').length - 1).toBe(1);
  });
});

describe.concurrent('verification says tampered, not a wrong key (review of issue 12)', () => {
  /** The example folder signed by the sender, with `media_outlet.json` changed, its hash re-written when `rehash`. */
  async function tamperedFolder(name: string, rehash: boolean): Promise<string> {
    const folder = join(dir, name);
    cpSync(EXAMPLE_DIR, folder, { recursive: true });
    expect((await vntip(['sign', folder, '--key', join(dir, 'sender.key')])).code).toBe(0);
    const file = join(folder, 'data/media_outlet.json');
    const changed = readFileSync(file, 'utf8').replace('Bắc Giang', 'Bac Giang');
    writeFileSync(file, changed);
    if (rehash) {
      const manifest = JSON.parse(readFileSync(join(folder, 'datapackage.json'), 'utf8'));
      for (const resource of manifest.resources) {
        if (resource.path !== 'data/media_outlet.json') continue;
        resource.bytes = Buffer.byteLength(changed);
        resource.hash = `sha256:${createHash('sha256').update(changed).digest('hex')}`;
      }
      writeFileSync(join(folder, 'datapackage.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    }
    return folder;
  }

  it('reports a tampered folder read with no key as tampered, its signature unchecked, never a wrong key', async () => {
    const folder = await tamperedFolder('tampered-no-key', false);
    const run = await vntip(['validate', folder, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('[error] package_resource_tampered');
    expect(run.stdout).toContain('[warning] signature_unknown_key');
    expect(run.stdout).not.toContain('signature_wrong_key');
    expect(run.stdout).not.toContain('the key — used');
  });

  it('says the signature does not cover a file changed and re-hashed in datapackage.json', async () => {
    const folder = await tamperedFolder('tampered-rehashed', true);
    const [verify, validate] = await Promise.all([
      vntip(['verify', folder, '--public-key', pub, '--lang', 'en']),
      vntip(['validate', folder, '--lang', 'en']),
    ]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain('package_resource_signature_mismatch');
    expect(verify.stdout).toContain('the signature does not cover its current content');
    expect(verify.stdout).not.toContain('differs from datapackage.json');
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain('[error] package_resource_signature_mismatch');
    expect(validate.stdout).not.toContain('signature_wrong_key');
  });

  it('refuses a signature file naming keyId twice, in verify and validate', async () => {
    const folder = join(dir, 'sig-twice');
    cpSync(EXAMPLE_DIR, folder, { recursive: true });
    expect((await vntip(['sign', folder, '--key', join(dir, 'sender.key')])).code).toBe(0);
    const sigPath = join(folder, 'datapackage.json.sig');
    const sig = readFileSync(sigPath, 'utf8');
    writeFileSync(sigPath, sig.replace('"keyId":', '"keyId":"0123456789abcdef","keyId":'));
    const [verify, validate] = await Promise.all([
      vntip(['verify', folder, '--public-key', pub, '--lang', 'en']),
      vntip(['validate', folder, '--public-key', pub]),
    ]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain('signature_duplicate_field');
    expect(verify.stdout).toContain('holds the field keyId twice');
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain('signature_duplicate_field');
    expect(validate.stdout).toContain('có trường keyId hai lần');
  });
});

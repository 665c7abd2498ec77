import { createHash, createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMemorySink, exportRecords, ISSUE_CODES } from '@vntip/core';
import { SAMPLE_RECORDS } from '@vntip/core/testing';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { concatBytes, endRecord, storedEntry } from './internal/package-zip';
import { packageExporter } from './package';
import { PACKAGE_OPTIONS } from './package.fixture';
import {
  generateSigningKeyPair,
  SIGNATURE_CONTEXT,
  SIGNATURE_FORMAT,
  signingKeyId,
  signPackage,
  signPackageFolder,
  verifyPackage,
  verifyPackageFolder,
} from './signing';

const alice = generateSigningKeyPair();
const bob = generateSigningKeyPair();
let unsigned: Uint8Array;
let signed: Uint8Array;

beforeAll(async () => {
  const sink = createMemorySink();
  await exportRecords(SAMPLE_RECORDS, {
    exporter: packageExporter,
    options: PACKAGE_OPTIONS,
    sink,
    profile: 'internal',
  });
  unsigned = sink.files.get('bac-giang-2024.zip')?.bytes ?? new Uint8Array();
  signed = signPackage(unsigned, alice.privateKey, { signedAt: SIGNED_AT });
});

const SIGNED_AT = '2025-01-05T08:30:00Z';

const codes = (bytes: Uint8Array, key = alice.publicKey) =>
  verifyPackage(bytes, key).problems.map((problem) => problem.code);

/** Rebuilds the signed zip with one file changed, removed or added, keeping the signature entry. */
function repack(change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(signed);
  change(files);
  return zipSync(files);
}

function firstResource(): string {
  return Object.keys(unzipSync(signed)).find((name) => name.startsWith('data/')) ?? '';
}

describe('signing', () => {
  it('generates key pairs with a 16-hex key id of the public key', () => {
    expect(alice.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(alice.keyId).not.toBe(bob.keyId);
    expect(signingKeyId(alice.publicKey)).toBe(alice.keyId);
    expect(signingKeyId(alice.privateKey)).toBe(alice.keyId);
    expect(alice.publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
  });

  it('verifies a freshly signed package, keeping the unsigned bytes as its prefix', () => {
    expect(verifyPackage(signed, alice.publicKey)).toEqual({
      valid: true,
      keyId: alice.keyId,
      version: 2,
      signedAt: SIGNED_AT,
      problems: [],
      warnings: [],
    });
    expect(unzipSync(signed)['datapackage.json.sig']).toBeDefined();
    expect(Buffer.from(signed.subarray(0, 100))).toEqual(Buffer.from(unsigned.subarray(0, 100)));
    expect(signPackage(unsigned, alice.privateKey, { signedAt: SIGNED_AT })).toEqual(signed);
    // One of several trusted keys is enough: the one the signature names is used.
    expect(verifyPackage(signed, [bob.publicKey, alice.publicKey]).valid).toBe(true);
  });

  it('signs again with another key, replacing the signature', () => {
    const again = signPackage(signed, bob.privateKey, { signedAt: SIGNED_AT });
    expect(verifyPackage(again, bob.publicKey).valid).toBe(true);
    expect(codes(again, alice.publicKey)).toEqual(['signature_wrong_key']);
  });

  it('reports a missing signature', () => {
    expect(codes(unsigned)).toEqual(['signature_missing']);
    expect(codes(repack((files) => delete files['datapackage.json.sig']))).toEqual([
      'signature_missing',
    ]);
  });

  it('reports a wrong key, and a signature that does not match the key it names', () => {
    const report = verifyPackage(signed, bob.publicKey);
    expect(report.valid).toBe(false);
    expect(report.problems[0]).toMatchObject({
      code: 'signature_wrong_key',
      path: 'datapackage.json.sig',
    });
    expect(report.problems[0]?.message.en).toContain(bob.keyId);
    const forged = repack((files) => {
      const sig = JSON.parse(new TextDecoder().decode(files['datapackage.json.sig']));
      files['datapackage.json.sig'] = strToU8(`${JSON.stringify({ ...sig, keyId: bob.keyId })}\n`);
    });
    expect(codes(forged, bob.publicKey)).toContain('signature_invalid');
  });

  it('reports a tampered resource', () => {
    const path = firstResource();
    const tampered = repack((files) => {
      const bytes = (files[path] as Uint8Array).slice();
      bytes[10] = (bytes[10] as number) ^ 1;
      files[path] = bytes;
    });
    const report = verifyPackage(tampered, alice.publicKey);
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'package_resource_tampered', path }),
    ]);
  });

  it('reports a tampered manifest', () => {
    const tampered = repack((files) => {
      const text = new TextDecoder().decode(files['datapackage.json']);
      files['datapackage.json'] = strToU8(text.replace('Bắc Giang 2024', 'Bắc Giang 2025'));
    });
    expect(codes(tampered)).toEqual(['package_manifest_tampered']);
  });

  it('reports a removed resource and an added file', () => {
    const path = firstResource();
    expect(codes(repack((files) => delete files[path]))).toEqual(['package_resource_missing']);
    const added = repack((files) => {
      files['data/extra.json'] = strToU8('[]\n');
    });
    expect(verifyPackage(added, alice.publicKey).problems).toEqual([
      expect.objectContaining({ code: 'package_extra_file', path: 'data/extra.json' }),
    ]);
  });

  it('reports an archive changed outside its files, and bytes that are not a zip', () => {
    const moved = zipSync(unzipSync(signed), { mtime: new Date(2020, 0, 1) });
    expect(codes(moved)).toEqual(['package_archive_altered']);
    expect(codes(new Uint8Array([1, 2, 3]))).toEqual(['package_unreadable']);
  });

  it('refuses to sign a package whose files do not match its descriptor', () => {
    const broken = zipSync({ ...unzipSync(unsigned), 'data/extra.json': strToU8('[]') });
    expect(() => signPackage(broken, alice.privateKey)).toThrow(/extra\.json/);
    expect(() => signPackage(new Uint8Array(10), alice.privateKey)).toThrow(/cannot be signed/);
  });

  it('gives every problem code vi/en messages in the catalogue', () => {
    for (const code of [
      'package_archive_altered',
      'package_extra_file',
      'package_manifest_missing',
      'package_manifest_tampered',
      'package_resource_missing',
      'package_resource_signature_mismatch',
      'package_resource_tampered',
      'package_unreadable',
      'signature_invalid',
      'signature_malformed',
      'signature_missing',
      'signature_wrong_key',
      'signature_deprecated_format',
      'signature_duplicate_field',
      'signature_unknown_key',
    ]) {
      expect(ISSUE_CODES).toHaveProperty(code);
    }
  });

  it('writes a version 2 signature file: format, context-separated statement, signing time and key id signed', () => {
    const sig = JSON.parse(new TextDecoder().decode(unzipSync(signed)['datapackage.json.sig']));
    expect(Object.keys(sig).sort()).toEqual([
      'algorithm',
      'archive',
      'format',
      'keyId',
      'manifest',
      'signature',
      'signedAt',
      'version',
    ]);
    expect(sig).toMatchObject({
      format: SIGNATURE_FORMAT,
      version: 2,
      algorithm: 'Ed25519',
      keyId: alice.keyId,
      signedAt: SIGNED_AT,
    });
    const { signature, ...statement } = sig;
    const key = createPublicKey(alice.publicKey);
    const value = Buffer.from(signature, 'base64');
    // The signature covers the context string and then the statement, and nothing else.
    expect(
      cryptoVerify(
        null,
        Buffer.from(`${SIGNATURE_CONTEXT}${canonicalJson(statement)}`),
        key,
        value,
      ),
    ).toBe(true);
    expect(cryptoVerify(null, Buffer.from(canonicalJson(statement)), key, value)).toBe(false);
    // Changing the signing time, or the version to 1, breaks it.
    for (const change of [{ signedAt: '2030-01-01T00:00:00Z' }, { version: 1 }]) {
      const forged = repack((files) => {
        files['datapackage.json.sig'] = strToU8(`${canonicalJson({ ...sig, ...change })}\n`);
      });
      expect(verifyPackage(forged, alice.publicKey).valid).toBe(false);
    }
  });

  it('still verifies a version 1 signature (made by vntip 0.1), with a deprecation warning', () => {
    const fixture = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/signature-v1');
    const v1 = new Uint8Array(readFileSync(join(fixture, 'signed-v1.zip')));
    const key = readFileSync(join(fixture, 'signer.pub'), 'utf8');
    const report = verifyPackage(v1, key);
    expect(report).toMatchObject({ valid: true, version: 1, problems: [] });
    expect(report.warnings.map((w) => w.code)).toEqual(['signature_deprecated_format']);
    expect(report.warnings[0]?.message.vi).toContain('định dạng cũ');
    const changed = v1.slice();
    changed[200] = (changed[200] as number) ^ 1;
    expect(verifyPackage(changed, key).valid).toBe(false);
    expect(codes(v1)).toEqual(['signature_wrong_key']);
    // Signing it again gives version 2.
    const resigned = signPackage(v1, alice.privateKey);
    expect(verifyPackage(resigned, alice.publicKey)).toMatchObject({
      valid: true,
      version: 2,
      warnings: [],
    });
  });

  it('signs a package zipped by hand, folder entries and all (zip -r)', () => {
    const files = unzipSync(unsigned);
    const byHand = zipSync({ 'data/': new Uint8Array(0), ...files });
    const signedByHand = signPackage(byHand, alice.privateKey);
    expect(verifyPackage(signedByHand, alice.publicKey).valid).toBe(true);
  });

  it('signs a package folder: every file hashed; a changed, added or removed file is reported', () => {
    const files = unzipSync(unsigned);
    const hashes = (entries: Record<string, Uint8Array>) =>
      Object.fromEntries(
        Object.entries(entries).map(([path, bytes]) => [
          path,
          `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
        ]),
      );
    const manifest = files['datapackage.json'] as Uint8Array;
    const folder = { manifest, files: hashes({ ...files, 'README.md': strToU8('# Gói\n') }) };
    const sig = signPackageFolder(folder, alice.privateKey, { signedAt: SIGNED_AT });
    expect(JSON.parse(new TextDecoder().decode(sig))).toMatchObject({
      version: 2,
      signedAt: SIGNED_AT,
    });
    expect(verifyPackageFolder(sig, folder, alice.publicKey)).toMatchObject({
      valid: true,
      problems: [],
    });
    const path = firstResource();
    const codesOf = (changed: typeof folder) =>
      verifyPackageFolder(sig, changed, alice.publicKey).problems.map((p) => p.code);
    expect(
      codesOf({ manifest, files: { ...folder.files, 'README.md': 'sha256:'.padEnd(71, '0') } }),
    ).toEqual(['package_resource_signature_mismatch']);
    expect(
      codesOf({
        manifest,
        files: { ...folder.files, 'x.mjs': folder.files['README.md'] as string },
      }),
    ).toEqual(['package_extra_file']);
    const { 'README.md': _readme, ...withoutReadme } = folder.files;
    expect(codesOf({ manifest, files: withoutReadme })).toEqual(['package_resource_missing']);
    expect(
      codesOf({ manifest, files: { ...folder.files, [path]: 'sha256:'.padEnd(71, '1') } }),
    ).toEqual(['package_resource_tampered']);
    expect(
      verifyPackageFolder(undefined, folder, alice.publicKey).problems.map((p) => p.code),
    ).toEqual(['signature_missing']);
    expect(verifyPackageFolder(sig, folder, bob.publicKey).problems.map((p) => p.code)).toEqual([
      'signature_wrong_key',
    ]);
    // A folder signature is no zip signature, and the other way round.
    const zipSig = unzipSync(signed)['datapackage.json.sig'];
    expect(verifyPackageFolder(zipSig, folder, alice.publicKey).valid).toBe(false);
  });

  it('refuses to sign a folder holding two file names that are the same text in NFC', () => {
    const files = unzipSync(unsigned);
    const manifest = files['datapackage.json'] as Uint8Array;
    const hashes: Record<string, string> = {};
    for (const [path, bytes] of Object.entries(files))
      hashes[path] = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const nfc = 'tài-liệu/Hòa.txt';
    const readme = `sha256:${createHash('sha256').update('# Gói\n').digest('hex')}`;
    // The control: one of the two names alone signs.
    signPackageFolder({ manifest, files: { ...hashes, [nfc]: readme } }, alice.privateKey);
    const folder = {
      manifest,
      files: { ...hashes, [nfc]: readme, [nfc.normalize('NFD')]: readme },
    };
    expect(() => signPackageFolder(folder, alice.privateKey)).toThrow(
      expect.objectContaining({ code: 'CANONICAL_KEY_COLLISION' }),
    );
  });

  it('detects any single-byte change anywhere in the signed zip', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: signed.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (at, delta) => {
          const changed = signed.slice();
          changed[at] = ((changed[at] as number) + delta) & 0xff;
          expect(verifyPackage(changed, alice.publicKey).valid).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('detects a change in each byte of the signature entry and the directory', () => {
    const from = signed.length - 600;
    for (let at = Math.max(0, from); at < signed.length; at++) {
      const changed = signed.slice();
      changed[at] = (changed[at] as number) ^ 0x01;
      expect(verifyPackage(changed, alice.publicKey).valid, `byte ${at}`).toBe(false);
    }
  }, 60_000);
});

/** The example folder as `verifyPackageFolder` takes it, its signature by alice, and a helper to hash bytes. */
function signedFolder() {
  const files = unzipSync(unsigned);
  const hash = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  const hashes: Record<string, string> = {};
  for (const [path, bytes] of Object.entries(files)) hashes[path] = hash(bytes);
  const manifest = files['datapackage.json'] as Uint8Array;
  const folder = { manifest, files: hashes };
  const sig = signPackageFolder(folder, alice.privateKey, { signedAt: SIGNED_AT });
  return { files, folder, sig, hash };
}

/** The folder with one resource changed and, when `rehash`, its new size and hash written into datapackage.json. */
function alteredFolder(rehash: boolean) {
  const { files, folder, sig, hash } = signedFolder();
  const path = firstResource();
  const changed = strToU8(`${new TextDecoder().decode(files[path])} `);
  let manifest = folder.manifest;
  if (rehash) {
    const descriptor = JSON.parse(new TextDecoder().decode(manifest));
    for (const resource of descriptor.resources) {
      if (resource.path === path)
        Object.assign(resource, { bytes: changed.length, hash: hash(changed) });
    }
    manifest = strToU8(`${JSON.stringify(descriptor, null, 2)}\n`);
  }
  const altered = {
    manifest,
    files: { ...folder.files, 'datapackage.json': hash(manifest), [path]: hash(changed) },
  };
  return { path, sig, altered };
}

describe('verification says what is wrong: tampered, not a wrong key (review of issue 12)', () => {
  it('reports a tampered folder verified with no key as tampered, and the signature as unchecked', () => {
    const { path, sig, altered } = alteredFolder(false);
    const report = verifyPackageFolder(sig, altered, []);
    expect(report.valid).toBe(false);
    expect(report.problems.map((p) => [p.code, p.path])).toEqual([
      ['package_resource_tampered', path],
      ['signature_unknown_key', 'datapackage.json.sig'],
    ]);
    expect(report.problems[1]?.message.en).toContain(alice.keyId);
    expect(report.problems.map((p) => p.message.en).join(' ')).not.toContain('—');
    // The same for a zip: no key given is never a "wrong key".
    const tamperedZip = repack((files) => {
      const bytes = (files[path] as Uint8Array).slice();
      bytes[10] = (bytes[10] as number) ^ 1;
      files[path] = bytes;
    });
    expect(codes(tamperedZip, [] as never)).toEqual([
      'package_resource_tampered',
      'signature_unknown_key',
    ]);
    expect(verifyPackage(signed, []).problems.map((p) => p.code)).toEqual([
      'signature_unknown_key',
    ]);
  });

  it('says a file changed and re-hashed in datapackage.json is not what was signed', () => {
    const { path, sig, altered } = alteredFolder(true);
    const report = verifyPackageFolder(sig, altered, alice.publicKey);
    expect(report.problems.map((p) => [p.code, p.path])).toEqual([
      ['package_manifest_tampered', 'datapackage.json'],
      ['package_resource_signature_mismatch', path],
    ]);
    for (const p of report.problems) {
      expect(p.message.en).toContain('the signature does not cover');
      expect(p.message.vi).toContain('chữ ký không bảo vệ');
      // It matches datapackage.json now: saying it differs from datapackage.json would be wrong.
      expect(p.message.en).not.toContain('differs from datapackage.json');
    }
    // A zip: the manifest re-hashed after a change is reported in the same words.
    const rehashed = repack((files) => {
      const changed = strToU8(`${new TextDecoder().decode(files[path])} `);
      const descriptor = JSON.parse(new TextDecoder().decode(files['datapackage.json']));
      for (const resource of descriptor.resources) {
        if (resource.path === path) {
          resource.bytes = changed.length;
          resource.hash = `sha256:${createHash('sha256').update(changed).digest('hex')}`;
        }
      }
      files[path] = changed;
      files['datapackage.json'] = strToU8(JSON.stringify(descriptor));
    });
    const zipReport = verifyPackage(rehashed, alice.publicKey);
    expect(zipReport.problems.map((p) => p.code)).toEqual(['package_manifest_tampered']);
    expect(zipReport.problems[0]?.message.en).toContain('the signature does not cover');
  });

  it('refuses a signature file naming a field twice (two keyIds), whichever comes last', () => {
    const { folder, sig } = signedFolder();
    const text = new TextDecoder().decode(sig);
    const twice = strToU8(text.replace('"keyId":', `"keyId":"${bob.keyId}","keyId":`));
    expect(JSON.parse(new TextDecoder().decode(twice)).keyId).toBe(alice.keyId);
    const report = verifyPackageFolder(twice, folder, [alice.publicKey, bob.publicKey]);
    expect(report.valid).toBe(false);
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: 'signature_duplicate_field',
        path: 'datapackage.json.sig',
        params: { field: 'keyId' },
      }),
    ]);
    expect(report.problems[0]?.message.en).toContain('keyId');
    expect(report.problems[0]?.message.vi).toContain('keyId');
    // In a zip, and a path named twice in `files` of a folder signature.
    const zipTwice = repack((files) => {
      const zipSig = new TextDecoder().decode(files['datapackage.json.sig']);
      files['datapackage.json.sig'] = strToU8(
        zipSig.replace('"keyId":', `"keyId":"${alice.keyId}","keyId":`),
      );
    });
    expect(codes(zipTwice)).toEqual(['signature_duplicate_field']);
    const path = firstResource();
    const fileTwice = strToU8(
      text.replace(`"${path}":`, `"${path}":"sha256:${'0'.repeat(64)}","${path}":`),
    );
    expect(verifyPackageFolder(fileTwice, folder, alice.publicKey).problems).toEqual([
      expect.objectContaining({
        code: 'signature_duplicate_field',
        params: { field: `files.${path}` },
      }),
    ]);
    expect(ISSUE_CODES).toHaveProperty('signature_duplicate_field');
  });
});

/** A stored zip written entry by entry; `localName` puts another name in the local header than in the directory. */
function storedZip(
  entries: readonly { name: string; localName?: string; content: Uint8Array }[],
): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { local } = storedEntry(entry.localName ?? entry.name, entry.content, offset);
    const { central } = storedEntry(entry.name, entry.content, offset);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = concatBytes(centrals);
  return concatBytes([...locals, directory, endRecord(entries.length, directory.length, offset)]);
}

describe('signing reads zips with the one bounded zip reader', () => {
  const files = () =>
    Object.entries(unzipSync(unsigned)).map(([name, content]) => ({ name, content }));

  it('signs and verifies the package written entry by entry (the control of the attacks below)', () => {
    const byHand = signPackage(storedZip(files()), alice.privateKey);
    expect(verifyPackage(byHand, alice.publicKey).valid).toBe(true);
  });

  it('refuses an entry name that unpacks outside the folder, and names one file on Windows or macOS', () => {
    const resource = firstResource();
    for (const name of ['../x.mjs', '/tmp/x.mjs', '..\\x.mjs']) {
      const unsafe = storedZip([...files(), { name, content: strToU8('x') }]);
      // Control: a plain unzip hands the name on as written.
      expect(Object.keys(unzipSync(unsafe))).toContain(name);
      expect(() => signPackage(unsafe, alice.privateKey)).toThrow(/archive_unsafe_entry_name/);
      expect(codes(unsafe)).toEqual(['archive_unsafe_entry_name']);
    }
    const upper = resource.replace(/[a-z](?=[^/]*$)/, (c) => c.toUpperCase());
    const cased = storedZip([...files(), { name: upper, content: strToU8('[]') }]);
    expect(Object.keys(unzipSync(cased))).toEqual(expect.arrayContaining([resource, upper]));
    expect(() => signPackage(cased, alice.privateKey)).toThrow(/archive_name_collision/);
    expect(codes(cased)).toEqual(['archive_name_collision']);
  });

  it('refuses a second entry of the same name, which a plain unzip takes instead of the first', () => {
    const resource = firstResource();
    const twice = storedZip([
      ...files(),
      { name: resource, content: strToU8('[{"id":"forged"}]') },
    ]);
    expect(new TextDecoder().decode(unzipSync(twice)[resource])).toContain('forged');
    expect(() => signPackage(twice, alice.privateKey)).toThrow(/archive_duplicate_entry/);
    expect(codes(twice)).toEqual(['archive_duplicate_entry']);
  });

  it('refuses a local header naming another file than the directory', () => {
    const resource = firstResource();
    const renamed = storedZip(
      files().map((file) =>
        file.name === resource ? { ...file, localName: resource.replace('data/', 'dat0/') } : file,
      ),
    );
    expect(Object.keys(unzipSync(renamed))).toContain(resource);
    expect(() => signPackage(renamed, alice.privateKey)).toThrow(/archive_name_mismatch/);
    expect(codes(renamed)).toEqual(['archive_name_mismatch']);
  });

  it('refuses entries sharing bytes: a resource hidden inside another entry', () => {
    const resource = firstResource();
    const content = unzipSync(unsigned)[resource] ?? new Uint8Array();
    const hidden = storedEntry(resource, content, 0).local;
    const others = files().filter((file) => file.name !== resource);
    // README.txt holds the resource's whole local entry; the resource's directory record points into it.
    const zip = storedZip([...others, { name: 'README.txt', content: hidden }]);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const directoryOffset = view.getUint32(zip.length - 6, true);
    const readmeAt = zip.length - 22 - (46 + 'README.txt'.length);
    const pointer = view.getUint32(readmeAt + 42, true) + 30 + 'README.txt'.length;
    const record = storedEntry(resource, content, pointer).central;
    const directory = concatBytes([zip.subarray(directoryOffset, zip.length - 22), record]);
    const overlapping = concatBytes([
      zip.subarray(0, directoryOffset),
      directory,
      endRecord(others.length + 2, directory.length, directoryOffset),
    ]);
    // A plain unzip reads both, the resource out of README.txt's bytes.
    expect(unzipSync(overlapping)[resource]).toEqual(content);
    expect(() => signPackage(overlapping, alice.privateKey)).toThrow(/archive_entry_overlap/);
    expect(codes(overlapping)).toEqual(['archive_entry_overlap']);
  });

  it('refuses a zip bomb from its directory, before inflating it', () => {
    const bomb = zipSync(
      { ...unzipSync(unsigned), 'README.txt': new Uint8Array(16 * 1024 * 1024) },
      { level: 9 },
    );
    expect(() => signPackage(bomb, alice.privateKey)).toThrow(/archive_ratio_exceeded/);
    expect(codes(bomb)).toEqual(['archive_ratio_exceeded']);
    // A size declared far beyond the archive limit is refused the same way, whatever the data.
    const declared = storedZip(files());
    const view = new DataView(declared.buffer, declared.byteOffset, declared.byteLength);
    const first = view.getUint32(declared.length - 6, true);
    view.setUint32(first + 24, 0xfffffff0, true);
    expect(codes(declared)).toEqual(['archive_too_large']);
  });

  it('gives the zip reader codes vi/en messages', () => {
    for (const code of [
      'archive_duplicate_entry',
      'archive_entry_overlap',
      'archive_name_collision',
      'archive_name_mismatch',
      'archive_ratio_exceeded',
      'archive_too_large',
      'archive_too_many_files',
      'archive_unsafe_entry_name',
    ]) {
      expect(ISSUE_CODES).toHaveProperty(`${code}.message.vi`);
      expect(ISSUE_CODES).toHaveProperty(`${code}.message.en`);
    }
  });
});

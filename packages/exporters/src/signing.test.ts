import { createMemorySink, exportRecords, ISSUE_CODES } from '@vntip/core';
import { SAMPLE_RECORDS } from '@vntip/core/testing';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageExporter } from './package';
import { PACKAGE_OPTIONS } from './package.fixture';
import { generateSigningKeyPair, signingKeyId, signPackage, verifyPackage } from './signing';

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
  signed = signPackage(unsigned, alice.privateKey);
});

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
      problems: [],
    });
    expect(unzipSync(signed)['datapackage.json.sig']).toBeDefined();
    expect(Buffer.from(signed.subarray(0, 100))).toEqual(Buffer.from(unsigned.subarray(0, 100)));
    expect(signPackage(unsigned, alice.privateKey)).toEqual(signed);
  });

  it('signs again with another key, replacing the signature', () => {
    const again = signPackage(signed, bob.privateKey);
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
      'package_resource_tampered',
      'package_unreadable',
      'signature_invalid',
      'signature_malformed',
      'signature_missing',
      'signature_wrong_key',
    ]) {
      expect(ISSUE_CODES).toHaveProperty(code);
    }
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

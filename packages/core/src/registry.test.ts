import { describe, expect, it } from 'vitest';
import { defineExporter } from './exporter';
import { definePlugin } from './plugin';
import { createRegistry } from './registry';

const exporter = (id: string) =>
  defineExporter({
    meta: {
      id,
      version: '1',
      mediaType: 'text/plain',
      extensions: ['txt'],
      profiles: ['internal'],
      title: { vi: 'x', en: 'x' },
      description: { vi: 'x', en: 'x' },
    },
    create: () => ({ end: () => undefined }),
  });

const acme = definePlugin({
  meta: { name: 'vntip-plugin-acme', version: '1.0.0', namespace: 'acme' },
  exporters: { 'acme/sheet': exporter('acme/sheet') },
});

describe('createRegistry', () => {
  it('resolves extensions by id', () => {
    const registry = createRegistry([acme]);
    expect(registry.exporter('acme/sheet').meta.id).toBe('acme/sheet');
    expect([...registry.exporters.keys()]).toEqual(['acme/sheet']);
  });

  it('names the known ids when one is unknown', () => {
    expect(() => createRegistry([acme]).exporter('csv')).toThrow(
      expect.objectContaining({
        code: 'UNKNOWN_PLUGIN_ID',
        message: expect.stringContaining('Known: acme/sheet'),
      }),
    );
  });

  it('refuses an id defined twice, naming both plugins', () => {
    const copy = definePlugin({ ...acme, meta: { ...acme.meta, name: 'vntip-plugin-copy' } });
    expect(() => createRegistry([acme, copy])).toThrow(
      expect.objectContaining({
        code: 'DUPLICATE_PLUGIN_ID',
        message: expect.stringContaining('Both vntip-plugin-acme and vntip-plugin-copy'),
      }),
    );
  });

  it('refuses a key that is not the id', () => {
    const wrong = definePlugin({ meta: acme.meta, exporters: { sheet: exporter('acme/sheet') } });
    expect(() => createRegistry([wrong])).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

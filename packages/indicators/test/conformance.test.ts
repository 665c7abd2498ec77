import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indicatorConformance } from '@vntip/core/testing';
import { describe, it } from 'vitest';
import { BUILTIN_INDICATORS } from '../src/index';

// Every built-in indicator passes the conformance kit third-party indicators use, on its own basic fixture.
const fixturesDir = join(import.meta.dirname, 'fixtures');

for (const [id, indicator] of Object.entries(BUILTIN_INDICATORS)) {
  const input = JSON.parse(readFileSync(join(fixturesDir, id, 'basic.input.json'), 'utf8'));
  describe(`${id} conformance`, () => {
    for (const c of indicatorConformance({
      indicator,
      options: input.options,
      sample: input.records,
      period: input.period,
    }))
      it(c.name, c.run, c.timeout);
  });
}

import { describe, expect, it } from 'vitest';
import { readmeExample } from '../src/readme-example.ts';

describe('readmeExample', () => {
  it('returns the first ts block of the Example section, past other blocks', () => {
    const readme = [
      '# @vntip/x',
      '```ts',
      'not this one',
      '```',
      '## Example',
      'Install first:',
      '```sh',
      '# a shell comment, not a heading',
      'npm install @vntip/x',
      '```',
      '```ts',
      "import { x } from '@vntip/x';",
      'console.log(x);',
      '```',
      '```ts',
      'nor this one',
      '```',
    ].join('\n');
    expect(readmeExample(readme)).toBe("import { x } from '@vntip/x';\nconsole.log(x);\n");
  });

  it('finds nothing without an Example section, or when the section has no ts block', () => {
    expect(readmeExample('# x\n```ts\ncode\n```\n')).toBeUndefined();
    expect(readmeExample('## Example\nText.\n## Next\n```ts\ncode\n```\n')).toBeUndefined();
  });
});

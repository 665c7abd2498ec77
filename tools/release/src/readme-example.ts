// The example of a package README: the first ```ts block in its "Example" section, which the consumer test runs.

/** The TypeScript source of a README's example, or undefined when no `## Example` section holds a ```ts block. */
export function readmeExample(markdown: string): string | undefined {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => /^#{2,4}\s+Example\b/.test(line));
  if (start < 0) return undefined;
  let fence: { readonly close: string; readonly ts: boolean; readonly lines: string[] } | undefined;
  for (const line of lines.slice(start + 1)) {
    if (fence === undefined) {
      if (/^#{1,4}\s/.test(line)) return undefined;
      const opening = /^(`{3,})\s*(\S*)/.exec(line);
      if (opening) fence = { close: opening[1] ?? '```', ts: opening[2] === 'ts', lines: [] };
    } else if (line.trim() === fence.close) {
      if (fence.ts) return `${fence.lines.join('\n')}\n`;
      fence = undefined;
    } else fence.lines.push(line);
  }
  return undefined;
}

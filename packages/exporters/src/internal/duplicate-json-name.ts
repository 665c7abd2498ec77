// JSON.parse keeps the last of two members of the same name in silence; a signature file naming its key id (or a
// file's hash) twice could be read one way by one tool and another way by the next, so it is refused.

interface Frame {
  /** Member names seen so far; undefined in an array. */
  readonly names: Set<string> | undefined;
  /** Dotted path of the object or array from the root (`files`), empty at the root. */
  readonly path: string;
  /** The name of the member whose value comes next. */
  name: string;
}

const joined = (path: string, name: string) => (path ? `${path}.${name}` : name);

/**
 * The first member name that occurs twice in one object of `text`, which must be JSON that `JSON.parse` accepts, as a
 * dotted path from the root (`keyId`, `files.data/person.json`); undefined when every name is unique.
 * @example
 * duplicateJsonName('{"keyId":"a","keyId":"b"}') // 'keyId'
 */
export function duplicateJsonName(text: string): string | undefined {
  const stack: Frame[] = [];
  let expectName = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (expectName && top?.names) {
        const name = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.names.has(name)) return joined(top.path, name);
        top.names.add(name);
        top.name = name;
        expectName = false;
      }
      i = end + 1;
      continue;
    }
    if (char === '{' || char === '[') {
      const top = stack.at(-1);
      const path = top ? (top.names ? joined(top.path, top.name) : top.path) : '';
      stack.push({ names: char === '{' ? new Set() : undefined, path, name: '' });
      expectName = char === '{';
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      expectName = stack.at(-1)?.names !== undefined;
    }
    i++;
  }
  return undefined;
}

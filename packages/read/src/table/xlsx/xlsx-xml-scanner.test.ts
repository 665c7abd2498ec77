import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attribute,
  decodeEntities,
  decodeExcelEscapes,
  readAttributes,
  type XmlHandler,
  XmlScanner,
} from './xlsx-xml-scanner';

/** Scans pieces and records every token as a string. */
function tokens(pieces: readonly string[], wantsText = true): string[] {
  const out: string[] = [];
  const handler: XmlHandler = {
    wantsText,
    open: (name, attributes, selfClosing) =>
      out.push(`<${name}${selfClosing ? '/' : ''}|${attributes().join(',')}`),
    close: (name) => out.push(`</${name}`),
    text: (text) => {
      const last = out[out.length - 1];
      if (last?.startsWith('#')) out[out.length - 1] = last + text;
      else out.push(`#${text}`);
    },
  };
  const scanner = new XmlScanner(handler);
  for (const piece of pieces) scanner.push(piece);
  scanner.end();
  return out;
}

const DOC =
  '\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment --><x:root xmlns:x="urn:x" a=\'1 > 0\'>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> Hà &amp; Nội &#x1EA1;&#7841; </t></is></c>' +
  '<c r="B1"/><v><![CDATA[<raw> & ]]></v></row></x:root>\n';

describe('XmlScanner', () => {
  it('gives the same tokens however the text is cut into pieces', () => {
    const whole = tokens([DOC]);
    expect(whole).toEqual([
      '<root|xmlns:x,urn:x,a,1 > 0',
      '<row|r,1',
      '<c|r,A1,t,inlineStr',
      '<is|',
      '<t|xml:space,preserve',
      '# Hà & Nội ạạ ',
      '</t',
      '</is',
      '</c',
      '<c/|r,B1',
      '</c',
      '<v|',
      '#<raw> & ',
      '</v',
      '</row',
      '</root',
    ]);
    for (let cut = 1; cut < DOC.length; cut++) {
      expect(tokens([DOC.slice(0, cut), DOC.slice(cut)])).toEqual(whole);
    }
    expect(tokens([...DOC])).toEqual(whole);
  });

  it('skips text when the handler does not want it', () => {
    expect(tokens(['<a>x<b>y</b></a>'], false)).toEqual(['<a|', '<b|', '</b', '</a']);
  });

  it('gives the same tokens or the same error for random documents cut anywhere', () => {
    const piece = fc.constantFrom(
      '<a>',
      '</a>',
      '<b x="1>2">',
      '</b>',
      '<c/>',
      'text',
      '&amp;',
      '&#x41;',
      '<![CDATA[<]]>',
      '<!--c-->',
      '<?pi?>',
      '&',
      '<',
      '>',
      ' ',
    );
    const outcome = (pieces: readonly string[]) => {
      try {
        return tokens(pieces);
      } catch (error) {
        expect(error).toBeInstanceOf(Error);
        return 'error';
      }
    };
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), (parts, at) => {
        const doc = parts.join('');
        const cut = doc.length === 0 ? 0 : at % doc.length;
        expect(outcome([doc.slice(0, cut), doc.slice(cut)])).toEqual(outcome([doc]));
      }),
      { seed: 20261129, numRuns: 500 },
    );
  });

  it('refuses malformed documents', () => {
    for (const bad of [
      '<a><b></a>',
      '<a>',
      '</a>',
      '<a></a><b></b>',
      'text<a></a>',
      '<!DOCTYPE a [<!ENTITY x "y">]><a/>',
      '<a>&bogus;</a>',
      '<a>& </a>',
      '',
    ]) {
      expect(() => tokens([bad]), bad).toThrow();
    }
  });
});

describe('attributes and escapes', () => {
  it('reads attributes with either quote, decoding entities, and finds them by local name', () => {
    const pairs = readAttributes(`sheet name="A &amp; B" sheetId='2' r:id="rId3"`);
    expect(pairs).toEqual(['name', 'A & B', 'sheetId', '2', 'r:id', 'rId3']);
    expect(attribute(pairs, 'id')).toBe('rId3');
    expect(attribute(pairs, 'Id')).toBeUndefined();
    expect(() => readAttributes('c r=A1')).toThrow();
    expect(() => readAttributes('c r="A1')).toThrow();
  });

  it('decodes entities and Excel _xHHHH_ escapes', () => {
    expect(decodeEntities('&lt;&gt;&amp;&quot;&apos;&#65;&#x42;')).toBe(`<>&"'AB`);
    expect(decodeExcelEscapes('a_x000D_b_x005F_x0041_')).toBe('a\rb_x0041_');
  });
});

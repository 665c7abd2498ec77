import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript } from './escape-html';

describe('escapeHtml', () => {
  it('escapes markup and both quotes', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;',
    );
  });

  it('leaves Vietnamese text alone', () => {
    expect(escapeHtml('Phòng, chống mua bán người')).toBe('Phòng, chống mua bán người');
  });
});

describe('jsonForScript', () => {
  it('cannot close its script element and still parses to the same value', () => {
    const value = { note: '</script><script>alert(1)</script>', sep: '\u2028&' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

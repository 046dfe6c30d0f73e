import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { javaTokens, translateUnicodeEscapes } from './java-tokens.ts';

const identifiers = (source: string) => javaTokens(source).flatMap((t) => (t.kind === 'identifier' ? [t.text] : []));

describe('reading Java tokens', () => {
  it('keeps class names in comments, strings, text blocks and characters out of the code', () => {
    const source = [
      '// class Line',
      '/* class Block */',
      'String s = "class Str \\" class Escaped";',
      'String t = """',
      '  class Text \\""" class StillText',
      '  """;',
      "char c = '\"'; char d = '\\'';",
      'class Real {}',
    ].join('\n');
    assert.deepEqual(identifiers(source), ['String', 's', 'String', 't', 'char', 'c', 'char', 'd', 'class', 'Real']);
  });

  it('reads a comment opener inside a string as part of the string', () => {
    assert.deepEqual(identifiers('String g = "src/*.java"; class Main {} /* end */'), ['String', 'g', 'class', 'Main']);
  });

  it('reads Unicode and $ identifiers whole', () => {
    assert.deepEqual(identifiers('class Mainé { } class $Main$1 {} class 名前 {}'), ['class', 'Mainé', 'class', '$Main$1', 'class', '名前']);
  });

  it('drops the characters javac ignores inside identifiers', () => {
    assert.deepEqual(identifiers('class Ma\u200bin {}'), ['class', 'Main']);
  });

  it('does not read the suffix of a number as a name', () => {
    assert.deepEqual(identifiers('long x = 10L; double y = 1e-5d; int h = 0xCAFE;'), ['long', 'x', 'double', 'y', 'int', 'h']);
  });

  it('gives tokens for unterminated comments and strings instead of throwing', () => {
    assert.deepEqual(identifiers('class A { String s = "open\n} /* never closed'), ['class', 'A', 'String', 's']);
  });
});

describe('translating Unicode escapes', () => {
  it('translates escapes with any number of u', () => {
    assert.equal(translateUnicodeEscapes('\\u0063lass \\uuu004Dain'), 'class Main');
  });

  it('leaves an escaped backslash followed by u alone', () => {
    assert.equal(translateUnicodeEscapes('"\\\\u0063"'), '"\\\\u0063"');
    assert.equal(translateUnicodeEscapes('\\\\\\u0063'), '\\\\c');
  });

  it('lets an escaped quote end a string, as javac does', () => {
    assert.deepEqual(identifiers('String s = \\u0022class Fake\\u0022; class Real {}').slice(-2), ['class', 'Real']);
    assert.ok(!identifiers('String s = \\u0022class Fake\\u0022;').includes('Fake'));
  });
});

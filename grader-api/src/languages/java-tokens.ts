export type JavaToken = { kind: 'identifier' | 'symbol'; text: string } | { kind: 'literal' };

// Java's identifier characters (Character.isJavaIdentifierStart/Part) and the ones it ignores
// inside identifiers (isIdentifierIgnorable), which javac drops from the name.
const START = String.raw`\p{L}\p{Nl}\p{Sc}\p{Pc}`;
const IGNORABLE = String.raw`\x00-\x08\x0E-\x1B\x7F-\x9F\p{Cf}`;
const PART = String.raw`${START}\p{Nd}\p{Mn}\p{Mc}${IGNORABLE}`;
const IGNORABLES = new RegExp(`[${IGNORABLE}]`, 'gu');

const TOKEN = new RegExp(
  [
    String.raw`(?<skip>\s+|//[^\n\r]*|/\*[\s\S]*?(?:\*/|$))`,
    String.raw`(?<literal>"""(?:\\[\s\S]|[^\\])*?(?:"""|$)|"(?:\\.|[^"\\\n\r])*"?|'(?:\\.|[^'\\\n\r])*'?|[0-9](?:[eEpP][+-]|[0-9A-Za-z_.])*)`,
    `(?<identifier>[${START}][${PART}]*)`,
    String.raw`(?<symbol>\.\.\.|[\s\S])`,
  ].join('|'),
  'uy',
);

/**
 * The tokens of a Java source as javac reads them: Unicode escapes translated first, comments
 * and whitespace dropped, string, text block, character and number literals opaque, so a class
 * named in any of them is never taken for code. Malformed input gives some tokens, never a throw;
 * javac reports it.
 */
export function javaTokens(source: string): JavaToken[] {
  const code = translateUnicodeEscapes(source);
  const tokens: JavaToken[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < code.length) {
    const groups = TOKEN.exec(code)?.groups;
    if (!groups) break;
    if (groups.literal !== undefined) tokens.push({ kind: 'literal' });
    else if (groups.identifier !== undefined) tokens.push({ kind: 'identifier', text: groups.identifier.replace(IGNORABLES, '') });
    else if (groups.symbol !== undefined) tokens.push({ kind: 'symbol', text: groups.symbol });
  }
  return tokens;
}

/**
 * JLS 3.3: `\uXXXX` (any number of u's) is translated before anything else, so it can spell a
 * quote or a keyword; a backslash starts one only after an even number of backslashes.
 */
export function translateUnicodeEscapes(source: string): string {
  // From the first backslash of a run only: trying every suffix of a long run is quadratic.
  return source.replace(/(?<!\\)(\\+)u+([0-9A-Fa-f]{4})/g, (escape, backslashes: string, hex: string) =>
    backslashes.length % 2 === 1 ? `${backslashes.slice(1)}${String.fromCharCode(Number.parseInt(hex, 16))}` : escape,
  );
}

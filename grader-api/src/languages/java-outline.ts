import { javaTokens } from './java-tokens.ts';

export interface JavaType {
  name: string;
  /** `Outer$Inner` for a member class: the name `java` and the class file use. */
  binaryName: string;
  topLevel: boolean;
  isPublic: boolean;
  /** Declares `public static void main(String[] args)` (or `String...`), which the Java 17 launcher runs. */
  hasMain: boolean;
}

export interface JavaOutline {
  packageName: string | undefined;
  /** Top-level and member types, in the order they are declared; local and anonymous classes are left out. */
  types: JavaType[];
}

type Owner = JavaType & { isInterface: boolean };

/**
 * The package and the class, interface, enum and record declarations of a Java source, and which
 * of them declare a main method the launcher accepts. It follows braces and member boundaries,
 * not the whole grammar: for code javac rejects it gives some outline, and javac reports the error.
 */
export function outlineJava(source: string): JavaOutline {
  const tokens = javaTokens(source);
  // Literals become a quote: opaque, and never equal to a keyword or a name.
  const words = tokens.map((token) => (token.kind === 'literal' ? '"' : token.text));
  const isName = (at: number) => tokens[at]?.kind === 'identifier';
  const types: JavaType[] = [];
  let packageName: string | undefined;
  let i = 0;

  const skipBlock = () => {
    for (let depth = 1; i < words.length && depth > 0; i++) {
      if (words[i] === '{') depth++;
      else if (words[i] === '}') depth--;
    }
  };

  // The members of a file (no owner) or of a type's body, through its closing brace.
  const members = (owner: Owner | undefined) => {
    let modifiers = new Set<string>();
    let declared: Owner | undefined;
    let parens = 0;
    const endMember = () => {
      modifiers = new Set();
      declared = undefined;
      parens = 0;
    };
    while (i < words.length) {
      const word = words[i++] ?? '';
      if (word === '}') {
        if (owner) return;
        endMember();
      } else if (word === '(') parens++;
      else if (word === ')') parens = Math.max(0, parens - 1);
      else if (word === ';' && parens === 0) endMember();
      else if (word === '{' && parens === 0 && declared) {
        const type = declared;
        types.push(type);
        endMember();
        members(type);
      } else if (word === '{') {
        skipBlock();
        if (parens === 0) endMember();
      } else if (parens > 0 || declared || !isName(i - 1)) {
        continue;
      } else if (word === 'package' && !owner) {
        packageName = qualifiedName();
      } else if (startsType(i - 1) && isName(i)) {
        const name = words[i] ?? '';
        declared = { name, binaryName: owner ? `${owner.binaryName}$${name}` : name, topLevel: !owner, isPublic: modifiers.has('public'), hasMain: false, isInterface: word === 'interface' };
      } else if (word === 'main' && words[i] === '(' && words[i - 2] === 'void' && owner) {
        const isPublic = modifiers.has('public') || (owner.isInterface && !modifiers.has('private'));
        if (modifiers.has('static') && isPublic && takesStringArray(parameters(i))) owner.hasMain = true;
      } else {
        modifiers.add(word);
      }
    }
  };

  // `class`, `interface`, `enum` (not `Main.class`), or the contextual `record Name(` / `record Name<`.
  const startsType = (at: number) => {
    const word = words[at];
    if (word === 'class' || word === 'interface' || word === 'enum') return words[at - 1] !== '.';
    return word === 'record' && isName(at + 1) && (words[at + 2] === '(' || words[at + 2] === '<');
  };

  const qualifiedName = () => {
    const parts: string[] = [];
    for (; i < words.length && words[i] !== ';'; i++) if (isName(i)) parts.push(words[i] ?? '');
    return parts.join('.');
  };

  // The words between the parenthesis at `open` and its match.
  const parameters = (open: number): string[] => {
    for (let at = open, depth = 0; at < words.length; at++) {
      if (words[at] === '(') depth++;
      else if (words[at] === ')' && --depth === 0) return words.slice(open + 1, at);
    }
    return [];
  };

  members(undefined);
  return { packageName, types: types.map(({ name, binaryName, topLevel, isPublic, hasMain }) => ({ name, binaryName, topLevel, isPublic, hasMain })) };
}

/** `String[] args`, `String... args`, `String args[]`, `final java.lang.String[] args`, annotated or not. */
function takesStringArray(parameter: string[]): boolean {
  const kept: string[] = [];
  for (let at = 0; at < parameter.length; at++) {
    const word = parameter[at] ?? '';
    if (word === '@') {
      at++;
      while (parameter[at + 1] === '.') at += 2;
      if (parameter[at + 1] === '(') {
        for (let depth = 0; ++at < parameter.length; ) {
          if (parameter[at] === '(') depth++;
          else if (parameter[at] === ')' && --depth === 0) break;
        }
      }
    } else if (word !== 'final') {
      kept.push(word);
    }
  }
  return /^(?:java \. lang \. )?String (?:\[ \] [^\s[\]]+|\.\.\. [^\s[\]]+|[^\s[\]]+ \[ \])$/u.test(kept.join(' '));
}

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
interface Frame {
  owner: Owner | undefined;
  modifiers: Set<string>;
  /** A type declared in this member, whose body the next brace opens. */
  declared: Owner | undefined;
  parens: number;
}

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

  // The words between the parenthesis at `open` and its match; none past a brace or semicolon,
  // which a parameter list cannot hold, so a source of unclosed `main(` is not read to its end each time.
  const parameters = (open: number): string[] => {
    for (let at = open, depth = 0; at < words.length; at++) {
      if (words[at] === '{' || words[at] === '}' || words[at] === ';') return [];
      if (words[at] === '(') depth++;
      else if (words[at] === ')' && --depth === 0) return words.slice(open + 1, at);
    }
    return [];
  };

  // One frame per body being read: the file's, then each type's (a stack, not recursion: types
  // nest as deep as the source likes). A frame holds the member read so far.
  const file: Frame = { owner: undefined, modifiers: new Set(), declared: undefined, parens: 0 };
  const frames: Frame[] = [file];
  const endMember = (frame: Frame) => {
    frame.modifiers = new Set();
    frame.declared = undefined;
    frame.parens = 0;
  };
  while (i < words.length) {
    const frame = frames[frames.length - 1] ?? file;
    const { owner, modifiers, declared } = frame;
    const word = words[i++] ?? '';
    if (word === '}') {
      if (frame === file) endMember(frame);
      else frames.pop();
    } else if (word === '(') frame.parens++;
    else if (word === ')') frame.parens = Math.max(0, frame.parens - 1);
    else if (word === ';' && frame.parens === 0) endMember(frame);
    else if (word === '{' && frame.parens === 0 && declared) {
      types.push(declared);
      endMember(frame);
      frames.push({ owner: declared, modifiers: new Set(), declared: undefined, parens: 0 });
    } else if (word === '{') {
      skipBlock();
      if (frame.parens === 0) endMember(frame);
    } else if (frame.parens > 0 || declared || !isName(i - 1)) {
      continue;
    } else if (word === 'package' && !owner) {
      packageName = qualifiedName();
    } else if (startsType(i - 1) && isName(i)) {
      const name = words[i] ?? '';
      frame.declared = { name, binaryName: owner ? `${owner.binaryName}$${name}` : name, topLevel: !owner, isPublic: modifiers.has('public'), hasMain: false, isInterface: word === 'interface' };
    } else if (word === 'main' && words[i] === '(' && words[i - 2] === 'void' && owner) {
      const isPublic = modifiers.has('public') || (owner.isInterface && !modifiers.has('private'));
      if (modifiers.has('static') && isPublic && takesStringArray(parameters(i))) owner.hasMain = true;
    } else {
      modifiers.add(word);
    }
  }

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

import { BWRAP_PROC, exitWith, type HostileProgram } from './programs.ts';

const java = (program: Omit<HostileProgram, 'language'>): HostileProgram => ({ language: 'java', ...program });

const printing = (className: string, text: string) =>
  `public class ${className} {\n  public static void main(String[] args) {\n    System.out.println("${text}");\n  }\n}\n`;

const VALID_JAVA = 'valid Java, so it should run';

export const JAVA: HostileProgram[] = [
  java({ situation: 'a source of blank lines only', code: '\n\n', expected: { verdict: 'compilation_error', compileOutput: /class/ } }),
  java({ situation: 'a source that is only a byte-order mark', code: '\uFEFF', expected: { verdict: 'compilation_error' } }),
  java({ situation: 'a source with CRLF line endings', code: printing('Main', 'crlf').replaceAll('\n', '\r\n'), expected: { verdict: 'accepted', exitCode: 0, stdout: 'crlf\n' } }),
  java({
    situation: 'a NUL byte inside a string literal',
    code: 'public class Main {\n  public static void main(String[] args) {\n    System.out.println("a\u0000b".length());\n  }\n}\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: '3\n', graded: 'refused' },
  }),
  java({ situation: 'a public class named $Main', judgement: VALID_JAVA, code: printing('$Main', 'dollar'), expected: { verdict: 'accepted', exitCode: 0, stdout: 'dollar\n' } }),
  java({ situation: 'a public class with a Unicode name (Café)', judgement: VALID_JAVA, code: printing('Café', 'unicode'), expected: { verdict: 'accepted', exitCode: 0, stdout: 'unicode\n' } }),
  java({
    situation: 'a class with a 300-character name',
    judgement: 'its class file’s name is longer than a file system allows, so javac cannot write it',
    code: `class C${'l'.repeat(299)} {\n  public static void main(String[] args) {\n    System.out.println("long");\n  }\n}\n`,
    expected: { verdict: 'compilation_error' },
  }),
  java({ situation: 'a class in a package', judgement: VALID_JAVA, code: `package contest.solution;\n\n${printing('Main', 'packaged')}`, expected: { verdict: 'accepted', exitCode: 0, stdout: 'packaged\n' } }),
  java({
    situation: 'a class without a main method',
    judgement: 'a problem with the source, like a C program without main',
    code: 'public class Main {\n  static int helper() { return 1; }\n}\n',
    expected: { verdict: 'compilation_error' },
  }),
  java({
    situation: 'an exception thrown in a thread while main ends well',
    code: 'public class Main {\n  public static void main(String[] args) throws Exception {\n    Thread t = new Thread(() -> { throw new IllegalStateException("boom in a thread"); });\n    t.start();\n    t.join();\n    System.out.println("main done");\n  }\n}\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: 'main done\n', stderr: /boom in a thread/ },
  }),
  java({
    situation: 'closing System.out and System.err, then ending main',
    code: 'public class Main {\n  public static void main(String[] args) {\n    System.out.println("before");\n    System.out.close();\n    System.err.close();\n  }\n}\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: 'before\n' },
  }),
  java({ situation: 'System.exit(-1)', code: exitWith('java', { status: -1 }), expected: { verdict: 'runtime_error', exitCode: 255 } }),
  java({
    situation: 'a compile error echoing a "bwrap: " source line',
    code: `public class Main {\n${BWRAP_PROC}\n}\n`,
    expected: { verdict: 'compilation_error', compileOutput: /^bwrap: Can't mount proc/m },
  }),
  java({ situation: 'exiting with status 125', code: exitWith('java', { status: 125 }), expected: { verdict: 'runtime_error', exitCode: 125 } }),
];

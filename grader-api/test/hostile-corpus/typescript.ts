import { BWRAP_PROC, exitWith, type HostileProgram } from './programs.ts';

const typescript = (program: Omit<HostileProgram, 'language'>): HostileProgram => ({ language: 'typescript', ...program });

export const TYPESCRIPT: HostileProgram[] = [
  typescript({ situation: 'a source that is only a byte-order mark', code: '\uFEFF', expected: { verdict: 'accepted', exitCode: 0, stdout: '' } }),
  typescript({
    situation: 'a source with CRLF line endings',
    code: 'const words: string[] = ["crlf", "ok"];\r\nconsole.log(words.join(" "));\r\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: 'crlf ok\n' },
  }),
  typescript({
    situation: 'a source of types only, with no code to run',
    code: 'type Point = { x: number; y: number };\ninterface Shape { area(): number }\nexport type { Point, Shape };\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: '' },
  }),
  typescript({ situation: 'a syntax error', code: 'const x: number = ;\n', expected: { verdict: 'compilation_error', compileOutput: /Unexpected/ } }),
  typescript({ situation: 'exiting with status 125', code: exitWith('typescript', { status: 125 }), expected: { verdict: 'runtime_error', exitCode: 125 } }),
  typescript({
    situation: 'writing a shell’s "exec: not found" line and exiting with status 127',
    code: exitWith('typescript', { stderr: 'launcher: 1: exec: ./main: not found\n', status: 127 }),
    expected: { verdict: 'runtime_error', exitCode: 127, stderr: /exec: \.\/main: not found/ },
  }),
  typescript({ situation: 'a negative exit status (-1)', code: exitWith('typescript', { status: -1 }), expected: { verdict: 'runtime_error', exitCode: 255 } }),
  typescript({
    situation: 'writing bwrap’s "Can’t mount proc" line to stderr and exiting 0',
    code: exitWith('typescript', { stderr: `${BWRAP_PROC}\n`, status: 0 }),
    expected: { verdict: 'accepted', exitCode: 0, stderr: /^bwrap: Can't mount proc/m },
  }),
];

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clippy } from './clippy.ts';
import { cppcheck } from './cppcheck.ts';
import { acceptFindings, MAX_FINDINGS_PER_TOOL } from './findings.ts';
import { goVet } from './go-vet.ts';
import { javac } from './javac.ts';
import { parseLizardCsv } from './lizard.ts';
import { oxlint } from './oxlint.ts';
import { ruff } from './ruff.ts';

const output = (stdout: string, stderr = '') => ({ stdout, stderr, exitCode: 0 });

describe('reading what a linter printed', () => {
  it('clamps lines to the file, drops findings without one and keeps the first 200', () => {
    const raw = [
      { rule: 'F401', severity: 'warning' as const, line: 99, message: 'past the end' },
      { rule: 'F401', severity: 'warning' as const, line: -3, message: 'before the start' },
      { rule: 'F401', severity: 'warning' as const, line: 'x', message: 'no line' },
      ...Array.from({ length: 300 }, () => ({ rule: 'F401', severity: 'warning' as const, line: 2, message: 'many' })),
    ];
    const findings = acceptFindings('ruff', raw, 3);
    assert.equal(findings.length, MAX_FINDINGS_PER_TOOL);
    assert.deepEqual(findings.slice(0, 2).map((f) => f.line), [3, 1]);
  });

  it('keeps a url only when it is an https address, and a message on one line', () => {
    const [finding] = acceptFindings('oxlint', [{ rule: 'r', severity: 'error', line: 1, message: 'a\n\tb', url: 'javascript:alert(1)' }], 1);
    assert.deepEqual(finding, { tool: 'oxlint', rule: 'r', severity: 'error', line: 1, message: 'a b' });
  });

  it('reads the whole lines of ruff’s JSON lines cut off mid-object, and skips garbage', () => {
    const line = JSON.stringify({ code: 'F841', message: 'unused', location: { row: 2, column: 5 }, url: 'https://docs.astral.sh/ruff/rules/unused-variable' });
    const findings = ruff.parse(output(`${line}\nnot json\n{"code": 3}\n${line.slice(0, 40)}`), 'main.py');
    assert.deepEqual(findings, [{ rule: 'F841', severity: 'warning', line: 2, column: 5, message: 'unused', url: 'https://docs.astral.sh/ruff/rules/unused-variable' }]);
  });

  it('reads oxlint’s diagnostics one a line when the document was cut off', () => {
    const diagnostic = (line: number) => JSON.stringify({ message: 'Unreachable code.', code: 'eslint(no-unreachable)', severity: 'warning', labels: [{ span: { line, column: 3 } }] });
    const cut = `{ "diagnostics": [${diagnostic(5)},\n${diagnostic(6)},\n${diagnostic(7).slice(0, 30)}`;
    assert.deepEqual(oxlint('main.js').parse(output(cut), 'main.js').map((f) => `${f.rule} ${f.line}`), ['eslint/no-unreachable 5', 'eslint/no-unreachable 6']);
  });

  it('drops cppcheck’s style taste and keeps its defects, leaks as warnings', () => {
    const stderr = ['4\t9\tstyle\tvariableScope\tThe scope can be reduced', '6\t5\terror\tmemleak\tMemory leak: p', '7\t1\terror\tnullPointer\tNull pointer dereference', 'garbage'].join('\n');
    assert.deepEqual(cppcheck('c').parse(output('', stderr), 'main.c').map((f) => `${f.rule} ${f.severity}`), ['memleak warning', 'nullPointer error']);
  });

  it('reads go vet’s report whatever shape its JSON takes', () => {
    const stderr = '# command-line-arguments\n{"command-line-arguments": {"printf": [{"posn": "/box/main.go:7:14", "message": "bad verb"}, {"posn": 3}], "odd": {"error": "x"}}}';
    assert.deepEqual(goVet.parse(output('', stderr), 'main.go').map((f) => `${f.rule} ${f.line} ${f.column}`), ['printf 7 14']);
  });

  it('reads only clippy’s diagnostics about the file itself', () => {
    const inFile = JSON.stringify({ level: 'warning', message: 'unused', code: { code: 'unused_variables' }, spans: [{ file_name: 'main.rs', is_primary: true, line_start: 2, column_start: 9 }] });
    const elsewhere = JSON.stringify({ level: 'warning', message: 'std', code: null, spans: [{ file_name: '/opt/rust/lib/x.rs', is_primary: true, line_start: 1, column_start: 1 }] });
    const summary = JSON.stringify({ level: 'warning', message: '1 warning emitted', spans: [] });
    assert.deepEqual(clippy.parse(output('', [inFile, elsewhere, summary, '{'].join('\n')), 'main.rs').map((f) => `${f.rule} ${f.line}`), ['unused_variables 2']);
  });

  it('takes javac’s column from its caret line', () => {
    const stderr = 'Main.java:7: warning: [fallthrough] possible fall-through into case\n            case 1:\n            ^\n1 warning\n';
    assert.deepEqual(javac.parse(output('', stderr), 'Main.java'), [{ rule: 'fallthrough', severity: 'warning', line: '7', column: 13, message: 'possible fall-through into case', url: 'https://docs.oracle.com/en/java/javase/17/docs/specs/man/javac.html#option-Xlint-custom' }]);
  });

  it('reads lizard’s CSV with quoted names holding commas, and skips rows that are not numbers', () => {
    const csv = '11,5,80,2,12,"f@1-12@main.cpp","main.cpp","operator,","operator,( int a , int b)",1,12\nx,y\n3,0,1,1,1,"g","main.cpp","g","g()",2,2\n';
    assert.deepEqual(parseLizardCsv(csv, 20), [{ name: 'operator,', line: 1, length: 11, cyclomatic: 5 }]);
  });
});

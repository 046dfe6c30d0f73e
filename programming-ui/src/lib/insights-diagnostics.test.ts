import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ChangeSet, Text } from '@codemirror/state';
import type { Finding } from '@eduscale/contracts';
import { carryDiagnostics, findingRange, toDiagnostics } from './insights-diagnostics.ts';

const doc = Text.of(['import os', 'def f(x):', '    unused = 1', '    return x', '']);
const finding = (line: number, column?: number, severity: Finding['severity'] = 'warning'): Finding => ({
  tool: 'ruff',
  rule: 'F841',
  severity,
  line,
  ...(column === undefined ? {} : { column }),
  message: 'Local variable is assigned to but never used',
  url: 'https://docs.astral.sh/ruff/rules/unused-variable/',
});
const text = (range: { from: number; to: number }, of = doc) => of.sliceString(range.from, range.to);

describe('a finding placed in the code', () => {
  it('covers the word at its column', () => {
    assert.equal(text(findingRange(doc, finding(3, 5))), 'unused');
    assert.equal(text(findingRange(doc, finding(1, 8))), 'os');
  });

  it('covers the line without its indentation when there is no column', () => {
    assert.equal(text(findingRange(doc, finding(4))), 'return x');
  });

  it('covers one character at a column on punctuation, and stays inside a line given past its end', () => {
    assert.equal(text(findingRange(doc, finding(2, 6))), '(');
    assert.deepEqual(findingRange(doc, finding(1, 99)), { from: 9, to: 9 });
    assert.equal(text(findingRange(doc, finding(42, 1))), '');
  });

  it('becomes a diagnostic of its severity naming the tool and rule', () => {
    const [diagnostic] = toDiagnostics(doc, [finding(3, 5, 'error')]);
    assert.equal(diagnostic?.severity, 'error');
    assert.equal(diagnostic?.message, 'Local variable is assigned to but never used (ruff F841)');
  });
});

describe('diagnostics across an edit', () => {
  const diagnostics = toDiagnostics(doc, [finding(1, 8), finding(3, 5)]);

  it('follow their text when lines are added above them', () => {
    const changes = ChangeSet.of({ from: 0, insert: '# solution\n' }, doc.length);
    const carried = carryDiagnostics(doc, diagnostics, changes);
    const after = changes.apply(doc);
    assert.deepEqual(carried.map((d) => text(d, after)), ['os', 'unused']);
  });

  it('follow their line when a line break is typed at its start or its end', () => {
    const line = doc.line(3);
    const changes = ChangeSet.of([{ from: line.from, insert: '\n' }, { from: line.to, insert: '\n    pass' }], doc.length);
    assert.deepEqual(carryDiagnostics(doc, diagnostics, changes).map((d) => text(d, changes.apply(doc))), ['os', 'unused']);
  });

  it('are dropped for a line that was edited, and kept elsewhere', () => {
    const line = doc.line(3);
    const changes = ChangeSet.of({ from: line.from + 4, to: line.from + 10, insert: 'used' }, doc.length);
    const carried = carryDiagnostics(doc, diagnostics, changes);
    assert.deepEqual(carried.map((d) => text(d, changes.apply(doc))), ['os']);
  });

  it('are all dropped when the whole code is replaced', () => {
    const changes = ChangeSet.of({ from: 0, to: doc.length, insert: 'print(1)\n' }, doc.length);
    assert.deepEqual(carryDiagnostics(doc, diagnostics, changes), []);
  });
});

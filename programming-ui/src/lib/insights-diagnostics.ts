import type { Diagnostic } from '@codemirror/lint';
import type { ChangeSet, Text } from '@codemirror/state';
import type { Finding } from '@eduscale/contracts';

/** A finding placed in a document: its line, and the word at its column (or the line's code without indentation). */
export function findingRange(doc: Text, finding: Pick<Finding, 'line' | 'column'>): { from: number; to: number } {
  const line = doc.line(Math.min(Math.max(finding.line, 1), doc.lines));
  const indent = /^\s*/.exec(line.text)?.[0].length ?? 0;
  if (finding.column === undefined) return line.length === indent ? { from: line.from, to: line.to } : { from: line.from + indent, to: line.to };
  const offset = Math.min(finding.column - 1, line.length);
  const word = /^[\w$]+/.exec(line.text.slice(offset))?.[0].length ?? 0;
  return { from: line.from + offset, to: line.from + offset + Math.max(word, offset < line.length ? 1 : 0) };
}

/** "ruff F401": how a tooltip names where a finding comes from. */
export const findingSource = (finding: Pick<Finding, 'tool' | 'rule'>) => `${finding.tool} ${finding.rule}`;

/**
 * The findings of `doc` as CodeMirror diagnostics. `render` builds the tooltip's content (a DOM
 * node, given only in the browser) so that the rule's documentation can be a link.
 */
export function toDiagnostics(doc: Text, findings: readonly Finding[], render?: (finding: Finding) => NonNullable<Diagnostic['renderMessage']>): Diagnostic[] {
  return findings
    .map((finding) => ({
      ...findingRange(doc, finding),
      severity: finding.severity,
      message: `${finding.message} (${findingSource(finding)})`,
      ...(render ? { renderMessage: render(finding) } : {}),
    }))
    .sort((a, b) => a.from - b.from);
}

/** The line (start to end, in the document before `changes`) that a diagnostic was found on. */
function lineAround(doc: Text, from: number, to: number) {
  return { from: doc.lineAt(from).from, to: doc.lineAt(Math.max(from, to)).to };
}

/**
 * Whether `changes` alter the text of the line [from, to]. A line break typed at either end only
 * moves the line, so that is no edit of it.
 */
function editsLine(changes: ChangeSet, from: number, to: number): boolean {
  let edited = false;
  changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    if (fromA < to && toA > from) edited = true;
    else if (fromA === toA && fromA >= from && fromA <= to && inserted.length > 0) {
      const text = inserted.toString();
      const moves = (fromA === from && text.endsWith('\n')) || (fromA === to && text.startsWith('\n'));
      if (!moves) edited = true;
    }
  });
  return edited;
}

/**
 * Carries diagnostics across an edit: a diagnostic whose line was edited is stale and dropped,
 * the others follow their text. `doc` is the document before `changes`; positions are in it.
 */
export function carryDiagnostics(doc: Text, diagnostics: readonly Diagnostic[], changes: ChangeSet): Diagnostic[] {
  return diagnostics.flatMap((d) => {
    const line = lineAround(doc, d.from, d.to);
    if (editsLine(changes, line.from, line.to)) return [];
    return [{ ...d, from: changes.mapPos(d.from, 1), to: changes.mapPos(d.to, -1) }];
  });
}

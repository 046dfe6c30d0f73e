import { forEachDiagnostic, lintGutter, lintKeymap, setDiagnostics, setDiagnosticsEffect, type Diagnostic } from '@codemirror/lint';
import { ChangeSet, EditorState, type Extension, type Text } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import type { Finding } from '@eduscale/contracts';
import { carryDiagnostics, toDiagnostics } from './insights-diagnostics.ts';
import { safeUrl } from './insights-format.ts';

// Part of the lazy editor chunk: the linters' findings (from Run and from a submission's
// insights) shown as CodeMirror diagnostics in the gutter and under the code.

/** Drops the diagnostics of an edited line (they no longer describe it); CodeMirror maps the others. */
const dropStale = EditorState.transactionExtender.of((tr) => {
  if (!tr.docChanged || tr.effects.some((effect) => effect.is(setDiagnosticsEffect))) return null;
  const current: Diagnostic[] = [];
  forEachDiagnostic(tr.startState, (diagnostic, from, to) => current.push({ ...diagnostic, from, to }));
  if (current.length === 0) return null;
  const kept = carryDiagnostics(tr.startState.doc, current, tr.changes);
  return kept.length === current.length ? null : { effects: setDiagnosticsEffect.of(kept) };
});

export const findingsExtensions: Extension = [lintGutter(), keymap.of(lintKeymap), dropStale];

/** The tooltip's content: the message, then "tool · rule", linked to the rule's documentation. */
function renderFinding(finding: Finding) {
  return () => {
    const message = document.createElement('span');
    message.textContent = finding.message;
    const url = safeUrl(finding.url);
    const source = document.createElement(url ? 'a' : 'span');
    source.className = 'cm-findingSource';
    source.textContent = `${finding.tool} · ${finding.rule}`;
    if (source instanceof HTMLAnchorElement && url) {
      source.href = url;
      source.target = '_blank';
      source.rel = 'noopener noreferrer';
      source.title = `${finding.rule}: the rule's documentation (opens in a new tab)`;
    }
    const root = document.createElement('span');
    root.append(message, source);
    return root;
  };
}

/**
 * Findings about the code as it was when it was sent (to Run, or to grading): the edits made
 * while it was away are followed, so the findings land on their lines when they come back, and
 * those about a line edited since are dropped.
 */
export class PendingFindings {
  #doc: Text;
  #changes: ChangeSet;
  #view: EditorView;
  #done = false;

  constructor(view: EditorView) {
    this.#view = view;
    this.#doc = view.state.doc;
    this.#changes = ChangeSet.empty(this.#doc.length);
  }

  get done() {
    return this.#done;
  }

  follow(changes: ChangeSet): void {
    this.#changes = this.#changes.compose(changes);
  }

  /** Replaces the editor's diagnostics with these findings, once. */
  show(findings: readonly Finding[]): void {
    if (this.#done) return;
    this.#done = true;
    const diagnostics = carryDiagnostics(this.#doc, toDiagnostics(this.#doc, findings, renderFinding), this.#changes);
    this.#view.dispatch(setDiagnostics(this.#view.state, diagnostics));
  }

  /** No findings will come, or the document was swapped (another language) and they belong to none shown. */
  cancel(): void {
    this.#done = true;
  }
}

/** The state with no diagnostics, as a language's document is put away. */
export const withoutDiagnostics = (state: EditorState) => state.update(setDiagnostics(state, [])).state;

/** Puts the cursor at a line (and column) in view, and focuses the editor. */
export function goTo(view: EditorView, line: number, column = 1): void {
  const target = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
  const pos = Math.min(target.from + Math.max(column, 1) - 1, target.to);
  view.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
  view.focus();
}

import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput, indentUnit } from '@codemirror/language';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import type { Finding, Language } from '@eduscale/contracts';
import { findingsExtensions, goTo, PendingFindings, withoutDiagnostics } from '../insights-lint.ts';
import { INDENT, LANGUAGE_SUPPORT } from './languages.ts';
import { editorTheme } from './theme.ts';

export interface EditorOptions {
  parent: HTMLElement;
  doc: string;
  language: Language;
  /** Accessible name of the editing surface in each language. */
  label: (language: Language) => string;
  /** Edits, with the language of the document they were made in. */
  onChange: (doc: string, language: Language) => void;
}

/** Findings about the code as it was when `track()` was called; `show` puts them in the gutter. */
export interface FindingsTarget {
  show(findings: readonly Finding[]): void;
  /** No findings will come (the run failed, another submission replaced this one). */
  cancel(): void;
}

export interface EditorHandle {
  /** Shows `doc` in `language`, each language keeping its own undo history. */
  open(language: Language, doc: string): Promise<void>;
  replace(doc: string): void;
  /** Follows the edits from now on, for findings about the code as it is now (Run, Submit). */
  track(): FindingsTarget;
  goTo(line: number, column?: number): void;
  focus(): void;
  destroy(): void;
}

/** The CodeMirror 6 editor; this module and its grammars are loaded only when a page needs them. */
export async function createEditor(options: EditorOptions): Promise<EditorHandle> {
  const states = new Map<Language, EditorState>();
  let shown = options.language;
  let wanted = shown;
  const pending = new Set<PendingFindings>();

  async function stateFor(language: Language, doc: string): Promise<EditorState> {
    return EditorState.create({
      doc,
      extensions: [
        findingsExtensions,
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        indentUnit.of(INDENT[language]),
        EditorState.tabSize.of(4),
        // Tab indents; Escape then Tab leaves the editor (CodeMirror's documented escape hatch).
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, indentWithTab]),
        await LANGUAGE_SUPPORT[language](),
        editorTheme,
        // An explicit tabindex: axe counts the scroller's content as focusable only with one.
        EditorView.contentAttributes.of({ 'aria-label': options.label(language), tabindex: '0', spellcheck: 'false', autocapitalize: 'off', autocorrect: 'off' }),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          options.onChange(update.state.doc.toString(), language);
          for (const findings of pending) findings.follow(update.changes);
        }),
      ],
    });
  }

  const view = new EditorView({ parent: options.parent, state: await stateFor(shown, options.doc) });

  return {
    async open(language, doc) {
      wanted = language;
      if (language === shown) return;
      const kept = states.get(language);
      const next = kept && kept.doc.toString() === doc ? kept : await stateFor(language, doc);
      // A quicker pick may have overtaken this one while its grammar loaded.
      if (wanted !== language) return;
      for (const findings of pending) findings.cancel();
      pending.clear();
      states.set(shown, withoutDiagnostics(view.state));
      shown = language;
      view.setState(next);
    },
    replace(doc) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc } });
    },
    track() {
      for (const findings of pending) if (findings.done) pending.delete(findings);
      const findings = new PendingFindings(view);
      pending.add(findings);
      return findings;
    },
    goTo: (line, column) => goTo(view, line, column),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}

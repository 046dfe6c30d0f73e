import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

// Colours are the page's CSS custom properties, so the editor follows the light/dark toggle
// without being reconfigured.
const chrome = EditorView.theme({
  '&': { height: '100%', backgroundColor: 'var(--color-editor)', color: 'var(--color-ink)', fontSize: '13.5px' },
  // Like the page's other fields: a focus ring, drawn over the sticky gutter and inside the card
  // (whose overflow would clip an outline).
  '&.cm-focused': { outline: 'none' },
  '&.cm-focused::after': {
    content: '""',
    position: 'absolute',
    inset: '0',
    border: '2px solid var(--color-focus)',
    pointerEvents: 'none',
    zIndex: '10',
  },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.65', overscrollBehavior: 'contain' },
  '.cm-content': { padding: '14px 0', caretColor: 'var(--color-accent)' },
  '.cm-line': { padding: '0 16px 0 6px' },
  '.cm-gutters': { backgroundColor: 'var(--color-editor)', color: 'var(--color-ink-subtle)', border: 'none', paddingLeft: '8px' },
  '.cm-activeLine': { backgroundColor: 'var(--color-editor-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'transparent', color: 'var(--color-ink)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--color-accent)', borderLeftWidth: '2px' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': {
    backgroundColor: 'var(--color-editor-selection) !important',
  },
  '.cm-matchingBracket, &.cm-focused .cm-matchingBracket': {
    backgroundColor: 'var(--color-accent-soft)',
    outline: '1px solid oklch(from var(--color-accent) l c h / 0.4)',
  },
  '.cm-selectionMatch': { backgroundColor: 'var(--color-accent-soft)' },
  '.cm-panels': { backgroundColor: 'var(--color-surface-muted)', color: 'var(--color-ink)' },
  '.cm-panels.cm-panels-bottom': { borderTop: '1px solid var(--color-line)' },
  '.cm-textfield': { border: '1px solid var(--color-field)', borderRadius: '6px', backgroundColor: 'var(--color-canvas)' },
  '.cm-button': { backgroundImage: 'none', backgroundColor: 'var(--color-surface)', border: '1px solid var(--color-line-strong)', borderRadius: '6px' },
  '.cm-tooltip': { backgroundColor: 'var(--color-surface)', border: '1px solid var(--color-line)', borderRadius: '8px' },
});

const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword, t.modifier], color: 'var(--syntax-keyword)' },
  { tag: [t.string, t.special(t.string), t.character, t.regexp], color: 'var(--syntax-string)' },
  { tag: [t.number, t.bool, t.null, t.atom], color: 'var(--syntax-number)' },
  { tag: [t.comment, t.lineComment, t.blockComment, t.docComment], color: 'var(--syntax-comment)', fontStyle: 'italic' },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.function(t.definition(t.variableName))], color: 'var(--syntax-function)' },
  { tag: [t.typeName, t.className, t.namespace, t.standard(t.typeName)], color: 'var(--syntax-type)' },
  { tag: [t.meta, t.processingInstruction, t.macroName, t.annotation], color: 'var(--syntax-meta)' },
  { tag: [t.operator, t.punctuation, t.bracket], color: 'var(--color-ink-muted)' },
  { tag: t.invalid, color: 'var(--color-danger)' },
]);

export const editorTheme = [chrome, syntaxHighlighting(highlight)];

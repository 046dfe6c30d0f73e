import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

const SEVERITY_COLOURS = { error: 'var(--color-danger)', warning: 'var(--color-medium)', info: 'var(--color-link)' };
const severities = (style: (colour: string) => Record<string, string>, selector: (severity: string) => string) =>
  Object.fromEntries(Object.entries(SEVERITY_COLOURS).map(([severity, colour]) => [selector(severity), style(colour)]));

// Linters' findings (@codemirror/lint) in the theme's colours, each severity with its own shape
// in the gutter (circle, triangle, square) so that colour is not the only cue.
const lintTheme = {
  '.cm-gutter-lint': { width: '1.1em' },
  '.cm-gutter-lint .cm-gutterElement': { display: 'flex', alignItems: 'center', justifyContent: 'center', padding: '0' },
  '.cm-lint-marker': { content: 'normal', width: '0.62em', height: '0.62em', cursor: 'help' },
  '.cm-lint-marker-error': { backgroundColor: SEVERITY_COLOURS.error, borderRadius: '50%' },
  '.cm-lint-marker-warning': { backgroundColor: SEVERITY_COLOURS.warning, clipPath: 'polygon(50% 0, 100% 100%, 0 100%)', width: '0.72em' },
  '.cm-lint-marker-info': { backgroundColor: SEVERITY_COLOURS.info, borderRadius: '2px', width: '0.55em', height: '0.55em' },
  ...severities(
    (colour) => ({ backgroundImage: 'none', textDecoration: `underline wavy ${colour}`, textDecorationSkipInk: 'none', textUnderlineOffset: '3px' }),
    (severity) => `.cm-lintRange-${severity}`,
  ),
  ...severities((colour) => ({ borderLeft: `3px solid ${colour}` }), (severity) => `.cm-diagnostic-${severity}`),
  '.cm-lintRange-active': { backgroundColor: 'var(--color-accent-soft)' },
  '.cm-tooltip.cm-tooltip-lint': { maxWidth: 'min(28rem, 90vw)', overflow: 'hidden', boxShadow: 'var(--shadow-lift)' },
  '.cm-diagnostic': { padding: '6px 10px', fontFamily: 'var(--font-sans)', fontSize: '13px', lineHeight: '1.45', color: 'var(--color-ink)' },
  '.cm-diagnostic + .cm-diagnostic': { borderTop: '1px solid var(--color-line)' },
  '.cm-findingSource': { display: 'block', marginTop: '2px', fontFamily: 'var(--font-mono)', fontSize: '12px', color: 'var(--color-ink-muted)' },
  'a.cm-findingSource': { color: 'var(--color-link)', textDecoration: 'underline', textUnderlineOffset: '2px', width: 'fit-content' },
  '.cm-panel.cm-panel-lint ul [aria-selected]': { backgroundColor: 'var(--color-accent-soft)', color: 'var(--color-ink)' },
  '.cm-panel.cm-panel-lint ul:focus [aria-selected]': { backgroundColor: 'var(--color-accent)', color: 'var(--color-accent-ink)' },
};

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
  ...lintTheme,
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

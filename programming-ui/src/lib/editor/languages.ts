import type { Language } from '@eduscale/contracts';
import type { Extension } from '@codemirror/state';

// One chunk per grammar, fetched when a learner picks that language, not before.
export const LANGUAGE_SUPPORT: Record<Language, () => Promise<Extension>> = {
  python: () => import('@codemirror/lang-python').then((m) => m.python()),
  javascript: () => import('@codemirror/lang-javascript').then((m) => m.javascript()),
  typescript: () => import('@codemirror/lang-javascript').then((m) => m.javascript({ typescript: true })),
  c: () => import('@codemirror/lang-cpp').then((m) => m.cpp()),
  cpp: () => import('@codemirror/lang-cpp').then((m) => m.cpp()),
  java: () => import('@codemirror/lang-java').then((m) => m.java()),
  go: () => import('@codemirror/lang-go').then((m) => m.go()),
  rust: () => import('@codemirror/lang-rust').then((m) => m.rust()),
};

/** gofmt indents with tabs; the other starters use four spaces. */
export const INDENT: Record<Language, string> = {
  python: '    ',
  javascript: '    ',
  typescript: '    ',
  c: '    ',
  cpp: '    ',
  java: '    ',
  go: '\t',
  rust: '    ',
};

export type WorkspaceAction = 'run' | 'submit';

/** Ctrl/Cmd+Enter runs, Ctrl/Cmd+Shift+Enter submits. */
export function shortcutAction(event: KeyboardEvent): WorkspaceAction | null {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey) return null;
  return event.shiftKey ? 'submit' : 'run';
}

/** "⌘" on Apple keyboards, "Ctrl" elsewhere; decided in the browser, "Ctrl" on the server. */
export function modifierLabel(): string {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
}

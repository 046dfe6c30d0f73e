/** The look of buttons and button-like links, shared by ButtonLink.astro and battles/Button.svelte. */
export const BUTTON_VARIANTS = {
  primary: 'bg-accent text-accent-ink shadow-sm hover:bg-accent-hover',
  secondary: 'border border-line-strong bg-surface text-ink shadow-card hover:bg-surface-muted',
  ghost: 'text-ink-muted hover:bg-surface-muted hover:text-ink',
  danger: 'border border-danger/30 bg-surface text-danger hover:bg-danger-soft',
} as const;

export const BUTTON_SIZES = { sm: 'h-8 px-3 text-sm', md: 'h-10 px-4 text-sm', lg: 'h-12 px-6 text-base' } as const;

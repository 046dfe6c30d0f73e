import type { Language } from '@eduscale/contracts';

// One draft per assignment and language, so switching languages never loses work.
const key = (slug: string, language: Language) => `eduscale:draft:${slug}:${language}`;

export function loadDraft(slug: string, language: Language): string | null {
  try {
    return localStorage.getItem(key(slug, language));
  } catch {
    return null;
  }
}

/** Stores the draft; code identical to the starter is forgotten, so a new starter shows through. */
export function saveDraft(input: { slug: string; language: Language; code: string; starter: string }): void {
  try {
    if (input.code === input.starter) localStorage.removeItem(key(input.slug, input.language));
    else localStorage.setItem(key(input.slug, input.language), input.code);
  } catch {
    // No storage (private mode, quota): the draft lives as long as the page.
  }
}

const LANGUAGE_KEY = 'eduscale:language';

/** The learner's last language, shared by every assignment. */
export function preferredLanguage(available: readonly Language[]): Language | undefined {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    return available.find((language) => language === stored);
  } catch {
    return undefined;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Remembering is a nicety.
  }
}

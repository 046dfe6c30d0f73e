import type { QuestionKind } from '@eduscale/contracts';

export const KIND_LABELS: Record<QuestionKind, string> = { choice: 'Multiple choice', output: 'Program output', coding: 'Coding' };
/** The order an attempt's sections usually come in, for listing a template's kinds. */
export const KIND_ORDER = Object.keys(KIND_LABELS) as QuestionKind[];

// Names that sentence case would spell wrong.
const TOPIC_NAMES: Record<string, string> = { javascript: 'JavaScript', http: 'HTTP', 'c-and-cpp': 'C and C++' };

/** A topic slug as a label: "web-performance" → "Web performance"; "dp" and other short ones in capitals. */
export function topicLabel(slug: string): string {
  const known = TOPIC_NAMES[slug];
  if (known) return known;
  if (slug.length <= 3) return slug.toUpperCase();
  const words = slug.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

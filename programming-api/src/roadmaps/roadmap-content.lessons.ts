/** The sections every lesson has, in this order; see the Roadmaps section of content/README.md. */
export const LESSON_SECTIONS = ['What it is', 'Why it matters', 'Key ideas', 'Worked example', 'References'] as const;
export const REFERENCES_MIN = 2;
export const REFERENCES_MAX = 4;

interface Section {
  heading: string;
  lines: string[];
}

/**
 * The `## ` sections of a lesson, with `#` headings found outside code: a `# comment` in a
 * fenced Python or shell block is code, not a heading.
 */
export function lessonSections(markdown: string): { titles: string[]; sections: Section[] } {
  const titles: string[] = [];
  const sections: Section[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(```|~~~)/.exec(line)?.[1];
    if (marker && (fence === null || fence === marker)) fence = fence === null ? marker : null;
    const inCode = fence !== null || marker !== undefined;
    if (!inCode && /^# /.test(line)) titles.push(line.slice(2).trim());
    else if (!inCode && /^## /.test(line)) sections.push({ heading: line.slice(3).trim(), lines: [] });
    else sections.at(-1)?.lines.push(line);
  }
  return { titles, sections };
}

export function lessonProblems(markdown: string): string[] {
  const { titles, sections } = lessonSections(markdown);
  const problems: string[] = [];
  if (titles.length > 0) problems.push(`has a "# ${titles[0]}" heading; the page shows the node title, start with "## What it is"`);
  if (markdown.trim() !== '' && !markdown.trimStart().startsWith('## ') && titles.length === 0) problems.push('has text before its first section');
  const headings = sections.map((section) => section.heading);
  if (headings.join('\n') !== LESSON_SECTIONS.join('\n')) {
    problems.push(`has the sections [${headings.join(', ')}]; expected exactly [${LESSON_SECTIONS.join(', ')}], in that order`);
  }
  for (const section of sections) {
    if (section.lines.every((line) => line.trim() === '')) problems.push(`section "${section.heading}" is empty`);
  }
  const references = sections.find((section) => section.heading === 'References');
  if (references) problems.push(...referenceProblems(references.lines));
  return problems;
}

const LINK_ITEM = /^[-*] .*\[[^\]]+\]\(https?:\/\/[^\s)]+\)/;

function referenceProblems(lines: readonly string[]): string[] {
  const items = lines.filter((line) => line.trim() !== '');
  const problems = items.filter((line) => !LINK_ITEM.test(line)).map((line) => `References: "${line.trim()}" is not a bullet with a markdown link to an http(s) address`);
  if (items.length < REFERENCES_MIN || items.length > REFERENCES_MAX) {
    problems.push(`References has ${items.length} items; it needs ${REFERENCES_MIN}-${REFERENCES_MAX} links`);
  }
  return problems;
}

/** Words of prose and code alike, as a reader meets them; link targets are not words. */
export function wordCount(markdown: string): number {
  return markdown.replace(/\]\([^)]*\)/g, ']').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

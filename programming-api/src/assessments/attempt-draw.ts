import type { Section } from './assessment-content.schema.ts';
import type { FrozenQuestion } from './frozen-question.ts';

/** A question a section may draw, already shaped as the attempt will freeze it (id and points are the draw's). */
export type Candidate = Omit<FrozenQuestion, 'id' | 'points'>;

export interface DrawnSection {
  section: Section;
  /** Every candidate of the section's pool, in any order: the draw sorts them by source first. */
  pool: readonly Candidate[];
}

/** A candidate's tier: lower is drawn first (a retake prefers what the learner has not seen, on topics they were weak on). */
export type Preference = (candidate: Candidate) => number;

/**
 * Draws an attempt's questions: sections in order, each `count` candidates its pool has that no
 * earlier section took, chosen by a generator seeded with `seed` among the most preferred first.
 * The same seed, pools and preference give the same questions in the same order, so an attempt can
 * always be explained from its seed.
 */
export function drawQuestions(sections: readonly DrawnSection[], seed: number, preference: Preference = () => 0): FrozenQuestion[] {
  const random = mulberry32(seed);
  const taken = new Set<string>();
  const drawn: FrozenQuestion[] = [];
  for (const { section, pool } of sections) {
    const free = [...pool].filter((candidate) => !taken.has(candidate.source)).sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
    if (free.length < section.count) throw new Error(`section "${section.title}" needs ${section.count} questions and its pool has ${free.length} left`);
    // Shuffled within each tier of preference, the preferred tiers first.
    const tiers = Map.groupBy(free, preference);
    const ordered = [...tiers.keys()].sort((a, b) => a - b).flatMap((tier) => shuffle(tiers.get(tier) ?? [], random));
    for (const candidate of ordered.slice(0, section.count)) {
      taken.add(candidate.source);
      drawn.push({ ...candidate, id: `q${drawn.length + 1}`, points: section.points });
    }
  }
  return drawn;
}

/** Fisher–Yates with the given generator; returns a new array. */
function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** A small, well-mixed 32-bit generator: reproducible draws need a seedable one, which Math.random is not. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

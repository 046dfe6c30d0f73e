import { z } from 'zod';
import { Difficulty, NodeId, OptionId, QuestionKind, Slug, type Language } from '@eduscale/contracts';
import { duplicates } from '../roadmaps/roadmap-content.schema.ts';

/** The files authors write under content/assessments/; see the Assessments section of content/README.md. */
const Markdown = (max: number) => z.string().trim().min(10).max(max);

const ChoiceOption = z.strictObject({
  id: OptionId,
  text: z.string().trim().min(1).max(300),
  correct: z.boolean(),
  /** Why this option is right or wrong: the report shows it beside the option. */
  explanation: z.string().trim().min(10).max(600),
});

const QuestionBase = {
  id: Slug,
  difficulty: Difficulty,
  title: z.string().trim().min(3).max(80),
  prompt: Markdown(2000),
};

export const ChoiceQuestion = z
  .strictObject({ ...QuestionBase, kind: z.literal('choice'), options: z.array(ChoiceOption).min(2).max(6) })
  .superRefine((question, ctx) => {
    const ids = question.options.map((option) => option.id);
    const expected = ids.map((_, i) => String.fromCharCode(97 + i));
    if (ids.join() !== expected.join()) ctx.addIssue({ code: 'custom', path: ['options'], message: `option ids must be ${expected.join(', ')} in order` });
    if (!question.options.some((option) => option.correct)) ctx.addIssue({ code: 'custom', path: ['options'], message: 'at least one option must be correct' });
    if (question.options.every((option) => option.correct)) ctx.addIssue({ code: 'custom', path: ['options'], message: 'at least one option must be wrong' });
  });
export type ChoiceQuestion = z.infer<typeof ChoiceQuestion>;

/** The languages an output question's program may be in: the content test runs each one and compares. */
export const OUTPUT_LANGUAGES = ['python', 'javascript', 'c', 'cpp', 'java'] as const satisfies readonly Language[];

export const OutputQuestion = z.strictObject({
  ...QuestionBase,
  kind: z.literal('output'),
  language: z.enum(OUTPUT_LANGUAGES),
  /** The program the learner reads; it must print `answer` exactly when run. */
  code: z.string().min(10).max(2000),
  answer: z.string().min(1).max(500),
  explanation: z.string().trim().min(10).max(1000),
});
export type OutputQuestion = z.infer<typeof OutputQuestion>;

export const ConceptQuestion = z.discriminatedUnion('kind', [ChoiceQuestion, OutputQuestion]);
export type ConceptQuestion = z.infer<typeof ConceptQuestion>;

export const StudyNode = z.strictObject({ roadmap: Slug, node: NodeId });
export type StudyNode = z.infer<typeof StudyNode>;

/** `topics/<topic>.json`: a topic's name, where to study it, and its concept questions (coding ones come from the catalogue's tags). */
export const TopicFile = z.strictObject({
  title: z.string().trim().min(3).max(60),
  study: z.array(StudyNode).min(1).max(4),
  questions: z.array(ConceptQuestion),
});
export type TopicFile = z.infer<typeof TopicFile>;

export const Section = z.strictObject({
  title: z.string().trim().min(3).max(60),
  kind: QuestionKind,
  /** The pool: concept questions of these topics, or catalogue assignments tagged with one of them. */
  topics: z.array(Slug).min(1),
  difficulties: z.array(Difficulty).min(1).default(['easy', 'medium', 'hard']),
  count: z.number().int().min(1).max(10),
  points: z.number().int().min(1).max(100),
});
export type Section = z.infer<typeof Section>;

/** `templates/<slug>.json`: one mock assessment. */
export const TemplateFile = z
  .strictObject({
    title: z.string().trim().min(3).max(80),
    summary: z.string().trim().min(20).max(300),
    order: z.number().int().min(1),
    durationMinutes: z.number().int().min(5).max(180),
    passingPercent: z.number().int().min(1).max(100),
    retakeCooldownMinutes: z.number().int().min(0).max(43_200),
    sections: z.array(Section).min(1).max(8),
  })
  .superRefine((template, ctx) => {
    const total = template.sections.reduce((sum, section) => sum + section.count, 0);
    if (total > 30) ctx.addIssue({ code: 'custom', path: ['sections'], message: `draw ${total} questions; an attempt holds at most 30` });
    template.sections.forEach((section, i) => {
      duplicates(section.topics).forEach((topic) => ctx.addIssue({ code: 'custom', path: ['sections', i, 'topics'], message: `lists "${topic}" twice` }));
    });
  });
export type TemplateFile = z.infer<typeof TemplateFile>;

export interface TopicContent extends TopicFile {
  slug: string;
}

export interface TemplateContent extends TemplateFile {
  slug: string;
}

/** Everything under content/assessments/, read and cross-checked. */
export interface AssessmentContent {
  topics: TopicContent[];
  templates: TemplateContent[];
}

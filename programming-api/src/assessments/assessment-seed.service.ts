import { createHash } from 'node:crypto';
import type { Sql } from '@eduscale/server-kit/deps';
import type { AssessmentContent } from './assessment-content.schema.ts';
import { lockAssessments, retireQuestionsExcept, retireTemplatesExcept, upsertQuestion, upsertTemplate, upsertTopic } from './assessment-seed.repo.ts';

export interface AssessmentSeedReport {
  topics: number;
  questions: number;
  templates: number;
  retiredQuestions: number;
  retiredTemplates: number;
}

/**
 * Loads the templates and the question bank in one transaction, after the catalogue their coding
 * sections draw from. Idempotent. Attempts keep the questions they froze, so a retired or edited
 * question changes no attempt already made.
 */
export async function seedAssessments(sql: Sql, content: AssessmentContent): Promise<AssessmentSeedReport> {
  return sql.begin(async (tx) => {
    await lockAssessments(tx);
    const ids: string[] = [];
    for (const topic of content.topics) {
      await upsertTopic(tx, topic);
      for (const question of topic.questions) {
        await upsertQuestion(tx, topic.slug, question);
        ids.push(question.id);
      }
    }
    for (const template of content.templates) {
      await upsertTemplate(tx, {
        slug: template.slug,
        title: template.title,
        summary: template.summary,
        position: template.order,
        durationSeconds: template.durationMinutes * 60,
        passingPercent: template.passingPercent,
        cooldownSeconds: template.retakeCooldownMinutes * 60,
        sections: template.sections,
        contentHash: createHash('sha256').update(JSON.stringify(template)).digest('hex'),
      });
    }
    return {
      topics: content.topics.length,
      questions: ids.length,
      templates: content.templates.length,
      retiredQuestions: await retireQuestionsExcept(tx, ids),
      retiredTemplates: await retireTemplatesExcept(tx, content.templates.map((t) => t.slug)),
    };
  });
}

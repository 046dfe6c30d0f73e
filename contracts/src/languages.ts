import { z } from 'zod';

export const LANGUAGES = ['python', 'javascript', 'typescript', 'c', 'cpp', 'java', 'go', 'rust'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

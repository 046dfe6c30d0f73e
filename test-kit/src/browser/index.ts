export { runPlaywright } from './playwright.ts';

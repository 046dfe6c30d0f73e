import { defineMiddleware } from 'astro:middleware';
import { createApi } from './lib/api.ts';

// One API client per request, so the layout and the page share its memoized `me()`.
export const onRequest = defineMiddleware((context, next) => {
  context.locals.api = createApi(context.request);
  return next();
});

export { articleSchema, type ArticleData } from './article.ts';
export { calendarDateSchema } from './calendar-date.ts';

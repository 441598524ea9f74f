/** The quote ledger as JSON: every speech quote by briefing, newest first (see src/site/exports.ts). */
import type { APIContext } from 'astro';
import { quoteLedger } from '../site/actor-index.ts';
import { quotesExport } from '../site/exports.ts';
import { sitePath } from '../site/urls.ts';

export async function GET({ site }: APIContext) {
  return Response.json(quotesExport(await quoteLedger(), new URL(sitePath(), site)));
}

/** The quote ledger as JSON: every speech quote by briefing, newest first (see src/lib/exports.ts). */
import type { APIContext } from 'astro';
import { quoteLedger } from '../lib/actor-index.ts';
import { quotesExport } from '../lib/exports.ts';
import { sitePath } from '../lib/urls.ts';

export async function GET({ site }: APIContext) {
  return Response.json(quotesExport(await quoteLedger(), new URL(sitePath(), site)));
}

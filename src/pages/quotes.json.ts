/** The quote ledger as JSON: every speech quote, newest briefing first (see src/lib/exports.ts). */
import type { APIContext } from 'astro';
import { quoteLedger } from '../lib/actor-index.ts';
import { quoteExport } from '../lib/exports.ts';
import { sitePath } from '../lib/urls.ts';

export async function GET({ site }: APIContext) {
  const origin = new URL(sitePath(), site);
  return Response.json({ quotes: (await quoteLedger()).map((row) => quoteExport(row, origin)) });
}

/**
 * Where the content lives, relative to the project root. `content/` by
 * default; `BRIEFINGS_CONTENT_DIR` points a build at another tree (the test
 * fixtures, the benchmark's generated corpora) without copying the site.
 */
export function contentDirectories(env: NodeJS.ProcessEnv = process.env) {
  const base = (env['BRIEFINGS_CONTENT_DIR'] ?? 'content').replace(/\/+$/, '');
  return { articles: `${base}/articles`, actors: `${base}/actors`, notActors: `${base}/not-actors.yaml` };
}

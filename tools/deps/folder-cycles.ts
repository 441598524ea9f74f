/**
 * Cycles between folders at any depth, found on dependency-cruiser's JSON.
 *
 * Within each folder, its entries (subfolders and files) must import one
 * another in one direction. An import from `a/b/x.ts` to `a/c/d/y.ts` is an
 * edge from `b` to `c` inside `a/`: the first entries where the two paths
 * part. A strongly connected group of two or more entries of one folder,
 * at least one of them a folder, is a folder cycle (a group of files alone
 * is a module cycle, which dependency-cruiser reports itself).
 *
 * dependency-cruiser's own folder rules (`scope: 'folder'`) aggregate each
 * folder's imports but aim them at the innermost folder of the imported
 * file, so `a/ → b/c/x.ts` with `b/y.ts → a/` is not a cycle to it.
 */

/** The part of a cruised module this check reads. */
export interface CruisedModule {
  source: string;
  dependencies: readonly {
    module: string;
    resolved: string;
    dependencyTypes: readonly string[];
  }[];
}

/** One import behind an edge of a cycle. */
export interface FolderImport {
  from: string;
  specifier: string;
  to: string;
}

export interface FolderCycle {
  /** The folder whose entries form the cycle, '' for the root. */
  folder: string;
  /** The entries in the cycle, folders ending in `/`. */
  entries: string[];
  /** Every import between two entries of the cycle. */
  imports: FolderImport[];
}

interface Edge extends FolderImport {
  fromEntry: string;
  toEntry: string;
}

/** The folder both paths share and the entries of it where they part, or null for a file importing itself. */
function parting(from: string, to: string): { folder: string; fromEntry: string; toEntry: string } | null {
  const a = from.split('/');
  const b = to.split('/');
  let depth = 0;
  while (depth < a.length - 1 && depth < b.length - 1 && a[depth] === b[depth]) depth++;
  const entry = (segments: string[]) => (segments[depth] ?? '') + (depth < segments.length - 1 ? '/' : '');
  const fromEntry = entry(a);
  const toEntry = entry(b);
  if (fromEntry === toEntry) return null;
  return { folder: a.slice(0, depth).join('/'), fromEntry, toEntry };
}

/** Strongly connected components (Tarjan), each in the order its entries were first seen. */
function components(nodes: readonly string[], next: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      found.push(component.reverse());
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return found;
}

/** Every folder cycle among the local imports of `modules`. */
export function folderCycles(modules: readonly CruisedModule[]): FolderCycle[] {
  const byFolder = new Map<string, Edge[]>();
  for (const module of modules) {
    for (const dependency of module.dependencies) {
      if (!dependency.dependencyTypes.includes('local')) continue;
      const part = parting(module.source, dependency.resolved);
      if (part === null) continue;
      const edges = byFolder.get(part.folder) ?? [];
      edges.push({ ...part, from: module.source, specifier: dependency.module, to: dependency.resolved });
      byFolder.set(part.folder, edges);
    }
  }
  const cycles: FolderCycle[] = [];
  for (const [folder, edges] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
    const next = new Map<string, string[]>();
    for (const { fromEntry, toEntry } of edges) next.set(fromEntry, [...(next.get(fromEntry) ?? []), toEntry]);
    const nodes = [...new Set(edges.flatMap(({ fromEntry, toEntry }) => [fromEntry, toEntry]))].sort();
    for (const component of components(nodes, next)) {
      if (component.length < 2 || !component.some((entry) => entry.endsWith('/'))) continue;
      const members = new Set(component);
      cycles.push({
        folder,
        entries: [...component].sort(),
        imports: edges
          .filter(({ fromEntry, toEntry }) => members.has(fromEntry) && members.has(toEntry))
          .map(({ from, specifier, to }) => ({ from, specifier, to })),
      });
    }
  }
  return cycles;
}

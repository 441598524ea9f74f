/**
 * The relations graph laid out in Node at build time with `d3-force`, so
 * pages can draw it as plain SVG. Deterministic: nodes start in a fixed
 * order (by id), the simulation's random source is a seeded generator, and
 * it runs a fixed number of ticks to convergence; coordinates are rounded,
 * so the same relations build to the same bytes.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { RelationType } from '../core/relations/index.ts';
import type { ActorId, ActorKind } from '../core/schema/index.ts';
import { createRandom } from './seeded-random.ts';

export interface GraphActor {
  id: ActorId;
  name: string;
  kind: ActorKind;
  /** Mentions over all briefings: the node's area grows with them. */
  mentions: number;
}

export interface GraphEdgeInput {
  source: ActorId;
  target: ActorId;
  type: RelationType;
}

export interface GraphNode extends GraphActor {
  x: number;
  y: number;
  radius: number;
}

export interface GraphEdge extends GraphEdgeInput {
  /** How many sentences state this edge: the line's weight. */
  count: number;
  /** An SVG path from the source's rim to the target's rim, curved when two edges share a pair of actors. */
  path: string;
}

export interface GraphLayout {
  viewBox: string;
  width: number;
  height: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The simulation cools from alpha 1 to its default minimum in about this many ticks. */
const TICKS = 300;
const PADDING = 70;
/** Room for a label under each node. */
const LABEL_ROOM = 24;

const round = (value: number) => Math.round(value * 10) / 10;

export function radiusFor(mentions: number): number {
  return round(8 + 3 * Math.sqrt(mentions));
}

export function layoutGraph(actors: readonly GraphActor[], relations: readonly GraphEdgeInput[]): GraphLayout {
  const counts = new Map<string, GraphEdgeInput & { count: number }>();
  for (const relation of relations) {
    const key = `${relation.source} ${relation.target} ${relation.type}`;
    const edge = counts.get(key) ?? { source: relation.source, target: relation.target, type: relation.type, count: 0 };
    edge.count++;
    counts.set(key, edge);
  }
  const edges = [...counts.values()].sort(
    (a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target) || a.type.localeCompare(b.type),
  );
  const nodes = [...actors]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((actor) => ({ ...actor, radius: radiusFor(actor.mentions), x: 0, y: 0 }));
  // d3 places nodes without positions on a phyllotaxis spiral in array order: a fixed start.
  const simulated = nodes.map((node) => ({ id: node.id, radius: node.radius })) as {
    id: ActorId;
    radius: number;
    x?: number;
    y?: number;
  }[];
  const links = edges.map((edge) => ({ source: edge.source as string, target: edge.target as string }));
  const simulation = forceSimulation(simulated)
    .randomSource(createRandom(9).next)
    .force(
      'link',
      forceLink<(typeof simulated)[number], { source: string; target: string }>(links)
        .id((node) => node.id)
        .distance(150),
    )
    .force('charge', forceManyBody().strength(-500))
    .force(
      'collide',
      forceCollide<(typeof simulated)[number]>((node) => node.radius + LABEL_ROOM),
    )
    .force('x', forceX().strength(0.05))
    .force('y', forceY().strength(0.08))
    .stop();
  simulation.tick(TICKS);

  simulated.forEach((point, index) => {
    const node = nodes[index];
    if (node) Object.assign(node, { x: round(point.x ?? 0), y: round(point.y ?? 0) });
  });
  const minX = Math.min(...nodes.map((node) => node.x - node.radius)) - PADDING;
  const maxX = Math.max(...nodes.map((node) => node.x + node.radius)) + PADDING;
  const minY = Math.min(...nodes.map((node) => node.y - node.radius)) - PADDING / 2;
  const maxY = Math.max(...nodes.map((node) => node.y + node.radius)) + PADDING / 2 + LABEL_ROOM;
  const width = round(maxX - minX);
  const height = round(maxY - minY);
  const at = new Map(nodes.map((node) => [node.id, node]));

  const pairs = Map.groupBy(edges, (edge) => [edge.source, edge.target].sort().join(' '));
  return {
    viewBox: `${round(minX)} ${round(minY)} ${width} ${height}`,
    width,
    height,
    nodes,
    edges: edges.map((edge) => {
      const pair = pairs.get([edge.source, edge.target].sort().join(' ')) ?? [edge];
      const position = pair.indexOf(edge);
      // Edges between the same two actors bow apart: 0, +1, -1, +2 … times the bend.
      const bend = pair.length === 1 ? 0 : (position % 2 === 0 ? 1 : -1) * Math.ceil((position + 1) / 2) * 28;
      return {
        ...edge,
        path: edgePath(at.get(edge.source), at.get(edge.target), edge.source < edge.target ? bend : -bend),
      };
    }),
  };
}

/** A quadratic curve from rim to rim, its control point `bend` units off the straight line. */
function edgePath(from: GraphNode | undefined, to: GraphNode | undefined, bend: number): string {
  if (!from || !to) return '';
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const normal = { x: -dy / length, y: dx / length };
  const control = { x: (from.x + to.x) / 2 + normal.x * bend, y: (from.y + to.y) / 2 + normal.y * bend };
  const rim = (node: GraphNode, toward: { x: number; y: number }, gap: number) => {
    const ux = toward.x - node.x;
    const uy = toward.y - node.y;
    const distance = Math.hypot(ux, uy) || 1;
    return {
      x: round(node.x + (ux / distance) * (node.radius + gap)),
      y: round(node.y + (uy / distance) * (node.radius + gap)),
    };
  };
  const start = rim(from, control, 2);
  // The arrowhead ends at the target's rim.
  const end = rim(to, control, 4);
  return `M${start.x},${start.y} Q${round(control.x)},${round(control.y)} ${end.x},${end.y}`;
}

/**
 * The relations graph laid out in Node at build time with `d3-force`, so
 * pages can draw it as plain SVG.
 *
 * Stable as the archive grows: each actor has a home, a point taken from a
 * hash of its id alone, where it starts and which holds it (a spring to its
 * home, no charge between all nodes); links pull related actors together and
 * collisions keep shapes and labels apart. So a new briefing moves the actors
 * its relations touch and their close neighbours, not the whole picture, and
 * the same relations build to the same bytes (the jiggle d3 adds to
 * coincident nodes is seeded, the ticks are fixed, coordinates are rounded).
 *
 * An actor page draws its neighbourhood the same way around a centre: the
 * actor held at the middle, each other actor's home on a ring at an angle
 * taken from a hash of its id, so a new relation adds a node without
 * turning the others.
 */
import { forceCollide, forceLink, forceSimulation, forceX, forceY } from 'd3-force';
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
  /** Where the name goes (its baseline's middle): beside the shape where fewest links cross it. */
  label: { x: number; y: number };
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
/** About how wide a label's letter is (13 px in the UI face), to keep labels apart. */
const LABEL_LETTER = 7;
/** Homes lie in a disc of this radius, the same however many actors there are. */
const HOME_RADIUS = 420;
/** How strongly each actor is held to its home: enough to stay put, weak enough for links to gather. */
const HOME_STRENGTH = 0.25;
/** In a neighbourhood, the other actors' homes lie on a circle this far from the centre, about a link's length. */
const RING_RADIUS = 170;

const round = (value: number) => Math.round(value * 10) / 10;

export function radiusFor(mentions: number): number {
  return round(8 + 3 * Math.sqrt(mentions));
}

/** FNV-1a over the id's UTF-16 code units: a 32-bit number that depends on the id alone. */
function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** An actor's home: a point spread evenly over the disc (square root of the radius), from its id alone. */
export function homeOf(id: string): { x: number; y: number } {
  const random = createRandom(idHash(id));
  const angle = random.next() * 2 * Math.PI;
  const distance = HOME_RADIUS * Math.sqrt(random.next());
  return { x: round(Math.cos(angle) * distance), y: round(Math.sin(angle) * distance) };
}

/** An actor's home around a centre: on the ring, at an angle from its id alone. */
export function ringHomeOf(id: string): { x: number; y: number } {
  const angle = createRandom(idHash(id)).next() * 2 * Math.PI;
  return { x: round(Math.cos(angle) * RING_RADIUS), y: round(Math.sin(angle) * RING_RADIUS) };
}

export interface LayoutOptions {
  /** Lay the graph out as this actor's neighbourhood: it at the middle, the others around it. */
  centre?: ActorId;
}

export function layoutGraph(
  actors: readonly GraphActor[],
  relations: readonly GraphEdgeInput[],
  { centre }: LayoutOptions = {},
): GraphLayout {
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
    .map((actor) => ({ ...actor, radius: radiusFor(actor.mentions), x: 0, y: 0, label: { x: 0, y: 0 } }));
  const simulated = nodes.map((node) => {
    const isCentre = node.id === centre;
    const home = isCentre ? { x: 0, y: 0 } : centre ? ringHomeOf(node.id) : homeOf(node.id);
    // A label wider than its shape needs room to the sides as well as below.
    const room = Math.max(node.radius + LABEL_ROOM, (node.name.length * LABEL_LETTER) / 2);
    // The centre is pinned (d3's fx, fy): the others arrange themselves around it.
    return { id: node.id, room, home, x: home.x, y: home.y, ...(isCentre ? { fx: 0, fy: 0 } : {}) };
  });
  const links = edges.map((edge) => ({ source: edge.source as string, target: edge.target as string }));
  type Point = (typeof simulated)[number];
  const simulation = forceSimulation(simulated)
    .randomSource(createRandom(9).next)
    .force(
      'link',
      forceLink<Point, { source: string; target: string }>(links)
        .id((node) => node.id)
        .distance(150),
    )
    .force(
      'collide',
      forceCollide<Point>((node) => node.room),
    )
    .force('x', forceX<Point>((node) => node.home.x).strength(HOME_STRENGTH))
    .force('y', forceY<Point>((node) => node.home.y).strength(HOME_STRENGTH))
    .stop();
  simulation.tick(TICKS);

  simulated.forEach((point, index) => {
    const node = nodes[index];
    if (node) Object.assign(node, { x: round(point.x ?? 0), y: round(point.y ?? 0) });
  });
  const at = new Map(nodes.map((node) => [node.id, node]));
  placeLabels(nodes, edges);
  const boxes = nodes.map((node) => labelBox(node.name, node.label.x, node.label.y));
  const minX = Math.min(...nodes.map((node) => node.x - node.radius), ...boxes.map((box) => box.left)) - PADDING / 2;
  const maxX = Math.max(...nodes.map((node) => node.x + node.radius), ...boxes.map((box) => box.right)) + PADDING / 2;
  const minY = Math.min(...nodes.map((node) => node.y - node.radius), ...boxes.map((box) => box.top)) - PADDING / 2;
  const maxY = Math.max(...nodes.map((node) => node.y + node.radius), ...boxes.map((box) => box.bottom)) + PADDING / 2;
  const width = round(maxX - minX);
  const height = round(maxY - minY);

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

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A label's box with its text's baseline at `y`, centred on `x`. */
function labelBox(name: string, x: number, y: number): Box {
  const half = (name.length * LABEL_LETTER) / 2;
  return { left: x - half, top: y - 13, right: x + half, bottom: y + 4 };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** How many of 24 points along the straight line from `from` to `to` fall in `box`. */
function lineThrough(box: Box, from: { x: number; y: number }, to: { x: number; y: number }): number {
  let inside = 0;
  for (let step = 1; step < 24; step++) {
    const [x, y] = [from.x + ((to.x - from.x) * step) / 24, from.y + ((to.y - from.y) * step) / 24];
    if (x > box.left && x < box.right && y > box.top && y < box.bottom) inside++;
  }
  return inside;
}

/**
 * Each name goes under its shape, over it, or to its right or left: where
 * the fewest links run through it and it covers no shape or name placed
 * before it (nodes in id order, so the choice is the same on every build).
 * The SVG draws every label after every link, with a halo, so a link that
 * still meets a label passes under it.
 */
function placeLabels(nodes: readonly GraphNode[], edges: readonly GraphEdgeInput[]): void {
  const at = new Map(nodes.map((node) => [node.id, node]));
  const lines = edges.flatMap((edge) => {
    const [from, to] = [at.get(edge.source), at.get(edge.target)];
    return from && to ? [{ from, to }] : [];
  });
  const shapes = nodes.map((node) => ({
    id: node.id,
    box: {
      left: node.x - node.radius,
      top: node.y - node.radius,
      right: node.x + node.radius,
      bottom: node.y + node.radius,
    },
  }));
  const placed: Box[] = [];
  for (const node of nodes) {
    const half = (node.name.length * LABEL_LETTER) / 2;
    const candidates = [
      { x: node.x, y: node.y + node.radius + 16 },
      { x: node.x, y: node.y - node.radius - 7 },
      { x: node.x + node.radius + 6 + half, y: node.y + 5 },
      { x: node.x - node.radius - 6 - half, y: node.y + 5 },
    ];
    const cost = ({ x, y }: { x: number; y: number }) => {
      const box = labelBox(node.name, x, y);
      const crossings = lines.reduce((sum, { from, to }) => sum + lineThrough(box, from, to), 0);
      const covered = shapes.filter((shape) => shape.id !== node.id && overlaps(box, shape.box)).length;
      const clashes = placed.filter((other) => overlaps(box, other)).length;
      return crossings + 24 * (covered + clashes);
    };
    // The first of the cheapest: under the shape unless another place is better.
    const best = candidates.reduce((chosen, candidate) => (cost(candidate) < cost(chosen) ? candidate : chosen));
    node.label = { x: round(best.x), y: round(best.y) };
    placed.push(labelBox(node.name, best.x, best.y));
  }
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

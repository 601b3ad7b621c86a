import type { Corpus, EntityType } from '../types.js';

export const GRAPH_FORMATS = ['dot', 'json', 'graphml'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

export interface GraphNode {
  id: string;
  name: string;
  type: EntityType;
  /** Number of articles mentioning the entity. */
  articleCount: number;
  mentionCount: number;
}
export interface GraphEdge {
  source: string;
  target: string;
  /** Number of articles both appear in. */
  weight: number;
  /** Ids of those articles. */
  articleIds: string[];
}
export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphOptions {
  /** Entity types to include (all when empty). */
  types: EntityType[];
  /** Keep edges shared by at least this many articles. */
  minWeight: number;
}

/** `icesco graph`: entities as nodes, articles in common as weighted edges. */
export function coOccurrence(corpus: Corpus, options: GraphOptions): Graph {
  const keep = (t: EntityType) => options.types.length === 0 || options.types.includes(t);
  const nodeId = (type: EntityType, name: string) => `${type}:${name}`;
  const nodes = corpus.entities
    .filter((e) => keep(e.type))
    .map((e) => ({ id: nodeId(e.type, e.name), name: e.name, type: e.type, articleCount: e.articleCount, mentionCount: e.mentionCount }))
    .sort((a, b) => b.articleCount - a.articleCount || a.id.localeCompare(b.id));
  const edges = new Map<string, GraphEdge>();
  for (const a of corpus.articles) {
    const members = [
      ...a.people.map((p) => nodeId('person', p.name)),
      ...a.places.map((p) => nodeId('place', p.name)),
      ...a.organizations.map((o) => nodeId('organization', o.name)),
    ].filter((id) => keep(id.slice(0, id.indexOf(':')) as EntityType));
    const unique = [...new Set(members)].sort();
    for (let i = 0; i < unique.length; i++)
      for (let j = i + 1; j < unique.length; j++) {
        const key = `${unique[i]}\u0000${unique[j]}`;
        const e = edges.get(key) ?? { source: unique[i], target: unique[j], weight: 0, articleIds: [] };
        e.weight++;
        e.articleIds.push(a.id);
        edges.set(key, e);
      }
  }
  const kept = [...edges.values()].filter((e) => e.weight >= options.minWeight).sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
  // With a minimum weight the user wants the core network: nodes left without edges go too.
  const linked = new Set(kept.flatMap((e) => [e.source, e.target]));
  return { nodes: options.minWeight > 1 ? nodes.filter((n) => linked.has(n.id)) : nodes, edges: kept };
}

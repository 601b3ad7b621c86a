/** Co-occurrence graphs for Graphviz (DOT), Gephi and friends (GraphML), or JSON; attributes are named as in the JSON. */
import type { Graph, GraphFormat } from '../commands/graph.js';

const dotString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

export function renderGraph(graph: Graph, format: GraphFormat): string {
  if (format === 'json') return `${JSON.stringify(graph, null, 2)}\n`;
  if (format === 'dot') {
    const lines = ['graph icesco {', '  node [shape=box, style=rounded];'];
    for (const n of graph.nodes) lines.push(`  ${dotString(n.id)} [label=${dotString(n.name)}, type=${n.type}, articleCount=${n.articleCount}, mentionCount=${n.mentionCount}];`);
    for (const e of graph.edges) lines.push(`  ${dotString(e.source)} -- ${dotString(e.target)} [weight=${e.weight}, penwidth=${Math.min(1 + Math.log2(e.weight), 8).toFixed(2)}];`);
    lines.push('}');
    return `${lines.join('\n')}\n`;
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="articleCount" for="node" attr.name="articleCount" attr.type="int"/>',
    '  <key id="mentionCount" for="node" attr.name="mentionCount" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
    '  <graph id="icesco" edgedefault="undirected">',
  ];
  for (const n of graph.nodes)
    lines.push(`    <node id="${xml(n.id)}"><data key="name">${xml(n.name)}</data><data key="type">${n.type}</data><data key="articleCount">${n.articleCount}</data><data key="mentionCount">${n.mentionCount}</data></node>`);
  graph.edges.forEach((e, i) => lines.push(`    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="weight">${e.weight}</data></edge>`));
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}

/**
 * What an AIF file should become, read straight from its JSON by plain rules and independently of
 * the converter (src/interop/aif/): its claims, the RA/CA/MA nodes that cannot be kept (an end
 * missing) and the speakers who assert something. Tests compare the converter against this.
 */
type Raw = { nodes: { nodeID: string; type: string; text: string }[]; edges: { fromID: string; toID: string }[] };

export interface AifExpectations {
  claims: string[];
  inferences: number;
  attacks: number;
  rephrases: number;
  /** nodeIDs of RA, CA and MA nodes that must be dropped with a warning naming them. */
  dropped: string[];
  /** Lower-cased `Name` prefixes of the L-nodes that anchor an I-node through a YA. */
  speakers: Set<string>;
}

export function aifExpectations(text: string): AifExpectations {
  const json = JSON.parse(text || '{"nodes":[],"edges":[]}');
  const { nodes, edges } = (json.AIF ?? json) as Raw;
  const type = new Map(nodes.map((n) => [String(n.nodeID), n.type]));
  const neighbours = (id: string, direction: 'in' | 'out') =>
    edges
      .filter((e) => String(direction === 'in' ? e.toID : e.fromID) === id)
      .map((e) => String(direction === 'in' ? e.fromID : e.toID));
  // An end at an L-node that anchors exactly one I-node (L –YA→ I) stands for that I-node.
  const anchored = (id: string) => {
    if (type.get(id) !== 'L') return id;
    const propositions = new Set(
      neighbours(id, 'out')
        .filter((ya) => type.get(ya) === 'YA')
        .flatMap((ya) => neighbours(ya, 'out').filter((i) => type.get(i) === 'I')),
    );
    return propositions.size === 1 ? [...propositions][0]! : id;
  };
  const ends = (id: string, direction: 'in' | 'out', types: string[]) =>
    neighbours(id, direction)
      .map((other) => (['RA', 'CA', 'MA'].includes(type.get(id)!) ? anchored(other) : other))
      .filter((other) => types.includes(type.get(other)!));
  const ofType = (t: string) => nodes.filter((n) => n.type === t).map((n) => String(n.nodeID));
  const dropped = [
    ...ofType('RA').filter((id) => {
      const conclusions = ends(id, 'out', ['I']);
      return !conclusions.length || !ends(id, 'in', ['I']).filter((p) => !conclusions.includes(p)).length;
    }),
    ...ofType('CA').filter((id) => !ends(id, 'in', ['I']).length || !ends(id, 'out', ['I', 'RA', 'CA']).length),
    // A rephrase needs two different claims: an MA from an I-node back to itself says nothing.
    ...ofType('MA').filter((id) => !ends(id, 'in', ['I']).some((a) => ends(id, 'out', ['I']).some((b) => a !== b))),
  ];
  const kept = (t: string) => ofType(t).filter((id) => !dropped.includes(id)).length;
  const speakers = new Set(
    edges
      .filter((e) => type.get(String(e.fromID)) === 'L' && type.get(String(e.toID)) === 'YA')
      .filter((e) => ends(String(e.toID), 'out', ['I']).length)
      .map((e) => /^\s*([^:\n]{1,100}?)\s*:\s*\S/.exec(nodes.find((n) => String(n.nodeID) === String(e.fromID))!.text)?.[1])
      .filter((name): name is string => !!name)
      .map((name) => name.replace(/\s+/g, ' ').toLowerCase()),
  );
  return { claims: ofType('I'), inferences: kept('RA'), attacks: kept('CA'), rephrases: kept('MA'), dropped, speakers };
}

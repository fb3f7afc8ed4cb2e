/**
 * `argmap/map@1` document → AIF JSON (pure), readable by AIFdb/OVA tools and by argmap's own AIF
 * importer, which reads it back into the same map (ids of actors aside): claims → I-nodes,
 * inferences → RA-nodes, attacks → CA-nodes (an UNDERCUT of an attack is a CA→CA edge), rephrases →
 * MA-nodes, preferences → PA-nodes, each keyed by its key; actors → xAIF `participants`; each
 * ASSERTS link → an L-node `Name : text` with a locution by the actor and a YA `Asserting` to the
 * I-node. What AIF cannot say (ABOUT links, actor kinds, tags, quotes, warrants, the source) goes
 * into the `argmap` extension (aif-extension.ts). S-nodes without a scheme get AIFdb's defaults;
 * an RA-node whose scheme the catalogue knows also names it in `scheme` as AIFdb does (one CamelCase
 * word: `PracticalReasoning`, `ExpertOpinion`), while `text` keeps the name as written.
 */
import type { MapDocument } from '../../maps/map-document.ts';
import type { AifExtension } from './aif-extension.ts';
import { schemeCatalogue } from '../../schemes/catalogue.ts';

interface AifOut {
  nodes: { nodeID: string; text: string; type: string; scheme?: string }[];
  edges: { edgeID: string; fromID: string; toID: string }[];
  locutions: { nodeID: string; personID: string }[];
  participants: { participantID: string; firstname: string; surname: string }[];
  argmap: AifExtension;
}

export function mapDocumentToAif(doc: MapDocument): AifOut {
  const out: AifOut = { nodes: [], edges: [], locutions: [], participants: [], argmap: extensionOf(doc) };
  const node = (nodeID: string, type: string, text: string) => out.nodes.push({ nodeID, type, text });
  const edge = (fromID: string, toID: string) => out.edges.push({ edgeID: String(out.edges.length + 1), fromID, toID });

  for (const claim of doc.claims ?? []) node(claim.id, 'I', claim.text);
  for (const inference of doc.inferences ?? []) {
    node(inference.id, 'RA', inference.scheme ?? 'Default Inference');
    const aifdb = aifdbSchemeName(inference.scheme);
    if (aifdb) out.nodes[out.nodes.length - 1]!.scheme = aifdb;
    for (const premise of inference.premises) edge(premise, inference.id);
    edge(inference.id, inference.conclusion);
  }
  for (const attack of doc.attacks ?? []) {
    node(attack.id, 'CA', attack.scheme ?? 'Default Conflict');
    edge(attack.attacker, attack.id);
    edge(attack.id, attack.target);
  }
  for (const rephrase of doc.rephrases ?? []) {
    node(rephrase.id, 'MA', rephrase.scheme ?? 'Default Rephrase');
    edge(rephrase.from, rephrase.id);
    edge(rephrase.id, rephrase.to);
  }
  for (const preference of doc.preferences ?? []) {
    node(preference.id, 'PA', preference.scheme ?? 'Default Preference');
    edge(preference.preferred, preference.id);
    edge(preference.id, preference.over);
  }

  const actors = new Map((doc.actors ?? []).map((actor) => [actor.id, actor]));
  const claimText = new Map((doc.claims ?? []).map((claim) => [claim.id, claim.text]));
  for (const actor of actors.values()) out.participants.push({ participantID: actor.id, firstname: actor.name, surname: '' });
  // Dialogue node ids must not collide with the element keys above.
  const taken = new Set(out.nodes.map((n) => n.nodeID));
  const fresh = (base: string) => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
  (doc.actorLinks ?? [])
    .filter((link) => link.kind === 'ASSERTS')
    .forEach((link, i) => {
      const actor = actors.get(link.actor)!;
      const l = fresh(`L${i + 1}`);
      const ya = fresh(`YA${i + 1}`);
      // A name with a colon would not read back as a `Name :` prefix; the locution names it then.
      node(l, 'L', actor.name.includes(':') ? claimText.get(link.claim)! : `${actor.name} : ${claimText.get(link.claim)}`);
      node(ya, 'YA', 'Asserting');
      edge(l, ya);
      edge(ya, link.claim);
      out.locutions.push({ nodeID: l, personID: actor.id });
    });
  return out;
}

function extensionOf(doc: MapDocument): AifExtension {
  return {
    format: 'argmap/aif-extension@1',
    map: { title: doc.map.title, description: doc.map.description ?? null, source: doc.map.source ?? null },
    actors: (doc.actors ?? []).map((a) => ({
      participantID: a.id,
      kind: a.kind,
      ...(a.aliases?.length ? { aliases: a.aliases } : {}),
      ...(a.entity ? { entity: a.entity } : {}),
    })),
    claims: (doc.claims ?? [])
      .filter((c) => c.tags?.length || c.quote || c.sameAs?.length)
      .map((c) => ({
        nodeID: c.id,
        ...(c.tags?.length ? { tags: c.tags } : {}),
        ...(c.quote ? { quote: c.quote } : {}),
        ...(c.sameAs?.length ? { sameAs: c.sameAs } : {}),
      })),
    inferences: (doc.inferences ?? []).flatMap((i) =>
      i.warrant || i.answers?.length
        ? [{ nodeID: i.id, ...(i.warrant ? { warrant: i.warrant } : {}), ...(i.answers?.length ? { answers: i.answers } : {}) }]
        : [],
    ),
    challenges: (doc.attacks ?? []).flatMap((a) => (a.criticalQuestion ? [{ nodeID: a.id, question: a.criticalQuestion }] : [])),
    about: (doc.actorLinks ?? []).filter((l) => l.kind === 'ABOUT').map((l) => ({ participantID: l.actor, nodeID: l.claim })),
  };
}

/** AIFdb's name of a catalogue scheme: its first alias that is one CamelCase word; undefined when the catalogue does not know it. */
function aifdbSchemeName(name: string | null | undefined): string | undefined {
  const scheme = name ? schemeCatalogue().byName(name) : undefined;
  return scheme?.aliases.find((alias) => /^[A-Z][A-Za-z]+$/.test(alias));
}

/**
 * What argmap keeps that AIF has no form for, carried in an `argmap` key beside `nodes` and
 * `edges` (AIF readers ignore unknown keys): the map's title, description and source; actors'
 * kinds and aliases; claims' tags, quotes and same-claim links to other maps; inferences' warrants and answers to critical questions;
 * which undercuts challenge a critical question; actors' entities; and ABOUT links, which AIF
 * cannot say at all (it knows only who said what). argmap's AIF importer reads it back, so
 * exporting a map to AIF and importing it again gives the same map.
 */
import type { MapDocument } from '../../maps/map-document.ts';

export interface AifExtension {
  format: 'argmap/aif-extension@1';
  map: { title: string; description?: string | null; source?: NonNullable<MapDocument['map']['source']> | null };
  /** Keyed by the participantID the export gave each actor. */
  actors: {
    participantID: string;
    kind: 'PERSON' | 'ORGANISATION' | 'STATE' | 'GROUP';
    aliases?: string[];
    /** The entity the actor is, across maps, as in argmap/map@1's `actors[].entity`. */
    entity?: NonNullable<MapDocument['actors']>[number]['entity'];
  }[];
  /** Keyed by I-node nodeID; `sameAs` as in argmap/map@1 (other maps' claim ids). */
  claims: {
    nodeID: string;
    tags?: string[];
    quote?: { text: string; start: number; end: number } | null;
    sameAs?: { claimId: string; note?: string | null }[];
  }[];
  /** Keyed by RA-node nodeID; an answer's `claim` is an I-node nodeID. */
  inferences: { nodeID: string; warrant?: string; answers?: { question: string; claim: string }[] }[];
  /** Keyed by CA-node nodeID: the critical question the undercut challenges. */
  challenges?: { nodeID: string; question: string }[];
  about: { participantID: string; nodeID: string }[];
}

/** The extension when the file carries one argmap wrote; anything else is ignored. */
export function readAifExtension(value: unknown): AifExtension | null {
  const ext = value as Partial<AifExtension> | null | undefined;
  if (typeof ext !== 'object' || ext === null || ext.format !== 'argmap/aif-extension@1') return null;
  return {
    format: ext.format,
    map: ext.map ?? { title: '' },
    actors: ext.actors ?? [],
    claims: ext.claims ?? [],
    inferences: ext.inferences ?? [],
    challenges: ext.challenges ?? [],
    about: ext.about ?? [],
  };
}

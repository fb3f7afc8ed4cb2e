/** An actor as stored. */
export interface ActorRecord {
  id: string;
  key: string;
  mapId: string;
  name: string;
  kind: 'PERSON' | 'ORGANISATION' | 'STATE' | 'GROUP';
  aliases: string[];
}

/** An attack as stored; attacker and target are relationships, loaded on demand. */
export interface AttackRecord {
  id: string;
  key: string;
  mapId: string;
  kind: 'REBUT' | 'UNDERCUT';
}

/** GET /maps: every map with its size, each a link to its drawing. */
import { gql } from './api.ts';
import { byId, el } from './dom.ts';
import { mapsQuery, type MapsData } from './queries.ts';

export async function showIndex(): Promise<void> {
  const { maps } = await gql<MapsData>(mapsQuery);
  byId('title').textContent = 'Argument maps';
  document.title = 'Argument maps · argmap';
  const list = byId('map-list');
  for (const map of maps) {
    const { claims, inferences, attacks, actors } = map.counts;
    list.append(
      el(
        'li',
        { 'data-map-id': map.id },
        el('a', { href: `/maps/${encodeURIComponent(map.id)}` }, map.title),
        ` (${map.id}): ${claims} claims, ${inferences} inferences, ${attacks} attacks, ${actors} actors`,
      ),
    );
  }
  if (maps.length === 0) list.append(el('li', {}, 'No maps yet: import one with the importMap mutation.'));
  byId('index').hidden = false;
}

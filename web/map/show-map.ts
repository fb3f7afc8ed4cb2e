/**
 * GET /maps/:id: loads the map, says so when there is none, and draws it (map-view.ts).
 * `<html data-state>` tells tests (and screen readers' users, through the panel) when the page is
 * ready; the view is `window.argmap`, for tests and for a curious reader's console.
 */
import { gql } from './api.ts';
import { byId, showMessage } from './dom.ts';
import { MapView } from './map-view.ts';
import { mapQuery, type MapData } from './queries.ts';

export async function showMap(mapId: string): Promise<void> {
  const { map } = await gql<MapData>(mapQuery, { id: mapId });
  if (!map) {
    showMessage(`There is no map with id “${mapId}”.`, { href: '/maps', text: 'See all maps.' });
    document.documentElement.dataset.state = 'not-found';
    return;
  }
  byId('title').textContent = map.title;
  document.title = `${map.title} · argmap`;
  byId('map-view').hidden = false;
  const view = new MapView(map);
  (window as unknown as { argmap: MapView }).argmap = view;
  await view.colourByStatus();
  view.applyUrl();
  document.documentElement.dataset.state = 'ready';
}

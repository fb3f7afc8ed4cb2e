/**
 * The explorer's map panel: beside GraphiQL, it draws the result of the operation last run as a
 * map, in the map page's style, elements and layout (web/map). GraphiQL is the built bundle that
 * @graphql-yoga/render-graphiql inlines, which takes its options as JSON and so no plugin code;
 * its fetcher calls `globalThis.fetch` at each request, so the panel watches the answers there
 * and leaves the requests untouched. Introspection answers are not results and are not drawn.
 *
 * `window.argmapPanel` (the Cytoscape core and what was drawn) is for tests and a curious console.
 */
import cytoscape, { type Core } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { freshLayout } from '../map/fresh-layout.ts';
import { mapElements } from '../map/map-elements.ts';
import { stylesheet } from '../map/style.ts';
import { resultGraph, type ResultGraph } from './result-graph.ts';

cytoscape.use(dagre);

const shownKey = 'argmap:explorer-panel';

interface PanelState {
  cy: Core | undefined;
  drawn: ResultGraph | null;
}

const state: PanelState = { cy: undefined, drawn: null };
(window as unknown as { argmapPanel: PanelState }).argmapPanel = state;

const panel = element('aside', { id: 'argmap-panel', 'aria-label': 'The result as a map' });
const heading = element('div', { class: 'argmap-panel-head' });
const title = element('strong', {});
title.textContent = 'Result as a map';
const status = element('span', { class: 'argmap-panel-status', role: 'status' });
heading.append(title, status);
const graph = element('div', { class: 'argmap-panel-graph' });
panel.append(heading, graph);
const toggle = element('button', { id: 'argmap-panel-toggle', type: 'button' });
document.body.append(panel, toggle);

toggle.addEventListener('click', () => show(!isShown()));
show(localStorage.getItem(shownKey) !== 'hidden');
say('Run an operation: a result holding a Graph (nodes, edges), reasoning chains or dependent claims is drawn here.', 'waiting');

const pageFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = async (input, init) => {
  const response = await pageFetch(input, init);
  if (isGraphqlPost(input, init) && !isIntrospection(init)) void response.clone().json().then(draw, notJson);
  return response;
};

function isShown(): boolean {
  return !panel.hidden;
}

function show(shown: boolean): void {
  panel.hidden = !shown;
  document.body.classList.toggle('argmap-panel-open', shown);
  toggle.textContent = shown ? 'Hide map' : 'Show map';
  toggle.setAttribute('aria-expanded', String(shown));
  localStorage.setItem(shownKey, shown ? 'shown' : 'hidden');
  // Laid out on showing: a hidden container has no size to fit the drawing to.
  if (shown && state.drawn && !state.cy) render(state.drawn);
  // GraphiQL's editors measure their box on window resize only.
  window.dispatchEvent(new Event('resize'));
}

function isGraphqlPost(input: RequestInfo | URL, init: RequestInit | undefined): boolean {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  return url.origin === location.origin && url.pathname === '/graphql' && (init?.method ?? 'GET').toUpperCase() === 'POST';
}

function isIntrospection(init: RequestInit | undefined): boolean {
  return typeof init?.body === 'string' && /"operationName"\s*:\s*"IntrospectionQuery"|__schema\s*\{/.test(init.body);
}

function notJson(): void {
  // A streamed answer (a subscription) or not JSON at all: nothing the panel can read.
  draw(undefined);
}

function draw(result: unknown): void {
  state.cy?.destroy();
  state.cy = undefined;
  state.drawn = resultGraph(result);
  if (!state.drawn) {
    say(
      'Nothing to draw: this result holds no Graph (nodes with ids, edges), no reasoning chains (claims with ids or keys, and steps or inferences) and no dependent claims with their chains.',
      'empty',
    );
    return;
  }
  const claims = state.drawn.nodes.filter((n) => n.kind === 'CLAIM').length;
  const joints = state.drawn.nodes.length - claims;
  say(`${plural(claims, 'claim')}, ${plural(joints, 'other node')}, ${plural(state.drawn.edges.length, 'link')}`, 'drawn');
  if (isShown()) render(state.drawn);
}

function render(drawn: ResultGraph): void {
  const cy = cytoscape({
    container: graph,
    elements: mapElements(drawn),
    style: stylesheet(),
    layout: { name: 'preset' },
    minZoom: 0.05,
    maxZoom: 3,
  });
  const positions = freshLayout(cy, cy.nodes(), drawn.edges);
  cy.nodes().forEach((node) => {
    node.position(positions.get(node.id()) ?? { x: 0, y: 0 });
  });
  cy.fit(undefined, 20);
  state.cy = cy;
}

function say(text: string, phase: 'waiting' | 'empty' | 'drawn'): void {
  status.textContent = text;
  panel.dataset.state = phase;
  graph.hidden = phase !== 'drawn';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/**
 * How the map looks: node sizes (computed from the label, so the layout can keep labels apart),
 * the Cytoscape stylesheet, and the legend that names every colour and line style.
 */
import type { StylesheetJson } from 'cytoscape';

export const roleColours: Record<string, string> = {
  MAIN_CONCLUSION: '#cfe2ff',
  INTERMEDIATE: '#e9ecef',
  BASIC_PREMISE: '#fff3cd',
  UNCONNECTED: '#ffffff',
};

export const statusColours: Record<string, string> = { IN: '#198754', OUT: '#dc3545', UNDEC: '#fd7e14' };

export const edgeStyles = {
  support: { colour: '#495057', line: 'solid', arrow: 'triangle', label: 'support (premise → inference → conclusion)' },
  rebut: { colour: '#dc3545', line: 'solid', arrow: 'tee', label: 'rebuttal (attacks a claim)' },
  undercut: { colour: '#6f42c1', line: 'dashed', arrow: 'tee', label: 'undercut (attacks an inference)' },
  asserts: { colour: '#0d6efd', line: 'dotted', arrow: 'circle', label: 'ASSERTS (actor says the claim)' },
  about: { colour: '#20c997', line: 'dotted', arrow: 'diamond', label: 'ABOUT (claim rests on the actor)' },
  rephrase: { colour: '#1f77b4', line: 'dashed', arrow: 'vee', label: 'rephrase (AIF MA: claim restated)' },
  preference: { colour: '#2ca02c', line: 'dashed', arrow: 'square', label: 'preference (AIF PA: preferred → other)' },
} as const;

// Big type, short labels: the whole seed map must stay readable when fitted to a laptop screen.
const fontSize = 20;
const claimWidth = 190;
export const actorSize = { width: 190, height: 34 };
const charsPerLine = 15;
const lineHeight = 24;
const maxChars = 46;

/** Claim labels are cut to a few lines on the map; the panel shows the whole text. */
export function shortLabel(kind: string, label: string): string {
  if (kind === 'INFERENCE' || kind === 'ATTACK') return '';
  if (kind === 'ACTOR') return label.length > 18 ? `${label.slice(0, 17).trimEnd()}…` : label;
  if (label.length <= maxChars) return label;
  const cut = label.slice(0, maxChars - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > maxChars / 2 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,.;:]+$/, '')}…`;
}

export function nodeSize(kind: string, label: string): { width: number; height: number } {
  if (kind === 'INFERENCE') return { width: 14, height: 14 };
  if (kind === 'ATTACK') return { width: 16, height: 16 };
  if (kind === 'ACTOR') return { ...actorSize };
  const lines = Math.ceil(shortLabel(kind, label).length / charsPerLine) + 1;
  return { width: claimWidth, height: lines * lineHeight + 8 };
}

function edgeRule(selector: string, style: (typeof edgeStyles)[keyof typeof edgeStyles]): StylesheetJson[number] {
  return {
    selector,
    style: {
      'line-color': style.colour,
      'target-arrow-color': style.colour,
      'target-arrow-shape': style.arrow,
      'line-style': style.line,
    },
  };
}

export function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(width)',
        height: 'data(height)',
        label: 'data(short)',
        'font-size': fontSize,
        'text-wrap': 'wrap',
        'text-max-width': `${claimWidth - 14}px`,
        'text-valign': 'center',
        'text-halign': 'center',
        color: '#212529',
      },
    },
    {
      selector: 'node.claim',
      style: { shape: 'round-rectangle', 'background-color': '#fff', 'border-width': 1, 'border-color': '#868e96' },
    },
    ...Object.entries(roleColours).map(([role, colour]) => ({
      selector: `node.claim[role = "${role}"]`,
      style: { 'background-color': colour },
    })),
    ...Object.entries(statusColours).map(([status, colour]) => ({
      selector: `node.claim[status = "${status}"]`,
      style: { 'border-color': colour, 'border-width': 3, ...(status === 'OUT' ? { 'border-style': 'dashed' as const } : {}) },
    })),
    { selector: 'node.inference', style: { shape: 'ellipse', 'background-color': '#495057' } },
    { selector: 'node.attack', style: { shape: 'diamond', 'background-color': '#dc3545' } },
    { selector: 'node.attack.undercut', style: { 'background-color': '#6f42c1' } },
    {
      selector: 'node.actor',
      style: { shape: 'tag', 'background-color': '#e7f1ff', 'border-width': 1, 'border-color': '#0d6efd', 'font-size': 18 },
    },
    { selector: 'edge', style: { width: 1.5, 'curve-style': 'bezier', 'arrow-scale': 0.9 } },
    edgeRule('edge.support', edgeStyles.support),
    edgeRule('edge.rebut', edgeStyles.rebut),
    edgeRule('edge.undercut', edgeStyles.undercut),
    edgeRule('edge.asserts', edgeStyles.asserts),
    edgeRule('edge.about', edgeStyles.about),
    edgeRule('edge.rephrase', edgeStyles.rephrase),
    edgeRule('edge.preference', edgeStyles.preference),
    { selector: 'edge.attacker', style: { 'target-arrow-shape': 'none' } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.2 } },
    { selector: 'node.match', style: { 'underlay-color': '#0dcaf0', 'underlay-opacity': 0.5, 'underlay-padding': 6 } },
    {
      selector: '.chain',
      style: { 'underlay-color': '#6f42c1', 'underlay-opacity': 0.35, 'underlay-padding': 5, width: 3 },
    },
    { selector: 'node.chain', style: { width: 'data(width)' } },
    { selector: '.dependent', style: { 'underlay-color': '#ffc107', 'underlay-opacity': 0.8, 'underlay-padding': 6 } },
    { selector: '.dependent.far', style: { 'underlay-opacity': 0.45 } },
    { selector: 'node.picked', style: { 'border-width': 4, 'border-color': '#212529' } },
  ];
}

/** The legend, as DOM: one row per line style and per colour, each drawn as it is on the map. */
export function legend(): HTMLElement {
  const root = document.createElement('div');
  const title = document.createElement('h2');
  title.textContent = 'Legend';
  root.append(title);
  for (const style of Object.values(edgeStyles)) {
    const dash = style.line === 'dashed' ? '6 3' : style.line === 'dotted' ? '2 3' : '';
    root.append(
      row(
        `<line x1="2" y1="7" x2="34" y2="7" stroke="${style.colour}" stroke-width="2" stroke-dasharray="${dash}"/>`,
        style.label,
      ),
    );
  }
  for (const [role, colour] of Object.entries(roleColours)) {
    root.append(
      row(
        `<rect x="2" y="1" width="32" height="12" rx="3" fill="${colour}" stroke="#868e96"/>`,
        `claim: ${role.toLowerCase().replace('_', ' ')}`,
      ),
    );
  }
  for (const [status, colour] of Object.entries(statusColours)) {
    root.append(
      row(
        `<rect x="2" y="1" width="32" height="12" rx="3" fill="#fff" stroke="${colour}" stroke-width="3"/>`,
        `border: ${status} (evaluation)`,
      ),
    );
  }
  root.append(row('<circle cx="18" cy="7" r="5" fill="#495057"/>', 'inference'));
  root.append(row('<path d="M18 1 L24 7 L18 13 L12 7 Z" fill="#dc3545"/>', 'attack'));
  root.append(row('<rect x="2" y="1" width="32" height="12" fill="#e7f1ff" stroke="#0d6efd"/>', 'actor'));
  return root;
}

function row(svg: string, text: string): HTMLElement {
  const line = document.createElement('div');
  line.className = 'legend-row';
  line.innerHTML = `<svg width="36" height="14" aria-hidden="true">${svg}</svg>`;
  const label = document.createElement('span');
  label.textContent = text;
  line.append(label);
  return line;
}

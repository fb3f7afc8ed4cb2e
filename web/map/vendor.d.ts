// cytoscape-svg ships no types: it is a Cytoscape extension adding cy.svg(options): string.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const extension: Ext;
  export default extension;
}

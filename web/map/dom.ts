/** A small element builder: text always goes in as text, never as HTML (claims are user content). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
}

export function showMessage(text: string, ...links: { href: string; text: string }[]): void {
  const box = byId('message');
  box.replaceChildren(text, ...links.flatMap((link) => [' ', el('a', { href: link.href }, link.text)]));
  box.hidden = false;
}

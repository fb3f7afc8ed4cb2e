/**
 * The side panel's contents: a claim with its quote, actors, the same claim in other maps and its
 * status explanation; an inference's critical questions; an actor's entity and dependents.
 */
import { el } from './dom.ts';
import { focusAddress } from './map-history.ts';
import type { ActorData, ClaimData, Dependent, EntityName, InferenceData } from './queries.ts';

export type Pick = (id: string) => void;

export function claimDetails(data: ClaimData, chains: number, pickClaim: Pick, pickActor: Pick): HTMLElement {
  const claim = data.claim!;
  const root = el('div', { 'data-claim-id': claim.id });
  root.append(el('h2', {}, 'Claim'), el('p', {}, claim.text));
  if (claim.quote) root.append(el('blockquote', {}, `“${claim.quote.text}”`));
  root.append(
    el(
      'p',
      {},
      `Role: ${claim.role.toLowerCase().replace('_', ' ')}`,
      claim.tags.length ? ` · tags: ${claim.tags.join(', ')}` : '',
    ),
  );
  root.append(actorLine('Asserted by', claim.assertedBy, pickActor), actorLine('About', claim.about, pickActor));
  if (claim.sameAs.length) root.append(sameClaims(claim.sameAs));
  root.append(el('p', {}, `${chains} reasoning chain${chains === 1 ? '' : 's'} lead here (highlighted).`));
  const explanation = data.explainStatus;
  root.append(el('h2', {}, 'Status ', el('span', { class: `status status-${explanation.status}` }, explanation.status)));
  const steps = el('ol');
  for (const step of explanation.steps.slice(0, 12)) {
    steps.append(
      el(
        'li',
        {},
        el('span', { class: `status status-${step.status}` }, step.status),
        ` ${reasonText(step.reason)}: `,
        link(step.claim.text, () => pickClaim(step.claim.id)),
      ),
    );
  }
  if (explanation.steps.length > 12) steps.append(el('li', {}, `… ${explanation.steps.length - 12} more steps`));
  root.append(steps);
  return root;
}

type Inference = NonNullable<InferenceData['claim']>['supportedBy'][number];

/** An inference's scheme and its critical questions, the open ones marked (`li.question-OPEN`). */
export function inferenceDetails(inference: Inference, pickClaim: Pick): HTMLElement {
  const root = el('div', { 'data-inference-id': inference.id });
  root.append(el('h2', {}, 'Inference'), el('p', {}, `Scheme: ${inference.scheme?.name ?? inference.schemeName ?? 'none'}`));
  if (inference.criticalQuestions.length === 0) {
    root.append(
      el(
        'p',
        {},
        inference.schemeName
          ? 'The catalogue does not know this scheme: no critical questions.'
          : 'No scheme: no critical questions.',
      ),
    );
    return root;
  }
  const open = inference.criticalQuestions.filter((state) => state.status === 'OPEN').length;
  root.append(el('h2', {}, `Critical questions (${open} open)`));
  const list = el('ol');
  for (const state of inference.criticalQuestions) {
    const item = el(
      'li',
      { class: `question question-${state.status}` },
      el('span', { class: 'question-status' }, state.status.toLowerCase()),
      ` ${state.question.text} (${state.question.kind.toLowerCase()})`,
    );
    if (state.claim) {
      const claim = state.claim;
      item.append(
        state.status === 'ANSWERED' ? ' Answered by: ' : ' Challenged by: ',
        link(claim.text, () => pickClaim(claim.id)),
      );
    }
    list.append(item);
  }
  root.append(list);
  return root;
}

/** `dependents` are the pages read (see pages.ts); the count is the whole total. */
export function actorDetails(data: ActorData, dependents: Dependent[], pickClaim: Pick): HTMLElement {
  const actor = data.actor!;
  const root = el('div', { 'data-actor-id': actor.id });
  const total = actor.dependentClaims.totalCount;
  const shown = dependents.length < total ? ` (the nearest ${dependents.length} shown)` : '';
  root.append(el('h2', {}, actor.name), entityLine(actor.entity));
  root.append(el('p', {}, `${total} claims depend on ${actor.name}, nearest first${shown}:`));
  const list = el('ol');
  for (const dependent of dependents) {
    const how =
      dependent.distance === 0
        ? dependent.link.toLowerCase()
        : `${dependent.distance} step${dependent.distance === 1 ? '' : 's'}`;
    list.append(
      el(
        'li',
        {},
        `(${how}) `,
        link(dependent.claim.text, () => pickClaim(dependent.claim.id)),
      ),
    );
  }
  root.append(list);
  return root;
}

/** Links to the same claim in other maps: each opens that map focused on it. */
function sameClaims(claims: NonNullable<ClaimData['claim']>['sameAs']): HTMLElement {
  const list = el('ul', { class: 'same-claims' });
  for (const other of claims) {
    list.append(
      el('li', {}, el('a', { href: focusAddress(other.map.id, other.id), 'data-claim-id': other.id }, other.map.title)),
    );
  }
  return el('div', {}, el('p', {}, 'The same claim in other maps:'), list);
}

/** The entity an actor is across maps, or that it is linked to none. */
function entityLine(entity: EntityName): HTMLElement {
  if (!entity) return el('p', { class: 'entity' }, 'Entity: — (not linked to an entity across maps)');
  return el(
    'p',
    { class: 'entity', 'data-entity-id': entity.id },
    `Entity: ${entity.name} (${entity.id}), the same in every map`,
  );
}

function actorLine(label: string, actors: { id: string; name: string }[], pickActor: Pick): HTMLElement {
  const line = el('p', {}, `${label}: `);
  if (actors.length === 0) line.append('—');
  actors.forEach((actor, index) => {
    if (index) line.append(', ');
    line.append(link(actor.name, () => pickActor(actor.id)));
  });
  return line;
}

export function link(text: string, onClick: () => void): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'link' }, text);
  button.addEventListener('click', onClick);
  return button;
}

function reasonText(reason: string): string {
  return reason.toLowerCase().replaceAll('_', ' ');
}

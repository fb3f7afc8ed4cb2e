/**
 * Argdown text → `argmap/map@1` document, read with the Argdown project's own parser. The mapping
 * (README, "Formats: Argdown, DOT, Mermaid, Cytoscape", has it as a table):
 * - statements (equivalence classes) → claims: the title is the id when it is a valid id, else
 *   slugged; the canonical member's text; the statement's tags;
 * - arguments with a premise–conclusion structure → one inference per inference line; a line's
 *   premises are those its `{uses: [n…]}` data names, else the statements since the previous
 *   inference line plus the conclusion drawn there, so intermediary conclusions make chains;
 *   the last step's id is the argument's, earlier steps `<id>.<step>`; rule → scheme, `warrant`
 *   data → warrant;
 * - arguments without one → a claim with the argument's description (tag `argdown-argument`);
 * - support (and strict mode's entails) → an inference from the one claim; attack, contrary and
 *   contradictory → REBUT (both ways for the symmetric two); undercut → UNDERCUT of the inference;
 * - a support or attack aimed at a reconstructed argument → the support of its conclusion, or an
 *   undercut of its last inference (Argdown does not say which premise it means), with a warning.
 */
import {
  ArgdownTypes,
  IEquivalenceClass,
  IArgument,
  isReconstructed,
  RelationType,
  type IConclusion,
  type IInference,
  type RelationMember,
} from '@argdown/core';
import type { MapDocument } from '../../maps/map-document.ts';
import type { ImportConversion, ImportOptions } from '../import-formats.ts';
import { attackSignature, readArgmapFrontMatter, type ArgmapFrontMatter } from './argmap-front-matter.ts';
import { KeyAllocator } from './argdown-syntax.ts';
import { parseArgdown, type ArgdownModel } from './parse-argdown.ts';

type Claim = NonNullable<MapDocument['claims']>[number];
type Inference = NonNullable<MapDocument['inferences']>[number];
type Attack = NonNullable<MapDocument['attacks']>[number];
type End = { claim: string } | { inference: string } | { argument: IArgument };

export function argdownToMapDocument(text: string, options: ImportOptions): ImportConversion {
  const model = parseArgdown(text);
  const meta = readArgmapFrontMatter(model.frontMatter);
  return new Conversion(model, meta).run(options);
}

class Conversion {
  private readonly keys = new KeyAllocator();
  private readonly warnings: string[] = [];
  private readonly claims: Claim[] = [];
  private readonly inferences: Inference[] = [];
  private readonly attacks: Attack[] = [];
  private readonly claimOf = new Map<object, string>();
  private readonly inferenceOf = new Map<IInference, string>();
  private readonly signatures = new Set<string>();

  constructor(
    private readonly model: ArgdownModel,
    private readonly meta: ArgmapFrontMatter | null,
  ) {
    for (const element of [...(meta?.actors ?? []), ...(meta?.rephrases ?? []), ...(meta?.preferences ?? [])]) {
      this.keys.reserve(element.id);
    }
    for (const element of [...Object.values(meta?.attacks ?? {}), ...(meta?.attacksOnAttacks ?? [])])
      this.keys.reserve(element.id);
  }

  run(options: ImportOptions): ImportConversion {
    for (const ec of Object.values(this.model.statements)) this.addStatement(ec);
    const args = Object.values(this.model.arguments);
    for (const argument of args.filter((a) => !isReconstructed(a))) this.addUnreconstructed(argument);
    for (const argument of args.filter(isReconstructed)) this.addReconstructed(argument);
    const undercutArguments: [string, IArgument][] = [];
    for (const relation of this.model.relations) {
      const from = relation.from && this.end(relation.from);
      const to = relation.to && this.end(relation.to);
      if (!from || !to || !('claim' in from)) {
        this.warnings.push(
          `relation ${relation.relationType} from "${relation.from?.title}" to "${relation.to?.title}": not mapped`,
        );
      } else if (
        relation.relationType === RelationType.UNDERCUT &&
        relation.to?.type === ArgdownTypes.ARGUMENT &&
        'claim' in to
      ) {
        undercutArguments.push([from.claim, relation.to]); // resolved once every support is known
      } else this.addRelation(relation.relationType, from.claim, to, relation.to?.title ?? '');
    }
    for (const [attacker, argument] of undercutArguments) this.undercutUnreconstructed(attacker, argument);
    return { document: this.document(options), warnings: this.warnings };
  }

  private addStatement(ec: IEquivalenceClass): void {
    const id = this.keys.allocate(ec.title ?? 'statement');
    const text = normalise(IEquivalenceClass.getCanonicalMemberText(ec));
    if (!text) this.warnings.push(`statement "${ec.title}": has no text; its title is used`);
    this.claims.push({ id, text: text || (ec.title ?? id), tags: ec.tags ?? [] });
    this.claimOf.set(ec, id);
  }

  private addUnreconstructed(argument: IArgument): void {
    const id = this.keys.allocate(argument.title ?? 'argument');
    const text = normalise(IArgument.getCanonicalMemberText(argument)) || argument.title || id;
    this.claims.push({ id, text, tags: [...new Set([...(argument.tags ?? []), 'argdown-argument'])] });
    this.claimOf.set(argument, id);
  }

  /** One inference per inference line of the premise–conclusion structure. */
  private addReconstructed(argument: IArgument): void {
    const steps = argument.pcs.filter((statement): statement is IConclusion => Boolean((statement as IConclusion).inference));
    const key = this.keys.allocate(argument.title ?? 'argument');
    let since: string[] = [];
    argument.pcs.forEach((statement, index) => {
      const claim = this.claimOf.get(this.model.statements[statement.title ?? '']!)!;
      const inference = (statement as IConclusion).inference;
      if (!inference) {
        since.push(claim);
        return;
      }
      const uses = (inference.data as { uses?: unknown } | undefined)?.uses;
      const premises = Array.isArray(uses)
        ? uses
            .flatMap((n) => (typeof n === 'number' && n >= 1 && n <= index ? [argument.pcs[n - 1]!] : []))
            .map((s) => this.claimOf.get(this.model.statements[s.title ?? '']!)!)
        : since;
      const step = steps.indexOf(statement as IConclusion) + 1;
      const id = step === steps.length ? key : this.keys.allocate(`${key}.${step}`);
      const rules = (inference.inferenceRules ?? []).filter(Boolean).join(', ');
      const warrant = (inference.data as { warrant?: unknown } | undefined)?.warrant;
      if (this.addInference(id, premises, claim, `argument "${argument.title}" step ${step}`)) {
        Object.assign(this.inferences.at(-1)!, rules ? { scheme: rules } : {}, typeof warrant === 'string' ? { warrant } : {});
        this.inferenceOf.set(inference, id);
      }
      since = [claim];
    });
  }

  private end(member: RelationMember): End | undefined {
    if (member.type === ArgdownTypes.INFERENCE) {
      const inference = this.inferenceOf.get(member);
      return inference ? { inference } : undefined;
    }
    if (member.type === ArgdownTypes.ARGUMENT && isReconstructed(member)) return { argument: member };
    const claim = this.claimOf.get(member);
    return claim ? { claim } : undefined;
  }

  private addRelation(type: RelationType, from: string, to: End, title: string): void {
    const conclusionOf = (argument: IArgument) => this.claimOf.get(this.model.statements[argument.pcs.at(-1)!.title ?? '']!)!;
    const lastInferenceOf = (argument: IArgument) => this.inferenceOf.get((argument.pcs.at(-1) as IConclusion).inference!);
    if ('argument' in to) {
      const aimed = type === RelationType.SUPPORT ? 'its conclusion is supported' : 'its last inference is undercut';
      this.warnings.push(`${type} of argument "${title}": Argdown does not say which premise it means; ${aimed}`);
      if (type === RelationType.SUPPORT) to = { claim: conclusionOf(to.argument) };
      else {
        const inference = lastInferenceOf(to.argument);
        if (!inference) return;
        to = { inference };
      }
    }
    if (type === RelationType.SUPPORT || type === RelationType.ENTAILS) {
      if ('claim' in to)
        this.addInference(this.keys.allocate(`${from}.supports.${to.claim}`), [from], to.claim, `support of "${title}"`);
      else this.warnings.push(`support of an inference by "${from}": argmap supports claims only; dropped`);
    } else if ('inference' in to) this.addAttack(from, 'UNDERCUT', to.inference);
    else if (type === RelationType.UNDERCUT)
      this.warnings.push(`undercut of statement "${title}": only inferences can be undercut; dropped`);
    else {
      this.addAttack(from, 'REBUT', to.claim);
      if (type === RelationType.CONTRARY || type === RelationType.CONTRADICTORY) this.addAttack(to.claim, 'REBUT', from);
    }
  }

  /**
   * An argument without a structure is undercut through what it does: the inferences it is the
   * premise of, and the attacks it makes (an UNDERCUT may target an attack, AIF CA→CA).
   */
  private undercutUnreconstructed(attacker: string, argument: IArgument): void {
    const claim = this.claimOf.get(argument)!;
    const targets = [
      ...this.inferences.filter((inference) => inference.premises.includes(claim)),
      ...this.attacks.filter((attack) => attack.attacker === claim),
    ];
    if (targets.length === 0)
      this.warnings.push(`undercut of argument "${argument.title}": it neither supports nor attacks; dropped`);
    for (const target of targets) this.addAttack(attacker, 'UNDERCUT', target.id);
  }

  private addInference(id: string, premises: string[], conclusion: string, what: string): boolean {
    const signature = `${[...new Set(premises)].sort().join('+')}>${conclusion}`;
    if (premises.length === 0 || premises.includes(conclusion) || this.signatures.has(signature)) {
      this.warnings.push(`${what}: no premises, self-support or a repeat; dropped`);
      return false;
    }
    this.signatures.add(signature);
    this.inferences.push({ id, premises: [...new Set(premises)], conclusion });
    return true;
  }

  private addAttack(attacker: string, kind: Attack['kind'], target: string): void {
    const signature = attackSignature({ attacker, kind, target });
    if (this.signatures.has(signature) || attacker === target) return;
    this.signatures.add(signature);
    const known = this.meta?.attacks?.[signature];
    const id = known?.id ?? this.keys.allocate(`${attacker}.${kind === 'REBUT' ? 'rebuts' : 'undercuts'}.${target}`);
    this.attacks.push({
      id,
      attacker,
      kind,
      target,
      ...(known?.scheme ? { scheme: known.scheme } : {}),
      ...(known?.criticalQuestion ? { criticalQuestion: known.criticalQuestion } : {}),
    });
  }

  /** The document, with what the front matter carries for elements that are still there. */
  private document(options: ImportOptions): MapDocument {
    const meta = this.meta;
    const ids = new Set([...this.claims, ...this.inferences, ...this.attacks, ...(meta?.actors ?? [])].map((e) => e.id));
    const keep = <T extends object>(list: T[] | undefined, name: string, refs: (item: T) => string[]): T[] => {
      const kept = (list ?? []).filter((item) => refs(item).every((ref) => ids.has(ref)));
      if (kept.length < (list ?? []).length)
        this.warnings.push(`front matter: ${(list ?? []).length - kept.length} ${name} name missing elements; dropped`);
      return kept;
    };
    const attacksOnAttacks = keep(meta?.attacksOnAttacks, 'attacks on attacks', (a) => [a.attacker]);
    attacksOnAttacks.forEach((a) => ids.add(a.id));
    const source = meta?.map.source ?? null;
    const claims = this.claims.map((claim) => {
      const quote = meta?.quotes?.[claim.id];
      return quote && source?.text
        ? { ...claim, quote: { text: source.text.slice(quote[0], quote[1]), start: quote[0], end: quote[1] } }
        : claim;
    });
    const frontTitle = (this.model.frontMatter as { title?: unknown } | null | undefined)?.title;
    return {
      format: 'argmap/map@1',
      map: {
        id: options.mapId,
        title:
          meta?.map.title ??
          (typeof frontTitle === 'string' && frontTitle.trim() ? frontTitle.trim() : (options.title ?? options.mapId)),
        ...(meta?.map.description != null ? { description: meta.map.description } : {}),
        ...(source ? { source } : {}),
      },
      actors: meta?.actors ?? [],
      claims,
      inferences: this.inferences.map((inference) => {
        const answers = (meta?.answers?.[inference.id] ?? []).filter((answer) => ids.has(answer.claim));
        return answers.length ? { ...inference, answers } : inference;
      }),
      attacks: [...this.attacks, ...keep(attacksOnAttacks, 'attacks on attacks', (a) => [a.target])],
      actorLinks: keep(meta?.actorLinks, 'actor links', (l) => [l.actor, l.claim]),
      ...(meta?.rephrases ? { rephrases: keep(meta.rephrases, 'rephrases', (r) => [r.from, r.to]) } : {}),
      ...(meta?.preferences ? { preferences: keep(meta.preferences, 'preferences', (p) => [p.preferred, p.over]) } : {}),
    };
  }
}

/** Argdown keeps a hard-wrapped statement's line breaks; a claim is one line. */
function normalise(text: string | undefined): string {
  return (text ?? '').replace(/[ \t]*[\r\n]+[ \t]*/g, ' ').trim();
}

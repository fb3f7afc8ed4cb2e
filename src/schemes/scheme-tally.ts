/**
 * Counts how the inferences of imported documents land on the catalogue: named by a scheme the
 * catalogue knows, named by one it does not (each unknown name counted, to show what the catalogue
 * still lacks), or not named at all (AIF's "Default Inference" placeholders are dropped by the
 * importer and count here as unnamed). The corpus command prints it after a run.
 */
import { schemeCatalogue } from './catalogue.ts';

export class SchemeTally {
  inferences = 0;
  landed = 0;
  unnamed = 0;
  readonly unknown = new Map<string, number>();

  /** Adds the inferences of one document, as it is written (the names are stored as they are). */
  add(inferences: readonly { scheme?: string | null }[]): void {
    const catalogue = schemeCatalogue();
    for (const { scheme } of inferences) {
      this.inferences++;
      if (!scheme) this.unnamed++;
      else if (catalogue.byName(scheme)) this.landed++;
      else this.unknown.set(scheme, (this.unknown.get(scheme) ?? 0) + 1);
    }
  }

  /** `schemes: 40 of 651 inferences landed on catalogue schemes (40 of 42 named; 609 unnamed); unknown: "X" ×2` */
  summary(): string {
    const named = this.inferences - this.unnamed;
    const unknown = [...this.unknown].sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
    return (
      `schemes: ${this.landed} of ${this.inferences} inferences landed on catalogue schemes ` +
      `(${this.landed} of ${named} named; ${this.unnamed} unnamed); ` +
      `unknown names: ${unknown.length ? unknown.map(([name, count]) => `${JSON.stringify(name)} ×${count}`).join(', ') : 'none'}`
    );
  }
}

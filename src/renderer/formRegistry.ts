/** The fields of one form scope and of the scopes it sits in: what `getFormValue` and `validateForm` reach. */
import type { FormAccess } from '../actions';

export interface FormFieldHandle {
  getValue(): unknown;
  /** Runs the field's rules, shows the message, returns whether it is valid. */
  validate(): boolean;
}

export class FormRegistry implements FormAccess {
  private readonly fields = new Map<string, FormFieldHandle[]>();

  constructor(readonly parent: FormRegistry | null = null) {}

  /** Registers with this form and all enclosing ones; the last registration of an id wins for reads. */
  register(id: string, handle: FormFieldHandle): () => void {
    const unregisters = [this.addOwn(id, handle)];
    for (let form = this.parent; form; form = form.parent) unregisters.push(form.addOwn(id, handle));
    return () => unregisters.forEach((unregister) => unregister());
  }

  private addOwn(id: string, handle: FormFieldHandle): () => void {
    const list = this.fields.get(id) ?? [];
    list.push(handle);
    this.fields.set(id, list);
    return () => {
      const current = this.fields.get(id);
      if (!current) return;
      const next = current.filter((h) => h !== handle);
      if (next.length === 0) this.fields.delete(id);
      else this.fields.set(id, next);
    };
  }

  getValue(id: string): unknown {
    const list = this.fields.get(id);
    return list && list.length > 0 ? list[list.length - 1].getValue() : undefined;
  }

  getValues(): Record<string, unknown> {
    // Field ids come from plugin JSON: a prototype-free object keeps an id like `__proto__` a plain key.
    const values: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const id of this.fields.keys()) values[id] = this.getValue(id);
    return { ...values };
  }

  validate(): boolean {
    let valid = true;
    // Every field runs (not just up to the first failure) so that all messages show at once.
    for (const list of this.fields.values()) for (const handle of list) if (!handle.validate()) valid = false;
    return valid;
  }
}

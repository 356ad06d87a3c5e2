import type { MountedPluginSlot, MountPluginSlotOptions, TokenProvider } from './mountPluginSlot';

/** What renders a slot into an element: the real `mountPluginSlot`, or the IIFE loader's, which waits for it. */
export type MountSlot = (element: Element, options: MountPluginSlotOptions) => MountedPluginSlot;

/**
 * The `<stac-slot>` element's class, around a mount function. Without React of its own, so that the IIFE
 * loader defines the element at once (properties set by the page before the chunks arrive stay the
 * element's) and the ES module defines the same element around the real mount.
 */
export function stacSlotElementClass(mount: MountSlot) {
  /**
   * `<stac-slot name="asset_detail" api-base="/api/v1" token="...">` for pages that are not React apps.
   * Properties: `context` (page data for the plugins, e.g. `{ asset }`) and `tokenProvider` (a function
   * returning the bearer token, sync or async). Attributes: `name`, `api-base`, `token`, `theme`, `safe-mode`.
   */
  return class StacSlotElement extends HTMLElement {
    static readonly observedAttributes = ['name', 'api-base', 'token', 'theme', 'safe-mode'];

    #context: Record<string, unknown> | undefined;
    #tokenProvider: TokenProvider | undefined;
    #mounted: MountedPluginSlot | null = null;

    get context(): Record<string, unknown> | undefined {
      return this.#context;
    }

    set context(value: Record<string, unknown> | undefined) {
      this.#context = value;
      this.#mounted?.update(value);
    }

    get tokenProvider(): TokenProvider | undefined {
      return this.#tokenProvider;
    }

    set tokenProvider(value: TokenProvider | undefined) {
      this.#tokenProvider = value;
      this.#remount();
    }

    connectedCallback(): void {
      this.#remount();
    }

    disconnectedCallback(): void {
      this.#mounted?.unmount();
      this.#mounted = null;
      this.replaceChildren();
    }

    attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
      if (oldValue !== newValue) this.#remount();
    }

    #remount(): void {
      if (!this.isConnected) return;
      const name = this.getAttribute('name');
      this.#mounted?.unmount();
      this.#mounted = null;
      if (!name) return;
      const theme = this.getAttribute('theme');
      const target = document.createElement('div');
      this.replaceChildren(target);
      this.#mounted = mount(target, {
        name,
        context: this.#context,
        apiBase: this.getAttribute('api-base') ?? undefined,
        token: this.getAttribute('token') ?? undefined,
        tokenProvider: this.#tokenProvider,
        theme: theme === 'dark' || theme === 'light' ? theme : undefined,
        safeMode: this.hasAttribute('safe-mode'),
      });
    }
  };
}

/** Registers `<stac-slot>` (or another tag name) with a class of the element once; safe to call more than once. */
export function defineSlotElement(elementClass: CustomElementConstructor, tagName: string): void {
  if (typeof customElements === 'undefined' || customElements.get(tagName)) return;
  customElements.define(tagName, class extends elementClass {});
}

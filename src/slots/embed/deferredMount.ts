import type { MountedPluginSlot, MountPluginSlotOptions } from './mountPluginSlot';
import type { MountSlot } from './stacSlotElementClass';

/** What the IIFE loader imports (src/slots/embed/core.ts, built as an ES module with React inside). */
export interface EmbedCore {
  mountPluginSlot: MountSlot;
}

/** Loads the core once for the page; a load that failed is forgotten, so the next call tries again. */
export function onceForThePage(load: () => Promise<EmbedCore>): () => Promise<EmbedCore> {
  let pending: Promise<EmbedCore> | null = null;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}

let noticeCount = 0;

/**
 * The slot's loading state while the code comes (the markup PluginSlot draws while its list loads, so the page
 * sees one continuous placeholder): a busy region named after the slot, with two shimmering lines.
 */
function loadingPlaceholder(name: string): HTMLElement {
  const region = document.createElement('section');
  region.className = `plugin-slot plugin-slot--${name}`;
  region.dataset.slot = name;
  region.setAttribute('aria-label', `Plugins: ${name.replace(/_/g, ' ')}`);
  region.setAttribute('aria-busy', 'true');
  const frame = document.createElement('div');
  frame.className = 'slot-plugin slot-plugin--loading';
  const skeleton = document.createElement('div');
  skeleton.className = 'skeleton';
  skeleton.setAttribute('role', 'status');
  skeleton.setAttribute('aria-busy', 'true');
  skeleton.setAttribute('aria-label', 'Loading plugins');
  for (const width of ['100%', '60%']) {
    const line = document.createElement('div');
    line.className = 'skeleton__line';
    line.style.width = width;
    skeleton.append(line);
  }
  frame.append(skeleton);
  region.append(frame);
  return region;
}

/** The slot's error state (the classes of PluginFailureNotice), drawn without React: React is what failed to come. */
function failureNotice(error: unknown, retry: () => void): HTMLElement {
  const box = document.createElement('div');
  box.className = 'plugin-failure';
  box.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.className = 'plugin-failure__title';
  title.textContent = 'The plugins of this slot could not be loaded. The rest of the page is fine.';
  const details = document.createElement('pre');
  details.className = 'plugin-failure__details';
  details.id = `stac-slot-load-failure-${(noticeCount += 1)}`;
  details.hidden = true;
  details.textContent = error instanceof Error ? error.message : String(error);
  const retryButton = document.createElement('button');
  retryButton.type = 'button';
  retryButton.className = 'button button--tonal button--small';
  retryButton.textContent = 'Retry';
  retryButton.addEventListener('click', retry);
  const detailsButton = document.createElement('button');
  detailsButton.type = 'button';
  detailsButton.className = 'button button--text button--small';
  detailsButton.setAttribute('aria-controls', details.id);
  let detailsShown = false;
  const showDetails = (shown: boolean) => {
    detailsShown = shown;
    details.hidden = !shown;
    detailsButton.setAttribute('aria-expanded', String(shown));
    detailsButton.textContent = shown ? 'Hide details' : 'Details';
  };
  showDetails(false);
  detailsButton.addEventListener('click', () => showDetails(!detailsShown));
  const actions = document.createElement('div');
  actions.className = 'plugin-failure__actions';
  actions.append(retryButton, detailsButton);
  box.append(title, actions, details);
  return box;
}

/**
 * `mountPluginSlot` for the IIFE loader: returns its handle at once, as the real one does, and mounts the slot
 * when the core has arrived, with the context of the page's last `update` (calls made meanwhile are kept in
 * order; an `unmount` before the core came leaves nothing behind). A core that cannot be loaded leaves the
 * slot's error state with a Retry, which tries again for every slot of the page that is waiting.
 */
export function deferredMount(loadCore: () => Promise<EmbedCore>): MountSlot {
  const waiting = new Set<() => void>();
  const retryAll = () => [...waiting].forEach((start) => start());
  return (element: Element, options: MountPluginSlotOptions): MountedPluginSlot => {
    if (!(element instanceof Element))
      throw new TypeError(
        `mountPluginSlot needs an element of the page to render into (got ${element === null ? 'null' : typeof element}): pass document.getElementById(...) or the like.`,
      );
    let latest = options;
    let real: MountedPluginSlot | null = null;
    let mounted = true;
    const start = () => {
      waiting.delete(start);
      element.replaceChildren(loadingPlaceholder(latest.name));
      loadCore().then(
        (core) => {
          if (!mounted || real) return;
          element.replaceChildren();
          real = core.mountPluginSlot(element, latest);
        },
        (error: unknown) => {
          if (!mounted || real) return;
          console.error('stac-slot: the embed could not load its code', error);
          waiting.add(start);
          element.replaceChildren(failureNotice(error, retryAll));
        },
      );
    };
    start();
    return {
      update(context) {
        if (!mounted) return;
        if (real) real.update(context);
        else latest = { ...latest, context };
      },
      unmount() {
        if (!mounted) return;
        mounted = false;
        waiting.delete(start);
        if (real) real.unmount();
        else element.replaceChildren();
        real = null;
      },
    };
  };
}

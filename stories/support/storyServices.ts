/// <reference types="vite/client" />
/**
 * Host services for stories: everything a plugin asks of the host shows in Storybook's actions panel, and
 * Stac's `assetPath` pages (`assets/json/form_example.json`) resolve to the fixtures copied from the gallery.
 */
import { action } from 'storybook/actions';
import { createActionRegistry, type ActionRegistry, type HostServices } from '../../src/actions';

const galleryAssets = import.meta.glob<unknown>('../fixtures/stac/*.json', {
  eager: true,
  import: 'default',
});

/** The fixture for a gallery asset path, by its file name; undefined when there is none. */
export function findGalleryAsset(assetPath: string): unknown {
  const name = assetPath.split('/').pop() ?? '';
  const match = Object.entries(galleryAssets).find(([path]) => path.endsWith(`/${name}`));
  return match?.[1];
}

export function createStoryServices(log?: (line: string) => void): Partial<HostServices> {
  const record = (name: string, ...args: unknown[]) => {
    action(name)(...args);
    log?.(`${name}: ${args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ')}`);
  };
  return {
    notify: (message, options) => record('notify', message, options ?? {}),
    confirm: (message) => {
      record('confirm', message);
      return Promise.resolve(true);
    },
    // Widget pages open in place (the overlay host handles them); routes and links only get logged.
    navigate: (request) => record('navigate', request),
    signOut: () => record('signOut'),
    loadAsset: (assetPath) => {
      const found = findGalleryAsset(assetPath);
      if (found === undefined) return Promise.reject(new Error(`No story fixture for ${assetPath}.`));
      return Promise.resolve(found);
    },
  };
}

/** The APIs the gallery documents call (answered by msw in stories, see corpusNetworkHandlers). */
export const GALLERY_REQUEST_ORIGINS = ['https://dummyjson.com', 'https://raw.githubusercontent.com'];

let storyActions: ActionRegistry | null = null;

/**
 * Stac's actions and Invenicum's SDK, with a URL policy that lets the gallery's documents reach their APIs
 * (a host's choice: the app itself allows same-origin requests only). Built on first use, in the page.
 */
export function storyActionRegistry(): ActionRegistry {
  storyActions ??= createActionRegistry({ urlPolicy: { requestOrigins: GALLERY_REQUEST_ORIGINS } });
  return storyActions;
}

/**
 * `dispatch` as the renderer and hosts reach it (src/actions/index.ts). Here it is the dispatcher itself; the
 * embed's build puts actionDispatcher.lazy.ts in this module's place (vite.embed.config.ts), where the
 * dispatcher comes with the built-in actions' chunk.
 */
export { dispatch } from './dispatch';

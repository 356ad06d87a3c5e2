/**
 * The module the embed's lazy registry imports beside the first widget family it loads: in the embed it is
 * in the chunk of what several families share (vite.embed.config.ts, FAMILY_SHARED), so asking for it starts
 * that chunk's request with the family's own, one round trip for both, where the family's import of it would
 * only be seen once the family's chunk had come.
 */
export { pressHandlers } from './usePressHandlers';

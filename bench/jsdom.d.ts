// jsdom ships no types and @types/jsdom is not installed; jsdomSideBySide.ts needs only this much.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { pretendToBeVisual?: boolean });
    readonly window: Window & typeof globalThis;
  }
}

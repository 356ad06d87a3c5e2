import type { BlockStatementNode, ProgramNode } from './ast';
import { readOwnValue } from './readOwnValue';
import { TemplateError } from './TemplateError';
import { isTemplateTruthy } from './truthiness';
import {
  TemplateInterpreter,
  helperName,
  joinPath,
  type LoopData,
  type PathValue,
} from './templateInterpreter';

/**
 * Blocks (`#if`, `#unless`, `#each`, `#with`, a value helper used as a condition, mustache sections), which only
 * the full grammar (templateParser.ts) reads: in the embed they come in its chunk (templateGrammar.lazy.ts).
 */
export class BlockInterpreter extends TemplateInterpreter {
  private iterations = 0;

  protected override renderBlock(block: BlockStatementNode): void {
    this.enterBlock();
    try {
      const name = helperName(block.path);
      if (name === 'if' || name === 'unless') {
        const includeZero = block.hash !== undefined && this.evaluateHash(block.hash).includeZero === true;
        const truthy = isTemplateTruthy(this.evaluate(block.params[0]).value, includeZero);
        this.renderStatements(truthy === (name === 'if') ? block.program : block.inverse);
      } else if (name === 'each') {
        this.renderEach(this.evaluate(block.params[0]), block);
      } else if (name === 'with') {
        const target = this.evaluate(block.params[0]);
        if (isTemplateTruthy(target.value)) this.renderWithContext(target, block.program, null);
        else this.renderStatements(block.inverse);
      } else if (name !== null && block.params.length + (block.hash?.pairs.length ?? 0) > 0) {
        // A value helper used as a block (`{{#eq a b}}yes{{else}}no{{/eq}}`) acts as a condition.
        const result = this.callHelper(name, block);
        this.renderStatements(isTemplateTruthy(result) ? block.program : block.inverse);
      } else {
        this.renderSection(block);
      }
    } finally {
      this.depth -= 1;
    }
  }

  /** Mustache sections (`{{#items}}…{{/items}}`): a list loops, an object becomes the context, true shows. */
  private renderSection(block: BlockStatementNode): void {
    const target = this.evaluate(block.path);
    if (Array.isArray(target.value)) {
      this.renderEach(target, block);
    } else if (target.value === true) {
      this.renderStatements(block.program);
    } else if (isTemplateTruthy(target.value)) {
      this.renderWithContext(target, block.program, null);
    } else {
      this.renderStatements(block.inverse);
    }
  }

  /**
   * Loops lazily: items are read one at a time and each is counted before it renders, so a 100,000-item
   * array costs no more than the iterations the limits allow (nothing reads the whole array first).
   */
  private renderEach(target: PathValue, block: BlockStatementNode): void {
    const collection = target.value;
    if (Array.isArray(collection)) {
      const length = collection.length;
      if (length === 0) {
        this.renderStatements(block.inverse);
        return;
      }
      for (let index = 0; index < length; index += 1) {
        this.countIteration();
        const item = readOwnValue(collection, String(index));
        this.renderItem(target, block, index, index, item.kind === 'found' ? item.value : undefined, length);
      }
      return;
    }
    if (collection === null || typeof collection !== 'object') {
      this.renderStatements(block.inverse);
      return;
    }
    // Object.keys is one native call; the values are still read one by one, each after it is counted.
    const keys = Object.keys(collection);
    let index = 0;
    for (let at = 0; at < keys.length; at += 1) {
      const item = readOwnValue(collection, keys[at]);
      if (item.kind !== 'found') continue;
      this.countIteration();
      this.renderItem(target, block, keys[at], index, item.value, index + (keys.length - at));
      index += 1;
    }
    if (index === 0) this.renderStatements(block.inverse);
  }

  private countIteration(): void {
    this.iterations += 1;
    if (this.iterations > this.limits.maxIterations) {
      this.fail(
        new TemplateError(
          'limit_exceeded',
          `#each ran more than ${this.limits.maxIterations} times in one template. Show fewer items.`,
          { source: this.source },
        ),
      );
    }
    this.charge(this.meter?.iteration());
  }

  /** `count` is the number of items from this one on, as far as known; `@last` is true for the final one. */
  private renderItem(
    target: PathValue,
    block: BlockStatementNode,
    key: string | number,
    index: number,
    value: unknown,
    count: number,
  ): void {
    const item: PathValue = { value, path: joinPath(target.path, String(key)), found: true };
    const loop: LoopData = { index, key, first: index === 0, last: index === count - 1 };
    this.renderWithContext(item, block.program, loop, { value: key, path: null, found: true });
  }

  private renderWithContext(
    target: PathValue,
    program: ProgramNode | undefined,
    loop: LoopData | null,
    secondBlockParam?: PathValue,
  ): void {
    if (!program) return;
    let blockParams: Map<string, PathValue> | null = null;
    const names = program.blockParams ?? [];
    if (names.length > 0) {
      blockParams = new Map();
      blockParams.set(names[0], target);
      if (names[1] !== undefined && secondBlockParam) blockParams.set(names[1], secondBlockParam);
    }
    this.frames.push({ value: target.value, path: target.path, loop, blockParams });
    try {
      this.renderStatements(program);
    } finally {
      this.frames.pop();
    }
  }
}

/**
 * In the embed the template language's full grammar is a chunk (templateGrammar.lazy.ts, put in place by
 * vite.embed.config.ts): lone paths and plain mustaches are read without it, any other template waits for it
 * and then parses and renders as it does in the app.
 */
import { renderTemplate } from '../../../src/renderer/template';
import { parseTemplate } from '../../../src/renderer/template/parseTemplate';
import { TemplateError } from '../../../src/renderer/template/TemplateError';

vi.mock(
  '../../../src/renderer/template/templateGrammar',
  () => import('../../../src/renderer/template/templateGrammar.lazy'),
);
const chunk = vi.hoisted(() => ({ asked: 0 }));
vi.mock('../../../src/renderer/template/templateGrammarChunk', async (importOriginal) => {
  chunk.asked += 1;
  return importOriginal();
});

const { loadTemplateGrammar, templateGrammarMissing } = await import('../../../src/renderer/template');

const dialogButton = (label: string) => ({
  type: 'elevatedButton',
  child: { type: 'text', data: 'Open' },
  onPressed: { actionType: 'showDialog', widget: { type: 'text', data: label } },
});

it('reads paths and plain mustaches without the full grammar, and asks for it only for other templates', async () => {
  const plain = {
    type: 'column',
    children: [
      { type: 'text', data: '<<asset.name>>' },
      {
        type: 'text',
        data: 'Price {{formatNumber asset.price 2}} each, {{default asset.note "none" upper=true}}',
      },
      { type: 'text', data: 'a << b and {{ not a template' },
      dialogButton('Hello <<asset.name>>'),
    ],
  };
  expect(templateGrammarMissing(plain)).toBe(false);
  expect(renderTemplate('Price {{formatNumber asset.price 2}}', { asset: { price: 3 } }).text).toBe(
    'Price 3.00',
  );
  // A block in a dialog's text, reached only through the button that opens it, counts.
  const withBlock = {
    type: 'column',
    children: [dialogButton('<<#if asset.inStock>>In stock<<else>>Sold out<</if>>')],
  };
  expect(templateGrammarMissing(withBlock)).toBe(true);
  expect(chunk.asked).toBe(0);

  // Before the grammar has come, such a template is refused with its own code, and that refusal is not kept.
  const error = (() => {
    try {
      parseTemplate('<<#if asset.inStock>>In stock<<else>>Sold out<</if>>');
    } catch (thrown) {
      return thrown;
    }
  })();
  expect(error).toBeInstanceOf(TemplateError);
  expect((error as TemplateError).code).toBe('grammar_not_loaded');
  expect((error as TemplateError).message).toContain('Reload the page');

  await loadTemplateGrammar();
  expect(chunk.asked).toBe(1);
  expect(loadTemplateGrammar()).toBeNull();
  expect(templateGrammarMissing(withBlock)).toBe(false);
  expect(
    renderTemplate('<<#if asset.inStock>>In stock<<else>>Sold out<</if>>', { asset: { inStock: false } })
      .text,
  ).toBe('Sold out');
  // The blocks' interpreter came in the same chunk: loops, their data and parent paths.
  expect(
    renderTemplate('<<#each items>><<@index>>:<<this>><<../sep>><</each>>', { items: ['a', 'b'], sep: ';' })
      .text,
  ).toBe('0:a;1:b;');
});

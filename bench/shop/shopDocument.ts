/**
 * The side-by-side document: N items in a column, each a bold bound name, a bound price, a bound image and
 * a button with a bound label whose action carries a bound param. One generator per renderer, the same
 * shape and the same data, so a ratio compares renderers, not documents.
 */
import type { StacNode } from '../../src/stac-schema/types';

export interface ShopItem {
  id: string;
  name: string;
  price: string;
  image: string;
  cta: string;
}

export interface ShopState extends Record<string, unknown> {
  items: ShopItem[];
}

/** A 1x1 PNG: both renderers draw a real <img> and no request leaves the page. */
export const SHOP_IMAGE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

export function shopState(count: number): ShopState {
  return {
    items: Array.from({ length: count }, (_, i) => ({
      id: `sku-${i}`,
      name: `Item ${i}`,
      price: `${(i * 1.25).toFixed(2)} EUR`,
      image: SHOP_IMAGE,
      cta: `Add item ${i}`,
    })),
  };
}

/** The price a one-field update writes, and the text it must show afterwards. */
export function updatedPrice(round: number): string {
  return `${999_000 + round} EUR`;
}

/** A new state where only `items[index].price` differs (an immutable update, as a host does it). */
export function withPrice(state: ShopState, index: number, price: string): ShopState {
  const items = state.items.slice();
  items[index] = { ...items[index], price };
  return { ...state, items };
}

/** The STAC document: Stac's own form, as plugins write it (an elevatedButton with a text child). */
export function stacShopDocument(count: number): StacNode {
  const children: StacNode[] = [];
  for (let i = 0; i < count; i += 1) {
    children.push({
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        { type: 'text', data: `<<items[${i}].name>>`, style: { fontWeight: 'bold' } },
        { type: 'text', data: `<<items[${i}].price>>` },
        { type: 'image', src: `<<items[${i}].image>>`, width: 48, height: 48 },
        {
          type: 'elevatedButton',
          child: { type: 'text', data: `<<items[${i}].cta>>` },
          onPressed: { method: 'addToCart', params: { id: `<<items[${i}].id>>` } },
        },
      ],
    });
  }
  return { type: 'column', crossAxisAlignment: 'stretch', children };
}

/** json-render's flat spec of the same shape: state paths instead of templates. */
export interface JsonRenderSpec {
  root: string;
  elements: Record<
    string,
    { type: string; props: Record<string, unknown>; children?: string[]; on?: unknown }
  >;
}

export function jsonRenderShopSpec(count: number): JsonRenderSpec {
  const elements: JsonRenderSpec['elements'] = {};
  const itemKeys: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = (field: string) => ({ $state: `/items/${i}/${field}` });
    elements[`item-${i}`] = {
      type: 'Item',
      props: {},
      children: [`name-${i}`, `price-${i}`, `image-${i}`, `button-${i}`],
    };
    elements[`name-${i}`] = { type: 'Text', props: { text: at('name'), bold: true } };
    elements[`price-${i}`] = { type: 'Text', props: { text: at('price') } };
    elements[`image-${i}`] = { type: 'Image', props: { src: at('image'), width: 48, height: 48 } };
    elements[`button-${i}`] = {
      type: 'Button',
      props: { label: at('cta') },
      on: { press: { action: 'addToCart', params: { id: at('id') } } },
    };
    itemKeys.push(`item-${i}`);
  }
  elements.root = { type: 'Column', props: {}, children: itemKeys };
  return { root: 'root', elements };
}

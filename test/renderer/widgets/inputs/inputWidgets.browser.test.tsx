// @vitest-environment node
/**
 * Flutter's input widgets in Chromium, one document per widget type (the text field, checkbox and switch
 * documents of issue #15 are in flutterLayout.browser.test.tsx), against Material 3's defaults on a phone:
 * InputDecorator's label, heights and colours, the controls' layout sizes without the invisible 48 px
 * tap-target padding. Each expected figure is worked out in the comment beside it.
 */
import { M3, TEXT, expectBox, flutterSuite } from '../browser/flutterSuite';

const ENTRIES = [
  { value: 's', label: 'Small' },
  { value: 'l', label: 'Large' },
];

const suite = flutterSuite([
  // TextFormField with an OutlineInputBorder: 56 px with a label. At rest the label is bodyLarge (16/24)
  // centred in the box: y = 16 + (56 - 24) / 2. With text it floats (bodySmall, 12 px) and sits centred
  // on the outline's top edge, as InputDecorator places an outlined field's floating label.
  // Without a label the field is 48 px (12 + 24 + 12).
  {
    id: 'text-form-field',
    document: {
      type: 'padding',
      padding: 16,
      child: {
        type: 'column',
        spacing: 16,
        children: [
          {
            type: 'textFormField',
            decoration: { labelText: 'Email', border: { type: 'outlineInputBorder' } },
          },
          {
            type: 'textFormField',
            initialValue: 'ada@example.com',
            decoration: { labelText: 'Work email', border: { type: 'outlineInputBorder' } },
          },
          { type: 'textFormField', decoration: { hintText: 'Search' } },
        ],
      },
    },
  },
  // FloatingLabelAlignment: a floating label starts at the content padding (16 px in) with `start`, and is
  // centred on the whole field with `center` (InputDecorator's centeredFloatX: the field's centre minus
  // half the label), a prefix icon notwithstanding: the 368 px fields' centre is x 200.
  {
    id: 'label-alignment',
    document: {
      type: 'padding',
      padding: 16,
      child: {
        type: 'column',
        spacing: 16,
        children: [
          {
            type: 'textFormField',
            initialValue: 'x',
            decoration: { labelText: 'Start label', filled: true },
          },
          {
            type: 'textFormField',
            initialValue: 'x',
            decoration: { labelText: 'Centred label', filled: true, floatingLabelAlignment: 'center' },
          },
          {
            type: 'textFormField',
            initialValue: 'x',
            decoration: {
              labelText: 'Centred outline',
              prefixIcon: { type: 'icon', icon: 'search' },
              border: { type: 'outlineInputBorder' },
              floatingLabelAlignment: 'center',
            },
          },
          {
            type: 'textFormField',
            decoration: { labelText: 'Resting label', floatingLabelAlignment: 'center' },
          },
        ],
      },
    },
  },
  // DropdownMenu is an outlined text field: 56 px, the label inside the box at rest, floated onto the
  // top edge once an entry is selected.
  {
    id: 'dropdown-menu',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      spacing: 16,
      children: [
        { type: 'dropdownMenu', label: TEXT('Size'), dropdownMenuEntries: ENTRIES },
        {
          type: 'dropdownMenu',
          label: TEXT('Chosen size'),
          initialSelection: 'l',
          dropdownMenuEntries: ENTRIES,
        },
      ],
    },
  },
  // Radio: a 40 x 40 box (2 x kRadialReactionRadius) with the ring centred in it; the selected one in
  // primary. Slider: as wide as the column gives it (400), active in primary. Autocomplete's default field
  // is a TextFormField without a label: 48 px, full width.
  {
    id: 'controls',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        {
          type: 'radioGroup',
          groupValue: 'a',
          child: {
            type: 'row',
            children: [
              { type: 'radio', value: 'a' },
              { type: 'radio', value: 'b' },
            ],
          },
        },
        { type: 'slider', value: 0.5 },
        { type: 'autocomplete', options: ['Apple', 'Banana'] },
      ],
    },
  },
]);

describe("Flutter's input widgets in Chromium", { timeout: 30_000 }, () => {
  it('rests an outlined field label inside the box and floats it onto the top edge with text', async () => {
    const field = await suite.at('text-form-field', { selector: '.stac-field', nth: 0 });
    expectBox(field, { x: 16, y: 16, width: 368, height: 56 });
    const resting = await suite.at('text-form-field', { text: 'Email' });
    expect(resting.fontSize).toBe(16);
    expectBox(resting, { y: 16 + 16, height: 24 });
    const filled = await suite.at('text-form-field', { selector: '.stac-field', nth: 1 });
    expectBox(filled, { y: 16 + 56 + 16, height: 56 });
    const floated = await suite.at('text-form-field', { text: 'Work email' });
    expect(floated.fontSize).toBe(12);
    expect(Math.abs(floated.y + floated.height / 2 - filled.y)).toBeLessThanOrEqual(1);
    expect(floated.color).toBe(M3.onSurfaceVariant);
    expectBox(await suite.at('text-form-field', { selector: '.stac-field', nth: 2 }), { height: 48 });
  });

  it('places a floating label at the start or centred on the field, as floatingLabelAlignment says', async () => {
    const start = await suite.at('label-alignment', { text: 'Start label' });
    expect(start.fontSize).toBe(12);
    expectBox(start, { x: 32 });
    const centred = await suite.at('label-alignment', { text: 'Centred label' });
    expect(centred.fontSize).toBe(12);
    expect(Math.abs(centred.x + centred.width / 2 - 200)).toBeLessThanOrEqual(1);
    const outline = await suite.at('label-alignment', { text: 'Centred outline' });
    const outlinedField = await suite.at('label-alignment', { selector: '.stac-field', nth: 2 });
    expect(Math.abs(outline.x + outline.width / 2 - 200)).toBeLessThanOrEqual(1);
    // Still centred on the outline's top edge.
    expect(Math.abs(outline.y + outline.height / 2 - outlinedField.y)).toBeLessThanOrEqual(1);
    // Only the floating label moves: at rest it waits at the start, 16 px into the field.
    const resting = await suite.at('label-alignment', { text: 'Resting label' });
    expect(resting.fontSize).toBe(16);
    expectBox(resting, { x: 32 });
  });

  it('draws a dropdown menu as an outlined field with its label inside, floating once chosen', async () => {
    const menu = await suite.at('dropdown-menu', { selector: '.stac-field', nth: 0 });
    expectBox(menu, { y: 0, height: 56 });
    const resting = await suite.at('dropdown-menu', { text: 'Size' });
    expect(resting.fontSize).toBe(16);
    expect(resting.y).toBeGreaterThanOrEqual(menu.y);
    expect(resting.y + resting.height).toBeLessThanOrEqual(menu.y + menu.height);
    expectBox(resting, { y: menu.y + 16 });
    const chosen = await suite.at('dropdown-menu', { selector: '.stac-field', nth: 1 });
    expectBox(chosen, { y: 56 + 16, height: 56 });
    const floated = await suite.at('dropdown-menu', { text: 'Chosen size' });
    expect(floated.fontSize).toBe(12);
    expect(Math.abs(floated.y + floated.height / 2 - chosen.y)).toBeLessThanOrEqual(1);
  });

  it('lays out radios, a slider and an autocomplete field at Material 3 sizes', async () => {
    const first = await suite.at('controls', { selector: '.stac-radio', nth: 0 }, ['accent-color']);
    const second = await suite.at('controls', { selector: '.stac-radio', nth: 1 });
    // Ring centres at 20 and 60: the middle of each 40 px box.
    expect(first.x + first.width / 2).toBeCloseTo(20, 0);
    expect(first.y + first.height / 2).toBeCloseTo(20, 0);
    expect(second.x + second.width / 2).toBeCloseTo(60, 0);
    expect(first.styles['accent-color']).toBe(M3.primary);
    const slider = await suite.at('controls', { selector: '.stac-slider' }, ['accent-color']);
    expectBox(slider, { x: 0, width: 400 });
    expect(slider.styles['accent-color']).toBe(M3.primary);
    expectBox(await suite.at('controls', { selector: '.stac-autocomplete input' }), {
      x: 0,
      width: 400,
      height: 48,
    });
  });
});

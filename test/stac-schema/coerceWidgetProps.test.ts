import { coerceWidgetProps } from '../../src/stac-schema';

describe('coerceWidgetProps: bound strings become numbers and booleans per the schema', () => {
  it('coerces number and boolean props of a widget', () => {
    expect(coerceWidgetProps('sizedBox', { width: '120', height: '7.5' })).toEqual({
      width: 120,
      height: 7.5,
    });
    expect(coerceWidgetProps('text', { data: '42', softWrap: 'false', maxLines: '3' })).toEqual({
      data: '42',
      softWrap: false,
      maxLines: 3,
    });
  });

  it('coerces inside value objects such as a TextStyle, but not the style name form', () => {
    expect(coerceWidgetProps('text', { data: 'x', style: { fontSize: '24', fontWeight: 'w600' } })).toEqual({
      data: 'x',
      style: { fontSize: 24, fontWeight: 'w600' },
    });
    expect(coerceWidgetProps('text', { data: 'x', style: 'titleLarge' }).style).toBe('titleLarge');
  });

  it('coerces unions by the form of the value (EdgeInsets number, list or object)', () => {
    expect(coerceWidgetProps('padding', { padding: '16' }).padding).toBe(16);
    expect(coerceWidgetProps('padding', { padding: ['1', 2, '3', 4] }).padding).toEqual([1, 2, 3, 4]);
    expect(coerceWidgetProps('padding', { padding: { left: '8' } }).padding).toEqual({ left: 8 });
  });

  it("understands Dart's named numbers", () => {
    expect(coerceWidgetProps('container', { width: 'infinity' }).width).toBe(Infinity);
  });

  it('drops strings that are not numbers or booleans instead of passing garbage on', () => {
    expect(coerceWidgetProps('sizedBox', { width: 'wide' })).toEqual({ width: undefined });
    expect(coerceWidgetProps('switch', { value: 'maybe' })).toEqual({ value: undefined });
  });

  it('leaves strings, colours, nested widgets, actions and unknown props alone', () => {
    const child = { type: 'text', data: '5' };
    const onPressed = { actionType: 'delay', milliseconds: '100' };
    const props = { color: '#FF0000', child, onPressed, whatever: '12' };
    const out = coerceWidgetProps('elevatedButton', props);
    expect(out.child).toBe(child);
    expect(out.onPressed).toBe(onPressed);
    expect(out.whatever).toBe('12');
  });

  it('returns the same object when nothing changed, and unknown types untouched', () => {
    const props = { width: 10, height: 20 };
    expect(coerceWidgetProps('sizedBox', props)).toBe(props);
    const custom = { size: '3' };
    expect(coerceWidgetProps('movieCarousel', custom)).toBe(custom);
  });
});

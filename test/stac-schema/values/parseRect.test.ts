import { parseRect } from '../../../src/stac-schema';

describe('parseRect', () => {
  it('reads each of StacRect five forms as the same edges', () => {
    const edges = { left: 10, top: 20, right: 30, bottom: 60 };
    expect(parseRect({ rectType: 'fromLTRB', ...edges })).toEqual(edges);
    expect(parseRect({ rectType: 'fromLTWH', left: 10, top: 20, width: 20, height: 40 })).toEqual(edges);
    expect(parseRect({ rectType: 'fromCenter', center: { dx: 20, dy: 40 }, width: 20, height: 40 })).toEqual(
      edges,
    );
    expect(parseRect({ rectType: 'fromPoints', a: { dx: 30, dy: 20 }, b: { dx: 10, dy: 60 } })).toEqual(
      edges,
    );
    expect(parseRect({ rectType: 'fromCircle', center: { dx: 20, dy: 20 }, radius: 10 })).toEqual({
      left: 10,
      top: 10,
      right: 30,
      bottom: 30,
    });
  });

  it('gives null when the form lacks a number it needs, or has no rectType', () => {
    expect(parseRect({ rectType: 'fromLTRB', left: 1, top: 2, right: 3 })).toBeNull();
    expect(parseRect({ rectType: 'fromCircle', radius: 4 })).toBeNull();
    expect(parseRect({ left: 1, top: 2, right: 3, bottom: 4 })).toBeNull();
    expect(parseRect('fromLTRB')).toBeNull();
  });
});

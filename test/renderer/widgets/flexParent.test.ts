import { listFlexParentOf } from '../../../src/renderer/widgets/flexParent';

describe('a list’s flex parent', () => {
  it('answers for the items of its own list only, as `<list>[<digits>]`', () => {
    const parent = listFlexParentOf('column', [], 'ui.children[2].children');
    for (const path of [
      'ui.children[2].children[0]',
      'ui.children[2].children[17]',
      'ui.children[2].children[007]',
    ]) {
      expect(parent.isChild(path), path).toBe(true);
    }
    for (const path of [
      'ui.children[2].children',
      'ui.children[2].children[]',
      'ui.children[2].children[1].child',
      'ui.children[2].children[1][2]',
      'ui.children[2].children[-1]',
      'ui.children[2].children[1a]',
      'ui.children[2].children[١]',
      'ui.children[2].childrenX[1]',
      'ui.children[3].children[1]',
      'ui.children[2].child[1]',
      'x',
    ]) {
      expect(parent.isChild(path), path).toBe(false);
    }
  });
});

import { runValidatorRules, MAX_PATTERN_LENGTH } from '../../src/renderer/validatorRules';

describe('runValidatorRules', () => {
  const cases: [string, unknown[], unknown, string | null][] = [
    [
      'required fails on blank',
      [{ rule: 'required', message: 'Name is required' }],
      '  ',
      'Name is required',
    ],
    ['required passes', [{ rule: 'isRequired', message: 'x' }], 'Ana', null],
    ['email fails', [{ rule: 'email', message: 'Bad email' }], 'ana@', 'Bad email'],
    ['email passes', [{ rule: 'isEmail', message: 'Bad email' }], 'ana@example.com', null],
    ['email ignores empty (pair with required)', [{ rule: 'email', message: 'Bad email' }], '', null],
    ['minLength with value', [{ rule: 'minLength', value: 3, message: 'Too short' }], 'ab', 'Too short'],
    ['minLength inline', [{ rule: 'minLength:3', message: 'Too short' }], 'abc', null],
    ['maxLength', [{ rule: 'maxLength', value: 2, message: 'Too long' }], 'abc', 'Too long'],
    [
      'pattern rule',
      [{ rule: 'pattern', pattern: '^[0-9]+$', message: 'Digits only' }],
      '12a',
      'Digits only',
    ],
    [
      'Stac regex rule from the corpus',
      [{ rule: '^(?=[a-zA-Z0-9._]{8,20}$)(?!.*[_.]{2})[^_.].*[^_.]$', message: 'Add a valid username' }],
      'kminchelle',
      null,
    ],
    [
      'Stac regex rule failing',
      [{ rule: '^(?=[a-zA-Z0-9._]{8,20}$)(?!.*[_.]{2})[^_.].*[^_.]$', message: 'Add a valid username' }],
      'ab',
      'Add a valid username',
    ],
    [
      'first failing rule wins',
      [
        { rule: 'required', message: 'A' },
        { rule: 'email', message: 'B' },
      ],
      'x',
      'B',
    ],
    ['missing message gets a generic one', [{ rule: 'required' }], '', 'Please check this field.'],
    ['broken regex never blocks a form', [{ rule: '([', message: 'never' }], 'x', null],
    [
      'over-long pattern is ignored',
      [{ rule: 'a'.repeat(MAX_PATTERN_LENGTH + 1), message: 'never' }],
      'x',
      null,
    ],
    ['no rules', [], 'x', null],
  ];
  it.each(cases)('%s', (_label, rules, value, expected) => {
    expect(runValidatorRules(rules, value)).toBe(expected);
  });
  it('ignores non-array rules and non-rule entries', () => {
    expect(runValidatorRules(undefined, '')).toBeNull();
    expect(runValidatorRules([null, 3, { message: 'no rule' }], '')).toBeNull();
  });
});

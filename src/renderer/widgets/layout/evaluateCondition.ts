/**
 * Stac's `conditional` evaluates a small expression language after templates are filled in:
 * `5 > 3`, `Flutter == Flutter`, `(10 + 5) * 2 == 30`, `true && (false || true)`, `!done`. This is a
 * hand-written parser over a fixed grammar: no identifiers are looked up and nothing is executed, so a
 * plugin cannot reach anything through it. Barewords are strings; anything unreadable is false.
 */
type Value = number | string | boolean;

const TOKEN = /\s*(\d+(?:\.\d+)?|"[^"]*"|'[^']*'|&&|\|\||==|!=|>=|<=|[()!<>+\-*/%]|[^\s()!<>=&|+\-*/%"']+)/y;

function tokenize(source: string): string[] | null {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let index = 0;
  while (index < source.length) {
    if (/^\s*$/.test(source.slice(index))) break;
    TOKEN.lastIndex = index;
    const match = TOKEN.exec(source);
    if (!match) return null;
    tokens.push(match[1]);
    index = TOKEN.lastIndex;
  }
  return tokens;
}

function truthy(value: Value): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  const text = value.trim().toLowerCase();
  return text !== '' && text !== 'false' && text !== '0' && text !== 'null' && text !== 'undefined';
}

function equal(a: Value, b: Value): boolean {
  if (typeof a === typeof b) return a === b;
  return String(a) === String(b);
}

class Parser {
  private position = 0;
  private depth = 0;
  constructor(private readonly tokens: string[]) {}

  parse(): Value {
    const value = this.or();
    if (this.position !== this.tokens.length) throw new Error('trailing tokens');
    return value;
  }

  private peek(): string | undefined {
    return this.tokens[this.position];
  }

  private take(): string {
    const token = this.tokens[this.position];
    if (token === undefined) throw new Error('unexpected end');
    this.position += 1;
    return token;
  }

  private or(): Value {
    let left = this.and();
    while (this.peek() === '||') {
      this.take();
      const right = this.and();
      left = truthy(left) || truthy(right);
    }
    return left;
  }

  private and(): Value {
    let left = this.comparison();
    while (this.peek() === '&&') {
      this.take();
      const right = this.comparison();
      left = truthy(left) && truthy(right);
    }
    return left;
  }

  private comparison(): Value {
    let left = this.sum();
    for (;;) {
      const op = this.peek();
      if (op !== '==' && op !== '!=' && op !== '>' && op !== '<' && op !== '>=' && op !== '<=') return left;
      this.take();
      const right = this.sum();
      if (op === '==') left = equal(left, right);
      else if (op === '!=') left = !equal(left, right);
      else {
        const a = typeof left === 'number' ? left : Number(left);
        const b = typeof right === 'number' ? right : Number(right);
        if (Number.isNaN(a) || Number.isNaN(b)) {
          const sa = String(left);
          const sb = String(right);
          left = op === '>' ? sa > sb : op === '<' ? sa < sb : op === '>=' ? sa >= sb : sa <= sb;
        } else left = op === '>' ? a > b : op === '<' ? a < b : op === '>=' ? a >= b : a <= b;
      }
    }
  }

  private sum(): Value {
    let left = this.product();
    for (;;) {
      const op = this.peek();
      if (op !== '+' && op !== '-') return left;
      this.take();
      const right = this.product();
      if (op === '+' && (typeof left === 'string' || typeof right === 'string')) left = `${left}${right}`;
      else left = op === '+' ? Number(left) + Number(right) : Number(left) - Number(right);
    }
  }

  private product(): Value {
    let left = this.unary();
    for (;;) {
      const op = this.peek();
      if (op !== '*' && op !== '/' && op !== '%') return left;
      this.take();
      const right = Number(this.unary());
      const a = Number(left);
      left = op === '*' ? a * right : op === '/' ? a / right : a % right;
    }
  }

  private unary(): Value {
    const token = this.peek();
    if (token === '!') {
      this.take();
      return !truthy(this.unary());
    }
    if (token === '-') {
      this.take();
      return -Number(this.unary());
    }
    return this.primary();
  }

  private primary(): Value {
    const token = this.take();
    if (token === '(') {
      this.depth += 1;
      if (this.depth > 32) throw new Error('too deep');
      const value = this.or();
      if (this.take() !== ')') throw new Error('missing )');
      this.depth -= 1;
      return value;
    }
    if (/^\d/.test(token)) return Number(token);
    if (token === 'true') return true;
    if (token === 'false') return false;
    if (/^["']/.test(token)) return token.slice(1, -1);
    if (/^[)&|=<>*/%+]/.test(token)) throw new Error(`unexpected ${token}`);
    // `John Smith == John Smith`: adjacent barewords are one string, as the author wrote it.
    let words = token;
    while (this.peek() !== undefined && Parser.isBareword(this.peek() as string)) words += ` ${this.take()}`;
    return words;
  }

  private static isBareword(token: string): boolean {
    return /^[^\s()!<>=&|+\-*/%"'\d]/.test(token) && token !== 'true' && token !== 'false';
  }
}

/** Whether a bound `condition` holds. Booleans pass through; an unreadable expression is false. */
export function evaluateCondition(condition: unknown): boolean {
  if (typeof condition === 'boolean') return condition;
  if (typeof condition === 'number') return condition !== 0;
  if (typeof condition !== 'string' || condition.length > 2000) return false;
  const tokens = tokenize(condition);
  if (!tokens || tokens.length === 0) return false;
  try {
    return truthy(new Parser(tokens).parse());
  } catch {
    return false;
  }
}

/**
 * A promise the test opens when it is ready. A mock server that waits on it instead of a fixed delay
 * answers exactly after the test has seen the in-between state (an optimistic switch, a skeleton), however
 * slowly a loaded machine runs the steps before; a fixed delay races them.
 */
export interface Gate {
  opened: Promise<void>;
  open(): void;
}

export function createGate(): Gate {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor wait for a condition; the ceiling only matters when it never comes. Eight engineers share
// two cores here, so a first render can take seconds: a low ceiling fails correct code (1 s is the default).
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
});

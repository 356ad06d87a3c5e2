/** Browser entry of the in-Chromium layout tests: renders `window.stacDocument` into `#root`. */
import { createRoot } from 'react-dom/client';
import { StacView } from '../../../../src/renderer';

const page = window as unknown as { stacDocument: unknown };
const root = document.getElementById('root');
if (root) createRoot(root).render(<StacView document={page.stacDocument} mode="production" />);

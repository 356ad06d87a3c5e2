/**
 * Browser entry of the in-Chromium layout tests: renders `window.stacDocument` into `#root`, with the view
 * as tall as its host box, as a host page that gives a plugin the screen does.
 */
import { createRoot } from 'react-dom/client';
import { StacView } from '../../../../src/renderer';

const page = window as unknown as { stacDocument: unknown };
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StacView document={page.stacDocument} mode="production" style={{ height: '100%' }} />,
  );

/**
 * Browser entry of the Flutter layout harness: renders every document of `window.stacCases` at once, each in
 * its own fixed-size frame (the screen Flutter would give it), so one page load measures many documents.
 */
import { createRoot } from 'react-dom/client';
import { StacView, configureIcons } from '../../../../src/renderer';

interface StacCase {
  id: string;
  document: unknown;
  width: number;
  height: number;
}

// The harness page answers icon files under its own origin (layoutHarness.ts).
configureIcons({ baseUrl: '/stac-icons/' });

const page = window as unknown as { stacCases: StacCase[]; stacTheme?: 'light' | 'dark' };
const host = document.getElementById('cases');
for (const stacCase of page.stacCases) {
  const frame = document.createElement('div');
  frame.dataset.case = stacCase.id;
  frame.style.cssText = `position:relative;width:${stacCase.width}px;height:${stacCase.height}px;overflow:hidden;margin-bottom:8px`;
  host?.append(frame);
  createRoot(frame).render(
    <StacView
      document={stacCase.document}
      mode="production"
      theme={page.stacTheme ?? 'light'}
      style={{ height: '100%' }}
    />,
  );
}

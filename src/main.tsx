import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadAppConfig } from './app';
import './app/styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">.');

// The API base and backend profile are read at run time (/config.json), so one build fits any deployment.
void loadAppConfig().then(({ config, problems }) => {
  for (const problem of problems) console.warn(problem);
  createRoot(container).render(
    <StrictMode>
      <App config={config} />
    </StrictMode>,
  );
});

import './zod-jitless'; // first: before any schema is built (see the file)
import './styles/base.css'; // first, so every pane's styles come after the base ones
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createClient } from './api/client';
import { ClientProvider } from './api/context';
import { applyRememberedTheme } from './theme/use-theme';

// Before the first render: this also takes the web host's token out of the address bar.
const client = createClient();
applyRememberedTheme();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <ClientProvider client={client}>
      <App />
    </ClientProvider>
  </StrictMode>,
);

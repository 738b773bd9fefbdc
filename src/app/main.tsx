// Entry point of the browser app: mounts the shell.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <main>
        <h1>Kommunmodell</h1>
      </main>
    </StrictMode>,
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { removeFirstFrameWhenShown } from './app/first-frame';

const root = document.getElementById('root');
if (root) {
  removeFirstFrameWhenShown(document.getElementById('first-frame'), root);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

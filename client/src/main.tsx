import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import './styles/base.css';
import './styles/sidebar.css';
import './styles/search-dates.css';
import './styles/canvas.css';
import './styles/panels.css';
import './styles/map.css';
import './styles/sources.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import { createBrowserRouter, RouterProvider } from 'react-router';
import { routes } from './routes';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/forms.css';
import './styles/charts.css';

const router = createBrowserRouter(routes);

// Writing must start within a second of tapping "Write": fetch the editor's code as soon as
// the first screen is idle, rather than on that tap.
const preloadEditor = () => void import('./routes/entry');
if ('requestIdleCallback' in window) window.requestIdleCallback(preloadEditor);
else setTimeout(preloadEditor, 1000);

export function App() {
  return <RouterProvider router={router} />;
}

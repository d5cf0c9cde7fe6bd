import { createBrowserRouter, RouterProvider } from 'react-router';
import { routes } from './routes';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/forms.css';
import './styles/charts.css';

const router = createBrowserRouter(routes);

export function App() {
  return <RouterProvider router={router} />;
}

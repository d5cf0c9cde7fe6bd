import { Link } from 'react-router';
import { Page } from '../../ui/page';

export function NotFoundRoute() {
  return (
    <Page title="This page isn't here">
      <p>The link may be old, or it may have a small typo. That happens.</p>
      <p>
        <Link to="/">Go to Today</Link>
      </p>
    </Page>
  );
}

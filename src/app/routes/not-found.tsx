import { Link } from 'react-router';
import { Page } from '../../ui/page';
import { paths } from '../../ui/paths';

export function NotFoundRoute() {
  return (
    <Page title="This page isn't here">
      <p>The link may be old, or it may have a small typo. That happens.</p>
      <p>
        <Link to={paths.today()}>Go to Today</Link>
      </p>
    </Page>
  );
}

import { Notice } from '../../../ui/notice';
import type { PackProblem } from '../load-packs';

/** Says kindly that content could not be loaded, with the technical reasons tucked away. */
export function PackProblems({ broken }: { broken: PackProblem[] }) {
  if (broken.length === 0) return null;
  return (
    <Notice tone="warm" title="Some guided content could not be opened" role="alert">
      <p>
        Your journal is safe: this only affects the experiments and questions that come with the app. Reloading the app
        may help. If it keeps happening, the app may need an update.
      </p>
      <details className="details">
        <summary>Details</summary>
        <ul>
          {broken.map(({ file, problems }) => (
            <li key={file}>
              <strong>{file}</strong>
              <ul>
                {problems.slice(0, 10).map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </details>
    </Notice>
  );
}

import type { ImportProblem } from '../../../src-main/contract';

const SHOWN = 200;

/** Every file that cannot be imported, with the reason; long lists start folded. */
export function ProblemList({ problems }: { problems: readonly ImportProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <details className="import-problems" open={problems.length <= 5}>
      <summary>
        {problems.length === 1
          ? '1 file can’t be imported'
          : `${problems.length.toLocaleString()} files can’t be imported`}
      </summary>
      <ul>
        {problems.slice(0, SHOWN).map((problem) => (
          <li key={problem.path}>
            <span className="import-path">{problem.path}</span>
            <span className="import-reason">{problem.reason}</span>
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && (
        <p className="import-note">
          …and {(problems.length - SHOWN).toLocaleString()} more. The command-line import (npm run
          import) lists them all.
        </p>
      )}
    </details>
  );
}

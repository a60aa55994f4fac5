import type { Progress } from '../../src-main/contract';
import './primitives.css';

/** A named progress bar; its label (e.g. "12 of 50 pitches") is read out as its value. */
export function ProgressBar({
  name,
  progress,
  showLabel = true,
  size = 'normal',
}: {
  name: string;
  progress: Progress;
  showLabel?: boolean;
  size?: 'normal' | 'small';
}) {
  return (
    <div className={`progress progress-${size}`}>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={name}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={`${progress.percent}% — ${progress.label}`}
      >
        <div
          className={`progress-fill${progress.percent >= 100 ? ' progress-complete' : ''}`}
          style={{ width: `${progress.percent}%` }}
        />
      </div>
      {showLabel && (
        <span className="progress-label">
          <strong>{progress.percent}%</strong> · {progress.label}
        </span>
      )}
    </div>
  );
}

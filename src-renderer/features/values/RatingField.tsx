import { RATING_SCALES, type RatingKey } from '../../../src-main/shared/values/questions';

interface Props {
  scale: RatingKey;
  value: number | null;
  invalid: boolean;
  onChange: (value: number) => void;
}

const STEPS = [1, 2, 3, 4, 5];

/** A 1–5 rating as a radio group named by its question, the ends of the scale in words. */
export function RatingField({ scale, value, invalid, onChange }: Props) {
  const { question, low, high } = RATING_SCALES[scale];
  const id = `vr-${scale}`;
  return (
    <div
      className="vr"
      role="radiogroup"
      aria-labelledby={`${id}-question`}
      aria-invalid={invalid ? true : undefined}
      id={`${id}-item`}
    >
      <p id={`${id}-question`} className="vr-question">
        {question}
      </p>
      <div className="vr-scale">
        <span className="vr-end" aria-hidden="true">
          {low}
        </span>
        {STEPS.map((step) => (
          <label key={step} className="vr-option">
            <input
              type="radio"
              name={id}
              value={step}
              checked={value === step}
              onChange={() => onChange(step)}
            />
            <span>
              {step}
              {step === 1 && <span className="visually-hidden"> ({low})</span>}
              {step === 5 && <span className="visually-hidden"> ({high})</span>}
            </span>
          </label>
        ))}
        <span className="vr-end" aria-hidden="true">
          {high}
        </span>
      </div>
      {invalid && <p className="field-error">Choose from 1 to 5.</p>}
    </div>
  );
}

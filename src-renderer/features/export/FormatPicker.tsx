import type { ExportLayout } from '../../../src-main/contract';
import { formatsFor, type ExportFormat } from '../../print/formats';
import { ChoicePicker } from './OptionFields';

/** The formats this layout can leave the app in; JSON Resume only for the one-page summary. */
export function FormatPicker({
  layout,
  value,
  onChange,
}: {
  layout: ExportLayout;
  value: ExportFormat;
  onChange: (format: ExportFormat) => void;
}) {
  return (
    <ChoicePicker
      legend="Format"
      name="format"
      choices={formatsFor(layout)}
      value={value}
      onChange={onChange}
    />
  );
}

import type { ExportLayout } from '../../../src-main/contract';
import { ChoicePicker } from './OptionFields';
import { LAYOUTS } from './options';

export function LayoutPicker({
  value,
  onChange,
}: {
  value: ExportLayout;
  onChange: (layout: ExportLayout) => void;
}) {
  return (
    <ChoicePicker
      legend="Layout"
      name="layout"
      choices={LAYOUTS}
      value={value}
      onChange={onChange}
    />
  );
}

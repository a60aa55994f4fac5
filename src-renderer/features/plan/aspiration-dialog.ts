import type { Aspiration } from '../../../src-main/contract';

/** What the dialogs that close an aspiration (achieve, retire, pivot) are given. */
export interface AspirationDialogProps<Choice, A = Aspiration> {
  aspiration: A;
  onConfirm: (choice: Choice) => void;
  onClose: () => void;
}

import { ApiError } from '../../api/client';
import type { FieldErrors } from '../../editor/autosave';

/** Field errors the main process sent back for an invalid payload, if that is why a save failed. */
export function fieldErrorsOf(error: unknown): FieldErrors | null {
  if (!(error instanceof ApiError) || error.code !== 'invalid_input' || error.fields.length === 0) {
    return null;
  }
  return Object.fromEntries(
    error.fields.map((field) => [field.path.split('.')[0] ?? '', field.message]),
  );
}

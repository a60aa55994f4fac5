export const PICTURE_WIDTHS = ['small', 'medium', 'full'] as const;
export type PictureWidth = (typeof PICTURE_WIDTHS)[number];

/** Small, medium or full column width; anything else read from a document is medium. */
export function pictureWidth(value: unknown): PictureWidth {
  return PICTURE_WIDTHS.includes(value as PictureWidth) ? (value as PictureWidth) : 'medium';
}

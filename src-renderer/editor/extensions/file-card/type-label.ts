const BY_MIME: Record<string, string> = {
  'application/pdf': 'PDF document',
  'application/zip': 'ZIP archive',
  'image/svg+xml': 'SVG drawing',
  'text/html': 'Web page',
  'text/plain': 'Text',
  'text/csv': 'CSV table',
  'text/markdown': 'Markdown text',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel workbook',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation':
    'PowerPoint presentation',
  'audio/mpeg': 'MP3 audio',
  'video/mp4': 'MP4 video',
};

/** What kind of file it is, in words: "PDF document", else the extension ("KEY file"). */
export function typeLabel(name: string, mime: string): string {
  const known = BY_MIME[mime];
  if (known) return known;
  const ext = /\.([a-z0-9]{1,10})$/i.exec(name)?.[1];
  return ext ? `${ext.toUpperCase()} file` : 'File';
}

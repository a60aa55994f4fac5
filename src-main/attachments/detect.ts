import { fileTypeFromBuffer, supportedExtensions } from 'file-type';
import { ApiError } from '../contract/errors';
import { ATTACHMENT_MAX_BYTES, PICTURE_MIMES, type AttachmentKind } from '../contract/attachments';

/** Names that say "a program" whatever their bytes: kept, never opened from Waymark. */
export const PROGRAM_EXTENSIONS = new Set([
  'exe',
  'msi',
  'com',
  'scr',
  'bat',
  'cmd',
  'ps1',
  'vbs',
  'vbe',
  'wsf',
  'js',
  'mjs',
  'jse',
  'jar',
  'sh',
  'bash',
  'zsh',
  'command',
  'app',
  'apk',
  'deb',
  'rpm',
  'dmg',
  'pkg',
  'appimage',
  'run',
  'bin',
  'elf',
  'dll',
  'so',
  'dylib',
  'lnk',
  'reg',
  'hta',
  'py',
  'pl',
  'rb',
]);
const PROGRAM_TYPES = new Set([
  'exe',
  'elf',
  'mach',
  'apk',
  'deb',
  'rpm',
  'dmg',
  'msi',
  'dex',
  'class',
  'wasm',
]);

/** Text kinds file-type cannot recognise (it reads binary signatures): a name is all there is. */
const TEXT_MIMES: Record<string, string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  json: 'application/json',
  xml: 'application/xml',
  svg: 'image/svg+xml',
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  ics: 'text/calendar',
  vcf: 'text/vcard',
  yaml: 'text/yaml',
  yml: 'text/yaml',
  rtf: 'application/rtf',
  log: 'text/plain',
  tex: 'text/x-tex',
};

/** A name's extension and the file-type extensions that content with that name may have. */
const SAME_KIND: Record<string, string[]> = {
  jpg: ['jpg'],
  jpeg: ['jpg'],
  jpe: ['jpg'],
  jfif: ['jpg'],
  tif: ['tif'],
  tiff: ['tif'],
  heic: ['heic'],
  heif: ['heic'],
  svg: ['svg', 'xml'],
  html: ['html', 'xml'],
  m4a: ['m4a', 'mp4'],
  mp4: ['mp4', 'm4v'],
  mov: ['mov', 'qt'],
  docx: ['docx', 'zip'],
  xlsx: ['xlsx', 'zip'],
  pptx: ['pptx', 'zip'],
  odt: ['odt', 'zip'],
  ods: ['ods', 'zip'],
  odp: ['odp', 'zip'],
  epub: ['epub', 'zip'],
  ai: ['pdf', 'ai'],
  aif: ['aif'],
  aiff: ['aif'],
  ogg: ['ogg', 'oga', 'ogv', 'opus'],
};

const DESCRIBED: Record<string, string> = {
  png: 'a PNG picture',
  jpg: 'a JPEG photo',
  gif: 'a GIF picture',
  webp: 'a WebP picture',
  avif: 'an AVIF picture',
  pdf: 'a PDF document',
  zip: 'a ZIP archive',
  exe: 'a Windows program',
  docx: 'a Word document',
  xlsx: 'an Excel workbook',
  pptx: 'a PowerPoint presentation',
};

function described(ext: string): string {
  return DESCRIBED[ext] ?? `a ${ext.toUpperCase()} file`;
}

export function extensionOf(name: string): string {
  const match = /\.([a-z0-9]{1,10})$/i.exec(name);
  return match ? (match[1] as string).toLowerCase() : '';
}

export interface Detected {
  mime: string;
  kind: AttachmentKind;
}

/** Why a file cannot be kept, in words, before any bytes are sent: too large, or empty. */
export function sizeProblem(name: string, size: number): string | null {
  if (size <= 0) return `“${name}” is empty (0 bytes), so there is nothing to keep.`;
  if (size > ATTACHMENT_MAX_BYTES) {
    const mb = Math.ceil(size / (1024 * 1024));
    return `“${name}” is ${mb} MB; Waymark keeps pictures and files up to ${ATTACHMENT_MAX_BYTES / (1024 * 1024)} MB.`;
  }
  return null;
}

/**
 * The kind of a file, decided from its bytes: only content recognised as a PNG, JPEG, WebP, GIF or
 * AVIF picture is ever drawn; SVG, HTML and anything unrecognised are kept as files. A name that
 * claims a kind the bytes are not (a PNG called .pdf, a script called .png) is refused.
 */
export async function detectKind(name: string, bytes: Uint8Array): Promise<Detected> {
  const problem = sizeProblem(name, bytes.length);
  if (problem) throw new ApiError('invalid_input', problem);
  const claimed = extensionOf(name);
  const found = await fileTypeFromBuffer(bytes);
  const claimable =
    claimed !== '' && (supportedExtensions.has(claimed as never) || claimed in SAME_KIND);
  if (found) {
    const allowed = SAME_KIND[claimed] ?? [claimed];
    const textName = claimed in TEXT_MIMES;
    if ((claimable || textName) && !allowed.includes(found.ext)) {
      throw new ApiError(
        'invalid_input',
        `“${name}” was not added: its name says .${claimed}, but its content is ${described(found.ext)}. Rename it to .${found.ext} and add it again.`,
      );
    }
    const program = PROGRAM_TYPES.has(found.ext) || PROGRAM_EXTENSIONS.has(claimed);
    const kind: AttachmentKind = program
      ? 'program'
      : PICTURE_MIMES.includes(found.mime)
        ? 'picture'
        : 'file';
    return { mime: found.mime, kind };
  }
  if (claimable && !(claimed in TEXT_MIMES)) {
    throw new ApiError(
      'invalid_input',
      `“${name}” was not added: its name says it is ${described(SAME_KIND[claimed]?.[0] ?? claimed)}, but its content is not.`,
    );
  }
  if (PROGRAM_EXTENSIONS.has(claimed)) return { mime: 'application/octet-stream', kind: 'program' };
  return { mime: TEXT_MIMES[claimed] ?? 'application/octet-stream', kind: 'file' };
}

/**
 * The one Content-Security-Policy for every way the renderer is served: the built page's meta tag,
 * the browser edition's response header, and the print window. Only our own files; no network.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // ProseMirror and React set style attributes; no stylesheet may come from elsewhere.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: waymark-attachment:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

import { protocol, type Session } from 'electron';
import {
  ATTACHMENT_SCHEME,
  attachmentProtocolResponse,
  type ReadAttachment,
} from '../attachments/serve';

/**
 * Before the app is ready: the scheme is secure (the page's CSP may name it) and may stream large
 * files, but gets no fetch or CORS access, so only <img> and downloads can use it.
 */
export function declareAttachmentScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: ATTACHMENT_SCHEME, privileges: { standard: true, secure: true, stream: true } },
  ]);
}

/**
 * Serves pictures and files on the session of our own window only (the window can show nothing
 * but our page: see navigation.ts). All logic is in attachments/serve.ts.
 */
export function serveAttachments(session: Session, read: ReadAttachment): void {
  session.protocol.handle(ATTACHMENT_SCHEME, (request) =>
    attachmentProtocolResponse(request.url, read),
  );
}

import type { attachmentsContract } from '../contract/attachments';
import type { HandlersFor } from '../core/handlers';
import { openAttachment } from './open';
import { attachmentUsage } from './service';
import { attachmentUploads } from './uploads';

export const attachmentsHandlers = {
  'attachments:begin': (ctx, input) => attachmentUploads(ctx.db, ctx.now).begin(input),
  'attachments:part': (ctx, input) => attachmentUploads(ctx.db, ctx.now).part(input),
  'attachments:finish': (ctx, input) => attachmentUploads(ctx.db, ctx.now).finish(input.uploadId),
  'attachments:cancel': (ctx, input) => ({
    cancelled: attachmentUploads(ctx.db, ctx.now).cancel(input.uploadId),
  }),
  'attachments:usage': (ctx) => attachmentUsage(ctx.db),
  'attachments:open': (ctx, input) => openAttachment(ctx, input),
} satisfies HandlersFor<typeof attachmentsContract>;

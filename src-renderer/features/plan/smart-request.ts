import { oneShotRequest } from '../../ui/one-shot-request';

/**
 * A goal just added opens with its SMART form in view and the first coached question focused
 * (below the steps, it would start off-screen).
 */
const smartForm = oneShotRequest();

export const requestSmartForm = smartForm.request;
export const takeSmartFormRequest = smartForm.take;

import { oneShotRequest } from '../../ui/one-shot-request';

/** A just-created entry takes the keyboard focus once its editor exists. */
const focus = oneShotRequest();

export const requestFocus = focus.request;
export const takeFocusRequest = focus.take;

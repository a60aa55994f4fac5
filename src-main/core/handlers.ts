import type { ChannelMap, OutputOf, ParsedInputOf } from '../contract/define';
import type { AppContext } from './context';

/** A domain's handler map: one function per channel, checked against the contract with `satisfies`. */
export type HandlersFor<M extends ChannelMap> = {
  [C in keyof M]: (
    ctx: AppContext,
    input: ParsedInputOf<M[C]>,
  ) => OutputOf<M[C]> | Promise<OutputOf<M[C]>>;
};

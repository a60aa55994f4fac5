import type { AspirationStatus, GoalStatus } from '../../../src-main/contract';

export const GOAL_STATUS_WORDS: Record<GoalStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const ASPIRATION_STATUS_WORDS: Record<AspirationStatus, string> = {
  active: 'Active',
  achieved: 'Achieved',
  retired: 'Retired',
};

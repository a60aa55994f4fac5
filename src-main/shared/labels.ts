/** Status names as the screens show them, the same in the window and in exported files. */
import type { AspirationStatus, GoalStatus } from '../contract/plan';

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const ASPIRATION_STATUS_LABELS: Record<AspirationStatus, string> = {
  active: 'Active',
  achieved: 'Achieved',
  retired: 'Retired',
};

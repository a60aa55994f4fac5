/**
 * The whole API between the window and the main process. Each domain contributes a map of
 * `domain:action` channels; this file only joins them. No Node and no Electron here: the renderer
 * imports these types, and the preload reads the channel names.
 */
import { achievementsContract } from './achievements';
import { appContract } from './app';
import { archiveContract } from './archive';
import { attachmentsContract } from './attachments';
import { backupContract } from './backup';
import { historyContract } from './history';
import { exportContract } from './export';
import { importContract } from './import';
import { journalContract } from './journal';
import { linksContract } from './links';
import { lockContract } from './lock';
import { planContract } from './plan';
import { searchContract } from './search';
import { syncContract } from './sync';
import { tagsContract } from './tags';
import { todayContract } from './today';
import { valuesContract } from './values';
import { welcomeContract } from './welcome';
import { joinContracts, type InputOf, type OutputOf } from './define';
import type { Result } from './errors';

export const contract = joinContracts(
  appContract,
  journalContract,
  tagsContract,
  linksContract,
  historyContract,
  searchContract,
  planContract,
  valuesContract,
  backupContract,
  archiveContract,
  exportContract,
  importContract,
  todayContract,
  welcomeContract,
  lockContract,
  attachmentsContract,
  achievementsContract,
  syncContract,
);

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type Input<C extends ChannelName> = InputOf<Contract[C]>;
export type Output<C extends ChannelName> = OutputOf<Contract[C]>;

export const channelNames = Object.keys(contract) as ChannelName[];

/** The object the preload exposes and the browser client mirrors: one method per channel. */
export type WaymarkBridge = {
  [C in ChannelName]: (input: Input<C>) => Promise<Result<Output<C>>>;
};

export type { Result, ApiErrorShape, ErrorCode, FieldError } from './errors';
export type { RichTextNode } from './schemas';
export type { Entry, EntrySummary, SavedEntry } from './journal';
export type { AppInfo } from './app';
export type {
  ExportLayout,
  ExportPrefs,
  InterviewAnswers,
  InterviewQuestionId,
  PaperSize,
  PrintOptions,
  SavePdfResult,
} from './export';
export type { AboutMe } from './about-me';
export type {
  Aspiration,
  AspirationNode,
  AspirationStatus,
  BackwardsProposal,
  Goal,
  GoalNode,
  GoalStatus,
  GoalStep,
  PlanRevision,
  PlanTree,
  PlanWarning,
  Progress,
  SmartLetter,
  SmartReport,
  TemplatePreview,
  TimelineAspiration,
  TimelineGoal,
  TimelinePlan,
  TimelineStep,
} from './plan';
export type {
  CheckDrift,
  FitScore,
  Movement,
  QuestionDrift,
  SavedCheck,
  ValuesAnswer,
  ValuesAnswers,
  ValuesAspiration,
  ValuesCheck,
  ValuesHistory,
  ValuesNudge,
  ValuesOverview,
  ValuesScorecard,
  ValuesSettings,
} from './values';
export type { EntryVersion } from './history';
export type { HighlightedText, SearchKind, SearchResponse, SearchResult } from './search';
export type { TagUsage } from './tags';
export type {
  BackgroundWork,
  BackupInfo,
  BackupKind,
  BackupList,
  JournalStatus,
  RestoreResult,
  SalvageResult,
} from './backup';
export type { ExportFile, ImportSummary, MarkdownExport } from './archive';
export { IMPORT_MAX_CHARS } from './archive';
export type {
  ImportedFrom,
  ImportKind,
  ImportPreview,
  ImportProblem,
  ImportProgress,
  ImportState,
  ImportUpload,
} from './import';
export type {
  CheckInAnswer,
  CheckInPoint,
  ReminderSettings,
  TodayCheckIn,
  TodayDueItem,
  TodayView,
} from './today';
export type { WelcomeResult, WelcomeState } from './welcome';
export type {
  Achievement,
  AchievementFilter,
  AchievementSource,
  AchievementView,
  CreateAchievementInput,
  UpdateAchievementInput,
} from './achievements';
export type {
  Attachment,
  AttachmentKind,
  AttachmentOpened,
  AttachmentUpload,
  AttachmentUsage,
  AttachmentUse,
} from './attachments';

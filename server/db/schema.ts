import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  AdvanceKind,
  PlayerDocument,
  Redaction,
  RelativeBox,
  StepKind,
} from '../../shared/clickthrough.ts';
import type { FlagState, Significance, Storyboard } from '../../shared/demos.ts';
import type { LinkKind } from '../../shared/library.ts';
import type { RequestState } from '../../shared/requests.ts';
import type { ReleaseImportResult } from '../../shared/schemas/demos.ts';
import type { ImportKind } from '../../shared/schemas/imports.ts';
import type { ImportResult } from '../../shared/schemas/library.ts';

/** Kysely's view of the tables the migrations create. Keep in step with server/db/migrations. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, never, never>;

export interface WorkspaceTable {
  id: Generated<number>;
  name: string;
  settings: ColumnType<Record<string, unknown>, string, string>;
  /** Counts user edits (0013_record_versions): the ETag and If-Match of the record. */
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  role: 'admin' | 'tmm' | 'requester' | 'viewer';
  password_hash: string | null;
  active: Generated<boolean>;
  /** The requesting team a requester belongs to. */
  team_id: ColumnType<string | null, string | null | undefined, string | null>;
  last_sign_in_at: Date | null;
  created_at: CreatedAt;
  /** Counts edits by people (0018_people_versions): the ETag and If-Match of the record. */
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  user_agent: string | null;
  ip: string | null;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Date;
}

export interface SignInFailuresTable {
  id: Generated<number>;
  email: string;
  ip: string | null;
  created_at: Timestamp;
}

export interface ApiTokensTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: CreatedAt;
  last_used_at: Date | null;
  expires_at: Date | null;
  revoked_at: Date | null;
  /** 0035: `read` and/or areas (shared/tokens.ts); empty means full access as the user. */
  scopes: ColumnType<string[], string[] | undefined, string[]>;
  /** 0035: when the token's use last went into the audit log (at most once an hour). */
  use_audited_at: Date | null;
}

export interface TermsTable {
  id: Generated<string>;
  kind: string;
  name: string;
  description: Generated<string>;
  parent_id: string | null;
  /** Stable key of a built-in term (formats, buyer stages) that rules refer to; survives renames. */
  key: string | null;
  position: Generated<number>;
  archived_at: Date | null;
  created_at: CreatedAt;
  /** Counts user edits (0013_record_versions): the ETag and If-Match of the record. */
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface DeliverableTypeFormatsTable {
  deliverable_type_id: string;
  format_id: string;
}

export interface TeamsTable {
  id: Generated<string>;
  name: string;
  quarterly_budget: Generated<number>;
  archived_at: Date | null;
  created_at: CreatedAt;
  /** Counts user edits (0013_record_versions): the ETag and If-Match of the record. */
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface TeamMembersTable {
  id: Generated<string>;
  user_id: string;
  title: Generated<string>;
  quarterly_capacity: Generated<number>;
  archived_at: Date | null;
  created_at: CreatedAt;
  /** Counts edits by people (0018_people_versions): the ETag and If-Match of the record. */
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface TeamMemberAreasTable {
  team_member_id: string;
  term_id: string;
}

export interface AssetLink {
  kind: LinkKind;
  url: string;
  label?: string;
}

export interface AssetsTable {
  id: Generated<string>;
  title: string;
  summary: Generated<string>;
  body: Generated<string>;
  format_id: string | null;
  deliverable_type_id: string | null;
  buyer_stage_id: string | null;
  owner_id: string | null;
  primary_url: string | null;
  links: ColumnType<AssetLink[], string | undefined, string>;
  image_url: string | null;
  duration_minutes: number | null;
  slide_count: number | null;
  word_count: number | null;
  step_count: number | null;
  key_takeaway: Generated<string>;
  safe_to_share: Generated<boolean>;
  visibility: Generated<'internal' | 'external'>;
  status: Generated<'draft' | 'in_review' | 'published' | 'archived'>;
  published_on: string | null;
  expires_on: string | null;
  last_verified_on: string | null;
  archived_reason: string | null;
  tags: Generated<string[]>;
  external_key: string | null;
  view_count: Generated<number>;
  version: Generated<number>;
  /** Counts user edits (0013_record_versions): the ETag and If-Match; `version` numbers the history. */
  edit_version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** A narrow copy of each asset for search, kept in step by triggers (0005_search); never written by code. */
export interface AssetSearchTable {
  asset_id: string;
  status: string;
  visibility: string;
  format_id: string | null;
  buyer_stage_id: string | null;
  owner_id: string | null;
  published_on: string | null;
  expires_on: string | null;
  view_count: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  term_ids: string[];
  head: string;
  words: string;
}

/** Every stem the library has used, for typo tolerance (0005_search); filled by a trigger. */
export interface SearchWordsTable {
  word: string;
}

/** One row: the library change counter the search result cache checks (0022_search_broad). */
export interface LibraryChangesTable {
  id: Generated<boolean>;
  counter: Generated<string>;
  changed_by: string | null;
}

export interface AssetTermsTable {
  asset_id: string;
  term_id: string;
}

export interface AssetContributorsTable {
  asset_id: string;
  user_id: string;
}

export interface AssetVersionsTable {
  id: Generated<string>;
  asset_id: string;
  version: number;
  snapshot: ColumnType<Record<string, unknown>, string, string>;
  changes: string[];
  note: Generated<string>;
  actor_id: string | null;
  created_at: CreatedAt;
}

export interface ListsTable {
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  owner_id: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ListItemsTable {
  list_id: string;
  asset_id: string;
  position: Generated<number>;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  title: string;
  body: Generated<string>;
  link: string | null;
  read_at: Date | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface RequestsTable {
  id: Generated<string>;
  number: ColumnType<number, never, never>;
  title: string;
  business_goal: Generated<string>;
  audience: Generated<string>;
  audience_size: number | null;
  distribution_plan: Generated<string>;
  event_name: Generated<string>;
  description: Generated<string>;
  due_date: string | null;
  deliverable_type_id: string | null;
  solution_id: string | null;
  use_case_id: string | null;
  /** Null only for demo updates, which no requesting team pays for. */
  team_id: string | null;
  requester_id: string;
  links: ColumnType<{ url: string; label?: string }[], string | undefined, string>;
  reuse: Generated<boolean>;
  for_event: Generated<boolean>;
  reused_asset_id: string | null;
  cost: number;
  quarter: string;
  budget_override_reason: string | null;
  state: Generated<RequestState>;
  stage: 'queue' | 'in_progress' | 'waiting' | null;
  priority: number | null;
  assignee_id: string | null;
  duplicate_of_id: string | null;
  review_due_at: Date;
  reviewed_at: Date | null;
  results: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  /** Where an imported request came from (a GitLab issue URL); unique. */
  external_ref: string | null;
  /** The author of the GitLab issue a request was filed from: their name and GitLab username. */
  external_author_name: string | null;
  external_author_username: string | null;
  overdue_notified_at: Date | null;
  kind: Generated<'content' | 'demo_update'>;
  /** The demo a demo-update request is about. */
  demo_id: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
  /** Counts user edits (0013_record_versions): the ETag and If-Match of the record. */
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface RequestTermsTable {
  request_id: string;
  term_id: string;
}

export interface RequestAssetsTable {
  request_id: string;
  asset_id: string;
}

export interface RequestEventsTable {
  id: Generated<string>;
  /** Insertion order; the history is read in this order. */
  seq: ColumnType<number, never, never>;
  request_id: string;
  kind: string;
  from_state: string | null;
  to_state: string | null;
  reason: Generated<string>;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
  actor_id: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface RequestCommentsTable {
  id: Generated<string>;
  request_id: string;
  author_id: string | null;
  body: string;
  created_at: CreatedAt;
}

export interface IntegrationDeliveriesTable {
  id: string;
  source: string;
  request_id: string | null;
  received_at: Generated<Date>;
}

/** An admin's link from a GitLab username (lower case) to the Showcase account intake files as. */
export interface GitlabUserLinksTable {
  username: string;
  user_id: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

/** An OpenID Connect identity (issuer + subject) linked to an account (0015_oidc_identities). */
export interface OidcIdentitiesTable {
  issuer: string;
  subject: string;
  user_id: string;
  email: string | null;
  groups: ColumnType<string[], string[] | undefined, string[]>;
  created_at: Generated<Date>;
  last_sign_in_at: Date;
}

export interface WebhooksTable {
  id: Generated<string>;
  name: string;
  url: string;
  events: string[];
  active: Generated<boolean>;
  /** Counts user edits (0013_record_versions): the ETag and If-Match of the record. */
  version: Generated<number>;
  created_at: CreatedAt;
  /** Signs every delivery (HMAC-SHA256); kept readable because signing needs it. */
  secret: string;
}

export interface WebhookDeliveriesTable {
  id: Generated<string>;
  webhook_id: string;
  event: string;
  payload: ColumnType<Record<string, unknown>, string, string>;
  status: Generated<'pending' | 'delivered' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Date;
  last_status_code: number | null;
  last_error: string | null;
  created_at: CreatedAt;
  delivered_at: Date | null;
}

/** A file on a library asset (0021_asset_files); its bytes are in storage under `storage_key`. */
export interface AssetFilesTable {
  id: Generated<string>;
  asset_id: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  storage_key: string;
  uploaded_by: string | null;
  created_at: Timestamp;
}
export type AssetFileRow = Selectable<AssetFilesTable>;

export interface RequestAttachmentsTable {
  id: Generated<string>;
  request_id: string;
  uploader_id: string | null;
  filename: string;
  content_type: string;
  size: number;
  /** The content while it is still in the database (before 0007_files moved it); NULL after. */
  data: Uint8Array | null;
  /** Where the file lives in storage (server/storage); NULL while `data` holds it. */
  storage_key: string | null;
  sha256: string | null;
  created_at: CreatedAt;
}

export interface ProductStagesTable {
  id: Generated<string>;
  key: string;
  name: string;
  description: Generated<string>;
  position: Generated<number>;
  created_at: CreatedAt;
  /** Counts user edits (0013_record_versions): the ETag and If-Match of the record. */
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface ProductCategoriesTable {
  id: Generated<string>;
  key: string;
  stage_id: string;
  name: string;
  description: Generated<string>;
  documentation_url: string | null;
  maturity: string | null;
  tiers: Generated<string[]>;
  position: Generated<number>;
  created_at: CreatedAt;
  /** Counts user edits (0013_record_versions): the ETag and If-Match of the record. */
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface ProductFeaturesTable {
  id: Generated<string>;
  category_id: string;
  name: string;
  description: Generated<string>;
  documentation_url: string | null;
  tiers: Generated<string[]>;
  introduced_in: string | null;
  created_at: CreatedAt;
  /** Counts user edits (0013_record_versions): the ETag and If-Match of the record. */
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface DemosTable {
  asset_id: string;
  persona_id: string | null;
  product_version: string | null;
  environment: Generated<string>;
  storyboard: ColumnType<Storyboard, string | undefined, string>;
  derived_from_id: string | null;
  persona_override_reason: string | null;
  created_at: CreatedAt;
  /** Counts user edits (0013_record_versions): the ETag and If-Match of the record. */
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface DemoStepsTable {
  demo_id: string;
  position: number;
  category_id: string;
  feature_id: string | null;
  core: boolean;
  note: Generated<string>;
}

export interface ReleasesTable {
  id: Generated<string>;
  version: string;
  version_key: number[];
  released_on: string | null;
  source: Generated<string>;
  report: ColumnType<unknown[], string | undefined, string>;
  created_by: string | null;
  created_at: CreatedAt;
  analysed_at: Date | null;
}

export interface ReleaseChangesTable {
  id: Generated<string>;
  release_id: string;
  position: number;
  name: string;
  significance: Significance;
  stage_id: string | null;
  category_ids: Generated<string[]>;
  feature_id: string | null;
  unknown_categories: Generated<string[]>;
  tiers: Generated<string[]>;
  description: Generated<string>;
  documentation_url: string | null;
  source_file: Generated<string>;
}

export interface DemoFlagsTable {
  id: Generated<string>;
  demo_id: string;
  release_id: string;
  score: number;
  reasons: ColumnType<string[], string, string>;
  state: FlagState;
  dismiss_reason: string | null;
  request_id: string | null;
  actor_id: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: Timestamp;
  resolved_at: Date | null;
}

export interface ImportsTable {
  id: Generated<string>;
  kind: ImportKind;
  dry_run: boolean;
  file_name: string | null;
  actor_id: string | null;
  state: Generated<'queued' | 'running' | 'succeeded' | 'failed'>;
  phase: string | null;
  done: Generated<number>;
  total: number | null;
  input: string | null;
  result: ColumnType<ImportResult | ReleaseImportResult | null, string | null | undefined, string | null>;
  error: string | null;
  created_at: CreatedAt;
  started_at: Date | null;
  finished_at: Date | null;
}

/** A piece of content in the plan (0024_plan); at most one per request. */
export interface PlanEntriesTable {
  id: Generated<string>;
  title: string;
  format_id: string | null;
  solution_id: string | null;
  owner_id: string | null;
  quarter: string;
  start_date: ColumnType<string, string, string>;
  due_date: ColumnType<string, string, string>;
  status: Generated<'planned' | 'in_progress' | 'published' | 'dropped'>;
  request_id: string | null;
  asset_id: string | null;
  notes: Generated<string>;
  /** The row key of an imported spreadsheet line, so a re-import updates instead of duplicating. */
  external_key: string | null;
  /** Counts user edits: the ETag and If-Match of the record. */
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** A webinar, workshop, conference or other event on the calendar (0024_plan). */
export interface PlanEventsTable {
  id: Generated<string>;
  kind: 'webinar' | 'workshop' | 'conference' | 'other';
  title: string;
  starts_at: Date;
  ends_at: Date;
  location: Generated<string>;
  registration_url: string | null;
  description: Generated<string>;
  owner_id: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** A secret iCal feed URL: only the SHA-256 of its token is kept. */
export interface CalendarFeedsTable {
  id: Generated<string>;
  user_id: string;
  scope: 'mine' | 'team';
  token_hash: string;
  /** When the current secret was issued (re-issuing moves it). */
  created_at: ColumnType<Date, Date | undefined, Date>;
  last_read_at: Date | null;
}

/** The column mapping a user's last plan CSV import used. */
export interface PlanImportMappingsTable {
  user_id: string;
  mapping: ColumnType<Record<string, string>, string, string>;
  updated_at: Timestamp;
}

export interface AuditLogTable {
  /** bigint, read as a number (server/db/connect.ts). */
  id: Generated<number>;
  at: Date;
  actor_id: string | null;
  actor_label: string;
  via: 'session' | 'token' | 'sso' | 'cli' | 'system' | 'anonymous';
  token_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  target_label: string | null;
  changes: ColumnType<Record<string, { before: unknown; after: unknown }>, string, never>;
  details: ColumnType<Record<string, unknown>, string, never>;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}
export type AuditLogRow = Selectable<AuditLogTable>;

/** Calls counted per (scope, key digest, fixed window); every instance counts in the same rows. */
export interface RateLimitsTable {
  scope: string;
  key: string;
  window_start: Date;
  window_end: Date;
  count: number;
}

export interface DB {
  workspace: WorkspaceTable;
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  api_tokens: ApiTokensTable;
  terms: TermsTable;
  deliverable_type_formats: DeliverableTypeFormatsTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  team_member_areas: TeamMemberAreasTable;
  assets: AssetsTable;
  asset_terms: AssetTermsTable;
  asset_search: AssetSearchTable;
  search_words: SearchWordsTable;
  library_changes: LibraryChangesTable;
  asset_contributors: AssetContributorsTable;
  asset_versions: AssetVersionsTable;
  lists: ListsTable;
  list_items: ListItemsTable;
  notifications: NotificationsTable;
  requests: RequestsTable;
  request_terms: RequestTermsTable;
  request_assets: RequestAssetsTable;
  request_events: RequestEventsTable;
  request_comments: RequestCommentsTable;
  integration_deliveries: IntegrationDeliveriesTable;
  gitlab_user_links: GitlabUserLinksTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  request_attachments: RequestAttachmentsTable;
  product_stages: ProductStagesTable;
  product_categories: ProductCategoriesTable;
  product_features: ProductFeaturesTable;
  demos: DemosTable;
  demo_steps: DemoStepsTable;
  releases: ReleasesTable;
  release_changes: ReleaseChangesTable;
  demo_flags: DemoFlagsTable;
  jobs: JobsTable;
  job_runs: JobRunsTable;
  imports: ImportsTable;
  share_links: ShareLinksTable;
  asset_files: AssetFilesTable;
  share_link_recipients: ShareLinkRecipientsTable;
  share_email_codes: ShareEmailCodesTable;
  share_grants: ShareGrantsTable;
  engagement_events: EngagementEventsTable;
  engagement_salts: EngagementSaltsTable;
  engagement_daily: EngagementDailyTable;
  engagement_link_daily: EngagementLinkDailyTable;
  engagement_daily_wide: EngagementDailyWideTable;
  engagement_link_daily_wide: EngagementLinkDailyWideTable;
  engagement_weekly_wide: EngagementWeeklyWideTable;
  engagement_link_weekly_wide: EngagementLinkWeeklyWideTable;
  oidc_identities: OidcIdentitiesTable;
  plan_entries: PlanEntriesTable;
  plan_events: PlanEventsTable;
  calendar_feeds: CalendarFeedsTable;
  plan_import_mappings: PlanImportMappingsTable;
  objectives: ObjectivesTable;
  key_results: KeyResultsTable;
  key_result_entries: KeyResultEntriesTable;
  distribution_channels: DistributionChannelsTable;
  utm_templates: UtmTemplatesTable;
  asset_distributions: AssetDistributionsTable;
  short_links: ShortLinksTable;
  audit_log: AuditLogTable;
  rate_limits: RateLimitsTable;
  checklist_items: ChecklistItemsTable;
  asset_checklist_ticks: AssetChecklistTicksTable;
  publish_overrides: PublishOverridesTable;
  click_through_steps: ClickThroughStepsTable;
  click_through_settings: ClickThroughSettingsTable;
  click_through_versions: ClickThroughVersionsTable;
  click_through_version_images: ClickThroughVersionImagesTable;
  click_through_sessions: ClickThroughSessionsTable;
  click_through_events: ClickThroughEventsTable;
  click_through_rate_windows: ClickThroughRateWindowsTable;
}

/** A tracked share link (0014_share_links): only the token's digest is stored. */
export interface ShareLinksTable {
  id: Generated<string>;
  asset_id: string;
  created_by: string | null;
  token_digest: string;
  name: string;
  notes: Generated<string>;
  audience: 'recipient' | 'account' | 'group';
  account_name: string | null;
  expires_at: Date | null;
  passcode_hash: string | null;
  passcode_failures: Generated<number>;
  passcode_failed_since: Date | null;
  email_gate: Generated<boolean>;
  allow_list: Generated<string[]>;
  deny_list: Generated<string[]>;
  downloads: Generated<boolean>;
  /** Burn the recipient's email into served images and PDFs (0021_asset_files). */
  watermark: Generated<boolean>;
  revoked_at: Date | null;
  revoked_by: string | null;
  first_visit_at: Date | null;
  created_at: Timestamp;
}

export interface ShareLinkRecipientsTable {
  id: Generated<string>;
  link_id: string;
  name: Generated<string>;
  email: string;
  added_by_visit: Generated<boolean>;
  created_at: Timestamp;
}

export interface ShareEmailCodesTable {
  id: Generated<string>;
  link_id: string;
  email: string;
  code_digest: string;
  expires_at: Date;
  attempts: Generated<number>;
  used_at: Date | null;
  created_at: Date;
}

export interface ShareGrantsTable {
  id: Generated<string>;
  link_id: string;
  token_digest: string;
  passcode_ok: Generated<boolean>;
  recipient_id: string | null;
  expires_at: Date;
  created_at: Date;
}

export interface EngagementEventsTable {
  id: Generated<string>;
  asset_id: string;
  link_id: string | null;
  recipient_id: string | null;
  source: EngagementSource;
  kind: EngagementKind;
  visit_id: string | null;
  visitor_hash: string | null;
  seconds: Generated<number>;
  /** How many the event stands for: 1, or an outside number (0017_engagement_model). */
  quantity: Generated<number>;
  occurred_at: Date;
  /** The short link clicked (0025_distribution). */
  short_link_id: Generated<string | null>;
}

export type EngagementSource = 'share_link' | 'showcase' | 'short_link' | 'click_through' | 'outside';
export type EngagementKind =
  | 'visit'
  | 'beat'
  | 'download'
  | 'view'
  | 'click'
  | 'session'
  | 'step'
  | 'cta'
  | 'complete'
  | 'outside'
  | OutsideKind;

/** What a number from outside counts (0019_outside_numbers); one per asset, kind and day. */
export type OutsideKind = 'video_view' | 'blog_view' | 'registration' | 'attendance';

/** Rollup per asset, source, kind and UTC day, kept with each event (0017_engagement_model). */
export interface EngagementDailyTable {
  asset_id: string;
  source: string;
  kind: string;
  day: string;
  events: string;
  seconds: string;
}

/** Rollup per link, recipient (nil uuid when anonymous), kind and UTC day. */
export interface EngagementLinkDailyTable {
  link_id: string;
  recipient_id: string;
  kind: string;
  day: string;
  events: string;
  seconds: string;
}

/** Rollup per asset and UTC day, one column per insights measure (0026_engagement_wide_rollups). */
export interface EngagementDailyWideTable {
  asset_id: string;
  day: string;
  share_visits: string;
  showcase_views: string;
  downloads: string;
  short_link_clicks: string;
  click_through_sessions: string;
  video_views: string;
  blog_views: string;
  registrations: string;
  attendance: string;
  share_seconds: string;
}

/** Rollup per link, recipient (nil uuid when anonymous) and UTC day (0026_engagement_wide_rollups). */
export interface EngagementLinkDailyWideTable {
  link_id: string;
  recipient_id: string;
  day: string;
  visits: string;
  downloads: string;
  seconds: string;
}

/** engagement_daily_wide per asset and week of the quarter (0029_engagement_weekly_rollups). */
export interface EngagementWeeklyWideTable {
  asset_id: string;
  /** The week's first day: engagement_week(day). */
  week: string;
  share_visits: string;
  showcase_views: string;
  downloads: string;
  short_link_clicks: string;
  click_through_sessions: string;
  video_views: string;
  blog_views: string;
  registrations: string;
  attendance: string;
  share_seconds: string;
}

/** engagement_link_daily_wide per link, recipient and week of the quarter (0029_engagement_weekly_rollups). */
export interface EngagementLinkWeeklyWideTable {
  link_id: string;
  recipient_id: string;
  week: string;
  visits: string;
  downloads: string;
  seconds: string;
  /** The week's last day with a daily row. */
  last_day: string;
}

export interface EngagementSaltsTable {
  day: string;
  salt: string;
}

export type ShareLinkRow = Selectable<ShareLinksTable>;
export type ShareLinkRecipientRow = Selectable<ShareLinkRecipientsTable>;
export type ShareGrantRow = Selectable<ShareGrantsTable>;
export type EngagementEventRow = Selectable<EngagementEventsTable>;

export interface JobsTable {
  id: string;
  kind: string;
  status: Generated<'pending' | 'running' | 'succeeded' | 'failed'>;
  run_at: Date;
  attempts: Generated<number>;
  max_attempts: number;
  locked_until: Date | null;
  locked_by: string | null;
  last_error: string | null;
  created_at: CreatedAt;
  finished_at: Date | null;
}

export interface JobRunsTable {
  id: Generated<string>;
  job_id: string;
  kind: string;
  attempt: number;
  worker: string;
  outcome: Generated<'running' | 'succeeded' | 'failed'>;
  started_at: Date;
  finished_at: Date | null;
  duration_ms: number | null;
  error: string | null;
  summary: string | null;
}

export type JobRow = Selectable<JobsTable>;
export type JobRunRow = Selectable<JobRunsTable>;

export type OidcIdentityRow = Selectable<OidcIdentitiesTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type TermRow = Selectable<TermsTable>;
export type TeamRow = Selectable<TeamsTable>;
export type TeamMemberRow = Selectable<TeamMembersTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
export type AssetRow = Selectable<AssetsTable>;
export type ListRow = Selectable<ListsTable>;
export type NotificationRow = Selectable<NotificationsTable>;
export type RequestRow = Selectable<RequestsTable>;
export type StageRow = Selectable<ProductStagesTable>;
export type CategoryRow = Selectable<ProductCategoriesTable>;
export type FeatureRow = Selectable<ProductFeaturesTable>;
export type DemoRow = Selectable<DemosTable>;
export type DemoStepRow = Selectable<DemoStepsTable>;
export type ReleaseRow = Selectable<ReleasesTable>;
export type ReleaseChangeRow = Selectable<ReleaseChangesTable>;
export type DemoFlagRow = Selectable<DemoFlagsTable>;

/** An objective of a quarter (0020_okrs). */
export interface ObjectivesTable {
  id: Generated<string>;
  quarter: string;
  title: string;
  description: Generated<string>;
  owner_id: string | null;
  position: Generated<number>;
  /** Counts user edits: the ETag and If-Match of the record. */
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** A key result: a live measure with filters, or `manual` (its numbers in key_result_entries). */
export interface KeyResultsTable {
  id: Generated<string>;
  objective_id: string;
  position: Generated<number>;
  title: string;
  measure: string;
  filters: ColumnType<Record<string, string>, string | undefined, string>;
  target: number;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface KeyResultEntriesTable {
  id: Generated<string>;
  key_result_id: string;
  value: number;
  entered_by: string | null;
  entered_at: Date;
}

/** A channel a published piece goes out on (0025_distribution), with its usual UTM source and medium. */
export interface DistributionChannelsTable {
  id: Generated<string>;
  name: string;
  utm_source: Generated<string>;
  utm_medium: Generated<string>;
  position: Generated<number>;
  archived: Generated<boolean>;
  created_at: CreatedAt;
}
export type DistributionChannelRow = Selectable<DistributionChannelsTable>;

export interface UtmTemplatesTable {
  id: Generated<string>;
  channel_id: string;
  name: string;
  campaign: Generated<string>;
  source: Generated<string>;
  medium: Generated<string>;
  content: Generated<string>;
  created_by: string | null;
  created_at: CreatedAt;
}
export type UtmTemplateRow = Selectable<UtmTemplatesTable>;

/** One row of an asset's distribution checklist: a channel, its status, where and who. */
export interface AssetDistributionsTable {
  asset_id: string;
  channel_id: string;
  status: Generated<'todo' | 'done' | 'skipped'>;
  url: string | null;
  done_on: string | null;
  done_by: string | null;
  updated_at: Timestamp;
}

/** A short link served at /s/<code>; only these redirect. */
export interface ShortLinksTable {
  id: Generated<string>;
  code: string;
  target_url: string;
  asset_id: string;
  channel_id: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}
export type ShortLinkRow = Selectable<ShortLinksTable>;

/** An item of a format's publishing checklist. */
export interface ChecklistItemsTable {
  id: Generated<string>;
  format_id: string;
  label: string;
  required: Generated<boolean>;
  position: Generated<number>;
}
export type ChecklistItemRow = Selectable<ChecklistItemsTable>;

export interface AssetChecklistTicksTable {
  asset_id: string;
  item_id: string;
  done_by: string | null;
  done_at: Date;
}

/** Publishing with required checklist items open: who, why and which items. */
export interface PublishOverridesTable {
  id: Generated<string>;
  asset_id: string;
  reason: string;
  open_items: ColumnType<string[], string, string>;
  overridden_by: string | null;
  overridden_at: Date;
}

/**
 * A step of a click-through demo's draft (0030_click_through). `image_key` is the screenshot in
 * storage (redactions burned in); `image_version` moves with every new image (the URL's `v`).
 */
export interface ClickThroughStepsTable {
  id: Generated<string>;
  demo_id: string;
  position: number;
  kind: StepKind;
  image_key: string | null;
  image_version: Generated<number>;
  width: number | null;
  height: number | null;
  hotspot: ColumnType<RelativeBox | null, string | null | undefined, string | null>;
  title: Generated<string>;
  body: Generated<string>;
  chapter: string | null;
  category_id: string | null;
  feature_id: string | null;
  advance: ColumnType<AdvanceKind, AdvanceKind | undefined, AdvanceKind>;
  timer_seconds: number | null;
  cta_text: string | null;
  cta_url: string | null;
  redactions: ColumnType<Redaction[], string | undefined, string>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}
export type ClickThroughStepRow = Selectable<ClickThroughStepsTable>;

/** Per click-through demo: token fallbacks and the draft's version counter (its ETag). */
export interface ClickThroughSettingsTable {
  demo_id: string;
  tokens: ColumnType<Record<string, string>, string | undefined, string>;
  version: Generated<number>;
  updated_at: Timestamp;
}

/** A published version of a click-through demo: the frozen PlayerDocument. */
export interface ClickThroughVersionsTable {
  id: Generated<string>;
  demo_id: string;
  number: number;
  document: ColumnType<PlayerDocument, string, string>;
  published_at: Date;
  published_by: string | null;
}
export type ClickThroughVersionRow = Selectable<ClickThroughVersionsTable>;

/** A published version's own copy of a step's screenshot. */
export interface ClickThroughVersionImagesTable {
  version_id: string;
  step_id: string;
  storage_key: string;
  content_type: string;
}

/** One player session of a published click-through version (0031_click_through_events); id is the player's random id. */
export interface ClickThroughSessionsTable {
  id: string;
  demo_id: string;
  version_id: string;
  link_id: string | null;
  recipient_id: string | null;
  started_at: Date;
  last_received_at: Date;
  /** A session_start event has been received (and counted as an engagement event). */
  started: Generated<boolean>;
  /** A completed event has been received (and counted). */
  completed: Generated<boolean>;
  /** The furthest step position (1-based) viewed, 0 before any. */
  furthest: Generated<number>;
  events: Generated<number>;
}

/** One player event (0031_click_through_events). */
export interface ClickThroughEventsTable {
  id: Generated<string>;
  session_id: string;
  version_id: string;
  session_started_at: Date;
  kind: 'session_start' | 'step_viewed' | 'hotspot_clicked' | 'cta_clicked' | 'completed';
  step_id: string | null;
  at_ms: number;
  received_at: Date;
}

/** Batches per client and minute, for the player events' rate limit (0031_click_through_events). */
export interface ClickThroughRateWindowsTable {
  client: string;
  window_start: Date;
  batches: Generated<number>;
}

import type {
  AssetChecklist,
  Channel,
  Distribution,
  ShortLink,
  UtmTemplate,
} from '../../../shared/schemas/distribution.ts';
import type { DistributionChannelRow, ShortLinkRow, UtmTemplateRow } from '../../db/schema.ts';

const person = (id: string | null, name: string | null) => (id && name ? { id, name } : null);
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export function presentShortLink(
  row: ShortLinkRow & { channel_name: string | null; clicks: number | null },
  baseUrl: string,
): ShortLink {
  return {
    id: row.id,
    code: row.code,
    url: `${baseUrl}/s/${row.code}`,
    targetUrl: row.target_url,
    assetId: row.asset_id,
    channelId: row.channel_id,
    channelName: row.channel_name,
    clicks: row.clicks ?? 0,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  };
}

export function presentChannel(row: DistributionChannelRow): Channel {
  return {
    id: row.id,
    name: row.name,
    utmSource: row.utm_source,
    utmMedium: row.utm_medium,
    position: row.position,
    archived: row.archived,
  };
}

export function presentUtmTemplate(row: UtmTemplateRow): UtmTemplate {
  return {
    id: row.id,
    channelId: row.channel_id,
    name: row.name,
    campaign: row.campaign,
    source: row.source,
    medium: row.medium,
    content: row.content,
  };
}

export function presentDistribution(result: {
  open: boolean;
  rows: {
    channel_id: string;
    channel_name: string;
    utm_source: string;
    utm_medium: string;
    status: 'todo' | 'done' | 'skipped';
    url: string | null;
    done_on: string | null;
    done_by: string | null;
    done_by_name: string | null;
  }[];
}): Distribution {
  return {
    open: result.open,
    rows: result.rows.map((row) => ({
      channelId: row.channel_id,
      channelName: row.channel_name,
      utmSource: row.utm_source,
      utmMedium: row.utm_medium,
      status: row.status,
      url: row.url,
      doneOn: row.done_on,
      doneBy: person(row.done_by, row.done_by_name),
    })),
  };
}

export function presentAssetChecklist(result: {
  formatName: string | null;
  items: {
    id: string;
    label: string;
    required: boolean;
    done_at: Date | null;
    done_by: string | null;
    done_by_name: string | null;
  }[];
  overrides: {
    reason: string;
    open_items: string[];
    overridden_by: string | null;
    overridden_at: Date;
    by_name: string | null;
  }[];
}): AssetChecklist {
  return {
    formatName: result.formatName,
    items: result.items.map((item) => ({
      id: item.id,
      label: item.label,
      required: item.required,
      done: item.done_at !== null,
      doneBy: person(item.done_by, item.done_by_name),
      doneAt: iso(item.done_at),
    })),
    overrides: result.overrides.map((override) => ({
      reason: override.reason,
      openItems: override.open_items,
      by: person(override.overridden_by, override.by_name),
      at: override.overridden_at.toISOString(),
    })),
  };
}

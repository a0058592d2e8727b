import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { rangePresets } from '../components/chartData.ts';

/**
 * The date range of an insights view, kept in the URL (from, to; the last 90 days when absent),
 * the preset it matches if any, and a way to choose a preset.
 */
export function useRange() {
  const [params, setParams] = useSearchParams();
  const presets = useMemo(() => rangePresets(new Date()), []);
  const fallback = presets[1] as (typeof presets)[number];
  const from = params.get('from') ?? fallback.from;
  const to = params.get('to') ?? fallback.to;
  const preset = presets.find((p) => p.from === from && p.to === to)?.value ?? null;
  const choose = (value: string) => {
    const chosen = presets.find((p) => p.value === value);
    if (!chosen) return;
    const next = new URLSearchParams(params);
    next.set('from', chosen.from);
    next.set('to', chosen.to);
    setParams(next, { replace: true });
  };
  return { from, to, preset, presets, choose, params, setParams };
}

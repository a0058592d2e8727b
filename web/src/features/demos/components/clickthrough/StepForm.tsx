import {
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type AdvanceKind, type StepKind, TOOLTIP_MAX_WORDS, wordCount } from '@shared/clickthrough.ts';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../../api/client.ts';
import type { BuilderStep, StepChanges } from '../../hooks/useClickThrough.ts';
import { useCatalogueTargets } from '../../hooks/useDemos.ts';

const kindOptions: { value: StepKind; label: string }[] = [
  { value: 'intro', label: 'Intro' },
  { value: 'step', label: 'Step' },
  { value: 'closing', label: 'Closing' },
];
const advanceOptions: { value: AdvanceKind; label: string }[] = [
  { value: 'hotspot', label: 'Click the hotspot' },
  { value: 'next', label: 'Next button' },
  { value: 'timer', label: 'Timer' },
];

/**
 * The fields of one step. Text saves when the field loses focus; choices save at once. Field
 * errors from the server show under their field.
 */
export function StepForm({
  step,
  save,
  error,
}: {
  step: BuilderStep;
  save: (changes: StepChanges) => void;
  error: Error | null;
}) {
  const targets = useCatalogueTargets();
  const [title, setTitle] = useState(step.title);
  const [body, setBody] = useState(step.body);
  const [chapter, setChapter] = useState(step.chapter ?? '');
  const [ctaText, setCtaText] = useState(step.cta?.text ?? '');
  const [ctaUrl, setCtaUrl] = useState(step.cta?.url ?? '');
  // A different step, or the same one saved elsewhere, replaces what the fields hold.
  useEffect(() => {
    setTitle(step.title);
    setBody(step.body);
    setChapter(step.chapter ?? '');
    setCtaText(step.cta?.text ?? '');
    setCtaUrl(step.cta?.url ?? '');
  }, [step]);
  const fields = error instanceof ApiError ? error.fields : {};
  const words = wordCount(body);
  const target = step.featureId
    ? `feature:${step.featureId}`
    : step.categoryId
      ? `category:${step.categoryId}`
      : null;
  const saveCta = () => {
    const text = ctaText.trim();
    const url = ctaUrl.trim();
    if (text === (step.cta?.text ?? '') && url === (step.cta?.url ?? '')) return;
    save({ cta: text || url ? { text, url } : null });
  };
  const ends = step.kind !== 'step';

  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label="Kind of step"
        data={kindOptions}
        value={step.kind}
        onChange={(kind) => save({ kind: kind as StepKind })}
        fullWidth
      />
      <TextInput
        label="Tooltip title"
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        onBlur={() => title !== step.title && save({ title })}
        error={fields.title}
        placeholder="Open the pipeline editor"
      />
      <Textarea
        label="Tooltip text"
        description={`Markdown. Personalise with {{company}}, {{first_name}} or {{company|your team}} (fallback after |). ${words} of ${TOOLTIP_MAX_WORDS} words.`}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        onBlur={() => body !== step.body && save({ body })}
        error={
          fields.body ?? (words > TOOLTIP_MAX_WORDS ? `Keep it to ${TOOLTIP_MAX_WORDS} words` : undefined)
        }
        autosize
        minRows={3}
        maxRows={8}
      />
      <TextInput
        label="Chapter"
        description="Steps with a chapter start a section of the player's chapter menu."
        value={chapter}
        onChange={(event) => setChapter(event.currentTarget.value)}
        onBlur={() => chapter !== (step.chapter ?? '') && save({ chapter: chapter.trim() || null })}
        error={fields.chapter}
      />
      {!ends && (
        <Select
          label="Shows in the product"
          description="The catalogue category or feature this step shows; releases that change it flag the step."
          placeholder="Category or feature"
          data={targets}
          value={target}
          onChange={(value) => {
            if (!value) return save({ categoryId: null, featureId: null });
            const [kind, id] = value.split(':');
            save(kind === 'feature' ? { featureId: id } : { categoryId: id, featureId: null });
          }}
          error={fields.categoryId ?? fields.featureId}
          searchable
          clearable
        />
      )}
      <Stack gap={4}>
        <Text size="sm" fw={500} id={`advance-${step.id}`}>
          Viewers go on by
        </Text>
        <Group gap="sm" align="flex-end">
          <SegmentedControl
            aria-labelledby={`advance-${step.id}`}
            data={ends ? advanceOptions.filter((option) => option.value !== 'hotspot') : advanceOptions}
            value={step.advance}
            onChange={(advance) =>
              save(
                advance === 'timer'
                  ? { advance: 'timer', timerSeconds: step.timerSeconds ?? 5 }
                  : { advance: advance as AdvanceKind },
              )
            }
          />
          {step.advance === 'timer' && (
            <NumberInput
              aria-label="Seconds before the next step"
              suffix=" s"
              min={1}
              max={60}
              w={90}
              value={step.timerSeconds ?? 5}
              onChange={(value) => typeof value === 'number' && save({ timerSeconds: value })}
              error={fields.timerSeconds}
            />
          )}
        </Group>
      </Stack>
      {ends && (
        <Group grow align="flex-start">
          <TextInput
            label="Call to action"
            placeholder="Start a free trial"
            value={ctaText}
            onChange={(event) => setCtaText(event.currentTarget.value)}
            onBlur={saveCta}
            error={fields['cta.text']}
          />
          <TextInput
            label="Link"
            placeholder="https://lumenstack.example/trial?company={{company}}"
            value={ctaUrl}
            onChange={(event) => setCtaUrl(event.currentTarget.value)}
            onBlur={saveCta}
            error={fields['cta.url'] ?? fields.cta}
          />
        </Group>
      )}
    </Stack>
  );
}

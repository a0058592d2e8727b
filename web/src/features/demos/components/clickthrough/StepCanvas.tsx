import { Box, Text } from '@mantine/core';
import type { Redaction, RelativeBox } from '@shared/clickthrough.ts';
import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';

export type DrawMode = 'hotspot' | 'blur' | 'solid';

const clamp = (value: number) => Math.min(1, Math.max(0, value));
const round = (value: number) => Math.round(value * 10000) / 10000;
/** Boxes smaller than this (relative) are a click, not a drawing. */
const MIN_SIZE = 0.01;

function boxBetween(a: { x: number; y: number }, b: { x: number; y: number }): RelativeBox {
  return {
    x: round(Math.min(a.x, b.x)),
    y: round(Math.min(a.y, b.y)),
    w: round(Math.abs(a.x - b.x)),
    h: round(Math.abs(a.y - b.y)),
  };
}

const percent = (box: RelativeBox) => ({
  left: `${box.x * 100}%`,
  top: `${box.y * 100}%`,
  width: `${box.w * 100}%`,
  height: `${box.h * 100}%`,
});

/**
 * A step's screenshot with its hotspot and redaction boxes. Drag with the mouse to draw the hotspot
 * (or, in a redaction mode, a box to blur or black out). Boxes are kept in relative coordinates, so
 * they fit the image at any size. With the keyboard, focus the hotspot: arrows move it, Shift+arrows
 * resize it.
 */
export function StepCanvas({
  src,
  alt,
  width,
  height,
  hotspot,
  pending,
  burned,
  mode,
  onHotspot,
  onRedaction,
}: {
  src: string;
  alt: string;
  width: number;
  height: number;
  hotspot: RelativeBox | null;
  /** Redactions drawn and not yet burned in. */
  pending: Redaction[];
  /** Redactions already burned into the image (outlines only: the pixels are gone). */
  burned: Redaction[];
  mode: DrawMode;
  onHotspot: (box: RelativeBox) => void;
  onRedaction: (box: Redaction) => void;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState<{ x: number; y: number } | null>(null);
  const [draft, setDraft] = useState<RelativeBox | null>(null);

  const point = (event: PointerEvent) => {
    const rect = frame.current?.getBoundingClientRect();
    if (!rect) return { x: 0, y: 0 };
    return {
      x: clamp((event.clientX - rect.left) / rect.width),
      y: clamp((event.clientY - rect.top) / rect.height),
    };
  };
  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const at = point(event);
    setStart(at);
    setDraft({ ...at, w: 0, h: 0 });
  };
  const onPointerMove = (event: PointerEvent) => {
    if (start) setDraft(boxBetween(start, point(event)));
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!start) return;
    const box = boxBetween(start, point(event));
    setStart(null);
    setDraft(null);
    if (box.w < MIN_SIZE || box.h < MIN_SIZE) return;
    if (mode === 'hotspot') onHotspot(box);
    else onRedaction({ ...box, style: mode });
  };

  const onHotspotKey = (event: KeyboardEvent) => {
    if (!hotspot) return;
    const step = event.altKey ? 0.001 : 0.01;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const [dx, dy] = move;
    const next = event.shiftKey
      ? {
          ...hotspot,
          w: clamp(Math.max(MIN_SIZE, hotspot.w + dx)),
          h: clamp(Math.max(MIN_SIZE, hotspot.h + dy)),
        }
      : {
          ...hotspot,
          x: clamp(Math.min(1 - hotspot.w, hotspot.x + dx)),
          y: clamp(Math.min(1 - hotspot.h, hotspot.y + dy)),
        };
    onHotspot({ x: round(next.x), y: round(next.y), w: round(next.w), h: round(next.h) });
  };

  const drawing = draft && (draft.w > 0 || draft.h > 0);
  return (
    <Box>
      <Box
        ref={frame}
        pos="relative"
        style={{
          aspectRatio: `${width} / ${height}`,
          cursor: 'crosshair',
          touchAction: 'none',
          userSelect: 'none',
          borderRadius: 'var(--mantine-radius-sm)',
          overflow: 'hidden',
          border: '1px solid var(--mantine-color-default-border)',
        }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
      >
        <img
          src={src}
          alt={alt}
          draggable={false}
          style={{ width: '100%', height: '100%', display: 'block', pointerEvents: 'none' }}
        />
        {burned.map((box) => (
          <Box
            key={`${box.x}-${box.y}-${box.w}-${box.h}`}
            pos="absolute"
            style={{
              ...percent(box),
              outline: '2px dashed var(--mantine-color-gray-6)',
              pointerEvents: 'none',
            }}
            aria-hidden
          />
        ))}
        {pending.map((box) => (
          <Box
            key={`${box.x}-${box.y}-${box.w}-${box.h}`}
            pos="absolute"
            style={{
              ...percent(box),
              background: box.style === 'solid' ? 'rgba(20, 20, 20, 0.85)' : 'rgba(120, 120, 140, 0.55)',
              backdropFilter: box.style === 'blur' ? 'blur(8px)' : undefined,
              outline: '2px solid var(--mantine-color-red-6)',
              pointerEvents: 'none',
            }}
            aria-hidden
          />
        ))}
        {hotspot && (
          <Box
            role="button"
            tabIndex={0}
            aria-label={`Hotspot at ${Math.round(hotspot.x * 100)}% from the left, ${Math.round(hotspot.y * 100)}% from the top, ${Math.round(hotspot.w * 100)}% wide, ${Math.round(hotspot.h * 100)}% high. Arrow keys move it; Shift and arrows resize it.`}
            onKeyDown={onHotspotKey}
            pos="absolute"
            style={{
              ...percent(hotspot),
              border: '3px solid var(--mantine-color-blue-6)',
              background: 'rgba(34, 139, 230, 0.18)',
              borderRadius: 6,
              boxShadow: '0 0 0 2px white',
            }}
          />
        )}
        {drawing && (
          <Box
            pos="absolute"
            style={{
              ...percent(draft),
              border: `2px dashed var(--mantine-color-${mode === 'hotspot' ? 'blue' : 'red'}-6)`,
              pointerEvents: 'none',
            }}
            aria-hidden
          />
        )}
      </Box>
      <Text size="xs" c="dimmed" mt={4}>
        {mode === 'hotspot'
          ? 'Drag over the screenshot to draw the hotspot viewers click.'
          : `Drag over the screenshot to draw a ${mode === 'blur' ? 'blurred' : 'solid'} box over what must not be seen.`}
      </Text>
    </Box>
  );
}

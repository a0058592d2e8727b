import { Alert, Modal, Skeleton } from '@mantine/core';
import type { PlayerDocument } from '@shared/clickthrough.ts';
import { useClickThroughPreview } from '../../hooks/useClickThrough.ts';

/** The document as JSON that cannot close its own script element. */
const safeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** A page that runs the real player bundle on the draft, exactly as viewers will see it, but sends no events. */
function previewPage(document: PlayerDocument): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/player/player.css"><title>Preview</title></head><body class="scp-page"><main class="scp-main"><header class="scp-head"><h1 id="player-title"></h1></header><div id="player" role="region" aria-label="Interactive demo"></div></main><script type="application/json" id="player-document">${safeJson({ ...document, eventsUrl: null })}</script><script src="/player/player.js"></script></body></html>`;
}

export function PreviewModal({
  assetId,
  opened,
  onClose,
}: {
  assetId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const preview = useClickThroughPreview(assetId, opened);
  return (
    <Modal opened={opened} onClose={onClose} title="Preview" size="calc(100vw - 3rem)" centered>
      {preview.isPending ? (
        <Skeleton h="70vh" aria-label="Loading the preview" />
      ) : preview.isError ? (
        <Alert color="red" title="No preview">
          {preview.error.message}
        </Alert>
      ) : (
        <iframe
          title="Preview of the click-through demo"
          srcDoc={previewPage(preview.data as PlayerDocument)}
          style={{ width: '100%', height: '75vh', border: 0, borderRadius: 8 }}
        />
      )}
    </Modal>
  );
}

import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';

function CopyField({ label, value }: { label: string; value: string }) {
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <TextInput
        label={label}
        value={value}
        readOnly
        style={{ flex: 1 }}
        onFocus={(event) => event.currentTarget.select()}
      />
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button
            variant="light"
            onClick={copy}
            leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
          >
            {copied ? 'Copied' : 'Copy'}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}

/**
 * Where a published click-through demo can go: its link (personalised with URL parameters), the
 * iframe to paste into a web page, and the standalone export that works offline.
 */
export function EmbedModal({
  assetId,
  opened,
  onClose,
  published,
  external,
  tokens,
}: {
  assetId: string;
  opened: boolean;
  onClose: () => void;
  published: boolean;
  external: boolean;
  tokens: string[];
}) {
  const url = `${window.location.origin}/play/${assetId}`;
  const example = tokens.length
    ? `${url}?${tokens.map((token) => `${token}=${token === 'company' ? 'Acme' : token === 'first_name' ? 'Ana' : '…'}`).join('&')}`
    : null;
  const iframe = `<iframe src="${url}?embed=1" title="Click-through demo" width="960" height="600" style="border:0;max-width:100%;aspect-ratio:16/10" allow="fullscreen" loading="lazy"></iframe>`;
  return (
    <Modal opened={opened} onClose={onClose} title="Share and embed" size="lg">
      <Stack>
        {!published && (
          <Alert color="yellow" title="Not published yet">
            Publish a version first: links and embeds show the published version, never the draft.
          </Alert>
        )}
        {published && !external && (
          <Alert color="blue" title="Internal demo">
            This demo is internal: only people signed in to Showcase can play it. Make the library entry
            external to share it outside the company.
          </Alert>
        )}
        <CopyField label="Link" value={url} />
        {example && (
          <Text size="sm">
            Personalise it with URL parameters, for example <Code>{example}</Code>
          </Text>
        )}
        <CopyField label="Embed on a web page" value={iframe} />
        <Text size="sm" c="dimmed">
          Tools that read oEmbed (Notion, WordPress, many CMSs) embed the link when it is pasted. The embedded
          player tells the page around it when a step is viewed, the call to action is clicked and the demo is
          completed (window messages of type “showcase:click-through”).
        </Text>
        <Group>
          <Button
            component="a"
            href={`/api/demos/${assetId}/click-through/export.zip`}
            variant="light"
            leftSection={<IconDownload size={16} />}
            disabled={!published}
          >
            Download for offline use
          </Button>
          <Text size="xs" c="dimmed" style={{ flex: 1 }}>
            A zip with the player and the screenshots that opens from disk, with no server and no network.
          </Text>
        </Group>
      </Stack>
    </Modal>
  );
}

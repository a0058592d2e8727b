import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { WebhookWithSecret } from '@shared/schemas/webhooks.ts';
import { SecretReveal } from '../../../components/SecretReveal.tsx';

/** The signing secret the server just made (a new webhook, a rotated secret): shown this once. */
export function WebhookSecretModal({
  webhook,
  onClose,
}: {
  webhook: WebhookWithSecret | null;
  onClose: () => void;
}) {
  return (
    <Modal opened={webhook !== null} onClose={onClose} title={`Signing secret of ${webhook?.name ?? ''}`}>
      <Stack>
        <Text size="sm">
          Copy it into the receiver now: Showcase does not show it again. Lost it? Rotate the secret to get a
          new one.
        </Text>
        {webhook && <SecretReveal title="Signing secret — shown once" secret={webhook.secret} />}
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Alert, Button, Code, CopyButton, Group, Stack } from '@mantine/core';

/** A secret the server returns once (a temporary password, an API token), with a copy button. */
export function SecretReveal({ title, secret }: { title: string; secret: string }) {
  return (
    <Alert color="yellow" title={title}>
      <Stack gap="xs">
        <Code block fz="sm" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {secret}
        </Code>
        <Group justify="flex-end">
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>
                {copied ? 'Copied' : 'Copy'}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}

import {
  Alert,
  AspectRatio,
  Badge,
  Box,
  Button,
  Container,
  Group,
  Image,
  Paper,
  PasswordInput,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { SharedAsset } from '@shared/schemas/sharing.ts';
import { IconDownload, IconLock, IconMail, IconShare } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, apiClient } from '../../../api/client.ts';
import { fileSizeText } from '../../../components/uploadRules.ts';
import { useShareBeats } from '../hooks/useShareBeats.ts';
import { sharedKey, useSharedView } from '../hooks/useSharedView.ts';

/**
 * The frame of a shared page: who sent it above, and below a plain word on what the page records,
 * as a recipient would want to know. Nothing of the workspace beyond its name.
 */
function Shell({ children, sharedBy }: { children: React.ReactNode; sharedBy?: string }) {
  return (
    <Box mih="100vh" bg="var(--mantine-color-body)">
      <Box
        component="header"
        py="sm"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        <Container size="md">
          <Group gap="xs">
            <IconShare size={18} aria-hidden />
            <Text size="sm" fw={600}>
              {sharedBy ? `Shared with you by ${sharedBy}` : 'Shared with you'}
            </Text>
          </Group>
        </Container>
      </Box>
      <Container size="md" py="xl" component="main">
        {children}
      </Container>
      <Container size="md" pb="xl" component="footer">
        <Text size="xs" c="dimmed">
          This page tells the sender when it was opened and for how long. It keeps no cookie to follow you
          elsewhere and stores no IP address.
        </Text>
      </Container>
    </Box>
  );
}

/** A gate's form: one field, one button, the server's message under the field. */
function useGateMutation<Input>(token: string, send: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation<unknown, Error, Input>({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...sharedKey, token] }),
  });
}

function PasscodeGate({ token }: { token: string }) {
  const form = useForm({ initialValues: { passcode: '' } });
  const submit = useGateMutation(token, (body: { passcode: string }) =>
    apiClient.POST('/api/shared/{token}/passcode', { params: { path: { token } }, body }),
  );
  return (
    <form
      onSubmit={form.onSubmit((values) =>
        submit.mutate(values, {
          onError: (error) =>
            form.setErrors(
              error instanceof ApiError && error.fields.passcode
                ? { passcode: 'That passcode is not right' }
                : { passcode: error.message },
            ),
        }),
      )}
    >
      <Stack>
        <Text>The sender protected this with a passcode.</Text>
        <PasswordInput label="Passcode" required data-autofocus {...form.getInputProps('passcode')} />
        <Button type="submit" loading={submit.isPending} leftSection={<IconLock size={16} />}>
          Open
        </Button>
      </Stack>
    </form>
  );
}

function EmailGate({ token }: { token: string }) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const emailForm = useForm({ initialValues: { email: '' } });
  const codeForm = useForm({ initialValues: { code: '' } });
  const send = useMutation<unknown, Error, { email: string }>({
    mutationFn: (body) => apiClient.POST('/api/shared/{token}/email', { params: { path: { token } }, body }),
  });
  const verify = useGateMutation(token, (body: { email: string; code: string }) =>
    apiClient.POST('/api/shared/{token}/email/verify', { params: { path: { token } }, body }),
  );
  if (!sentTo)
    return (
      <form
        onSubmit={emailForm.onSubmit((values) =>
          send.mutate(values, {
            onSuccess: () => setSentTo(values.email.trim().toLowerCase()),
            onError: (error) => emailForm.setErrors({ email: error.message }),
          }),
        )}
      >
        <Stack>
          <Text>Confirm your email to open this. We send you a code.</Text>
          <TextInput
            label="Your email"
            type="email"
            autoComplete="email"
            required
            data-autofocus
            {...emailForm.getInputProps('email')}
          />
          <Button type="submit" loading={send.isPending} leftSection={<IconMail size={16} />}>
            Send me a code
          </Button>
        </Stack>
      </form>
    );
  return (
    <form
      onSubmit={codeForm.onSubmit((values) =>
        verify.mutate(
          { email: sentTo, code: values.code },
          {
            onError: (error) =>
              codeForm.setErrors({
                code:
                  error instanceof ApiError && error.fields.code
                    ? `The code ${error.fields.code}`
                    : error.message,
              }),
          },
        ),
      )}
    >
      <Stack>
        <Text>We sent a 6-digit code to {sentTo}. It works for 10 minutes.</Text>
        <TextInput
          label="Code"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          data-autofocus
          {...codeForm.getInputProps('code')}
        />
        <Button type="submit" loading={verify.isPending}>
          Open
        </Button>
        <Button variant="subtle" onClick={() => setSentTo(null)}>
          Use another email
        </Button>
      </Stack>
    </form>
  );
}

/**
 * The click-through player, as tall as its content: a fixed ratio cut off its Back and Next
 * buttons, and on a phone left the stage inside a frame too short to see. The player is served
 * from this origin, so the page can measure it; until it loads, the frame keeps a 3:2 shape.
 */
function PlayerFrame({ src, title }: { src: string; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState<number | null>(null);
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    let observer: ResizeObserver | undefined;
    const watch = () => {
      const body = element.contentDocument?.body;
      // The frame's own ResizeObserver: it watches layout in the frame's document.
      const View = (element.contentWindow as (Window & typeof globalThis) | null)?.ResizeObserver;
      if (!body || !View) return;
      observer?.disconnect();
      const next = new View(() => setHeight(Math.ceil(body.getBoundingClientRect().height) + 2));
      next.observe(body);
      observer = next;
    };
    element.addEventListener('load', watch);
    return () => {
      element.removeEventListener('load', watch);
      observer?.disconnect();
    };
  }, []);
  return (
    <iframe
      ref={frame}
      src={src}
      title={title}
      allow="fullscreen"
      style={{
        width: '100%',
        display: 'block',
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 8,
        ...(height === null ? { aspectRatio: '3 / 2' } : { height }),
      }}
    />
  );
}

function SharedContent({ token, asset }: { token: string; asset: SharedAsset }) {
  useShareBeats(token, true);
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        {asset.format && (
          <Badge variant="light" w="fit-content">
            {asset.format}
          </Badge>
        )}
        <Title order={1}>{asset.title}</Title>
      </Stack>
      {asset.player && (
        <PlayerFrame
          src={`/api/shared/${encodeURIComponent(token)}/play`}
          title={`${asset.title} (interactive demo)`}
        />
      )}
      {!asset.player && asset.embed && asset.embed.kind !== 'image' && (
        <AspectRatio ratio={16 / 9}>
          <iframe
            src={asset.embed.src}
            title={`${asset.title} (video)`}
            allowFullScreen
            style={{ border: 0, borderRadius: 8 }}
          />
        </AspectRatio>
      )}
      {!asset.player && asset.embed?.kind === 'image' && (
        <Image src={asset.embed.src} alt={asset.title} radius="md" />
      )}
      {asset.summary && <Text size="lg">{asset.summary}</Text>}
      {asset.downloadable && (
        <Button
          component="a"
          href={`/api/shared/${encodeURIComponent(token)}/download`}
          target="_blank"
          rel="noopener noreferrer"
          leftSection={<IconDownload size={16} />}
          w="fit-content"
        >
          Open the file
        </Button>
      )}
      {asset.files.length > 0 && <SharedFiles token={token} files={asset.files} />}
    </Stack>
  );
}

/** The asset's files the link offers, each a download (counted; watermarked when the link says so). */
function SharedFiles({ token, files }: { token: string; files: SharedAsset['files'] }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Files">
      <Title order={2} size="h5" mb="sm">
        Files
      </Title>
      <Stack gap="xs">
        {files.map((file) => (
          <Group key={file.id} justify="space-between" wrap="nowrap" gap="sm">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
                {file.filename}
              </Text>
              <Text size="xs" c="dimmed">
                {fileSizeText(file.size)}
                {file.watermarked ? ' · watermarked' : ''}
              </Text>
            </Stack>
            <Button
              component="a"
              href={`/api/shared/${encodeURIComponent(token)}/files/${encodeURIComponent(file.id)}`}
              download
              size="xs"
              variant="light"
              leftSection={<IconDownload size={14} />}
              aria-label={`Download ${file.filename}`}
            >
              Download
            </Button>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

/** What an outsider sees at /s/<token>: the shared asset's public fields, after any gate. No sign-in. */
export function SharedPage() {
  const token = useParams().token ?? '';
  const view = useSharedView(token);
  useEffect(() => {
    document.title = view.data?.asset?.title ?? 'Shared with you';
  }, [view.data?.asset?.title]);

  if (view.isPending)
    return (
      <Shell>
        <Stack>
          <Skeleton h={36} w="60%" />
          <Skeleton h={300} />
        </Stack>
      </Shell>
    );
  if (view.isError)
    return (
      <Shell>
        <Alert
          color={view.error instanceof ApiError && view.error.status < 500 ? 'gray' : 'red'}
          title="This link cannot be opened"
        >
          {view.error.message}
        </Alert>
      </Shell>
    );
  const { needs, asset, sharedBy } = view.data;
  return (
    <Shell sharedBy={sharedBy}>
      {asset ? (
        <SharedContent token={token} asset={asset} />
      ) : (
        <Paper withBorder p="lg" radius="md" maw={420} mx="auto">
          <Title order={1} size="h3" mb="md">
            Shared with you
          </Title>
          {needs[0] === 'passcode' ? <PasscodeGate token={token} /> : <EmailGate token={token} />}
        </Paper>
      )}
    </Shell>
  );
}

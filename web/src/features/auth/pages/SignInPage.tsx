import {
  Alert,
  Anchor,
  Button,
  Center,
  Divider,
  Paper,
  PasswordInput,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { ssoErrorMessage } from '@shared/sso.ts';
import { IconAlertCircle, IconKey } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, apiClient, setCsrfToken } from '../../../api/client.ts';
import { Logo } from '../../shell/components/Logo.tsx';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { sessionKey, useSession } from '../hooks/useSession.ts';
import { useSignInMethods } from '../hooks/useSignInMethods.ts';

/** Only same-site paths are followed after sign-in. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  usePageTitle('Sign in');
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  // A refused single sign-on comes back as a code; the sentence is ours, never the address's text.
  const ssoError = ssoErrorMessage(params.get('sso_error'));
  const methods = useSignInMethods();
  const sso = methods.data?.sso ?? null;
  // Until the methods are known (or if they cannot be read) the password form is offered.
  const passwordMode = methods.data?.password ?? 'on';
  const [breakGlassOpen, setBreakGlassOpen] = useState(false);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (/^\S+@\S+$/.test(value) ? null : 'Enter your email address'),
      password: (value) => (value ? null : 'Enter your password'),
    },
  });
  const signIn = useMutation({
    mutationFn: (values: typeof form.values) => apiClient.POST('/api/auth/sign-in', { body: values }),
    onSuccess: (data) => {
      setCsrfToken(data.csrfToken);
      queryClient.setQueryData(sessionKey, data);
      navigate(next, { replace: true });
    },
    onError: (error) => {
      if (error instanceof ApiError) form.setErrors(error.fields);
    },
  });

  if (session.data) return <Navigate to={next} replace />;

  const showPasswordForm = !methods.isPending && (passwordMode === 'on' || breakGlassOpen);

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-body)">
      <Stack w="100%" maw={400} gap="lg">
        <Stack align="center" gap={4}>
          <Logo size={40} />
          <Title order={1} size="h2">
            Sign in to Showcase
          </Title>
          <Text c="dimmed" size="sm" ta="center">
            Demos, content requests and the library, in one place.
          </Text>
        </Stack>
        <Paper withBorder shadow="sm" p="xl" radius="lg">
          <Stack>
            {ssoError && (
              <Alert
                color="red"
                icon={<IconAlertCircle size={18} />}
                role="alert"
                title="You are not signed in"
              >
                {ssoError}
              </Alert>
            )}
            {methods.isPending && (
              <Stack gap="sm" aria-busy="true" aria-label="Loading the sign-in options">
                <Skeleton height={36} radius="sm" />
                <Skeleton height={36} radius="sm" />
              </Stack>
            )}
            {sso && (
              <Button
                component="a"
                href={`${sso.startUrl}?${new URLSearchParams({ next })}`}
                leftSection={<IconKey size={18} aria-hidden />}
                fullWidth
                autoFocus
              >
                Sign in with {sso.name}
              </Button>
            )}
            {sso && passwordMode === 'on' && <Divider label="or with your password" labelPosition="center" />}
            {passwordMode === 'break-glass' && (
              <Anchor
                component="button"
                type="button"
                size="sm"
                ta="center"
                onClick={() => setBreakGlassOpen((open) => !open)}
                aria-expanded={breakGlassOpen}
                aria-controls="password-sign-in"
              >
                Break-glass sign-in
              </Anchor>
            )}
            {showPasswordForm && (
              <form
                id="password-sign-in"
                onSubmit={form.onSubmit((values) => signIn.mutate(values))}
                noValidate
              >
                <Stack>
                  {passwordMode === 'break-glass' && (
                    <Text size="sm" c="dimmed">
                      For the workspace’s emergency admin account, when single sign-on is down.
                    </Text>
                  )}
                  {signIn.error && (
                    <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
                      {signIn.error.message}
                    </Alert>
                  )}
                  <TextInput
                    label="Email"
                    type="email"
                    autoComplete="username"
                    required
                    autoFocus={!sso || passwordMode === 'break-glass'}
                    {...form.getInputProps('email')}
                  />
                  <PasswordInput
                    label="Password"
                    autoComplete="current-password"
                    required
                    {...form.getInputProps('password')}
                  />
                  <Button
                    type="submit"
                    loading={signIn.isPending}
                    variant={sso ? 'default' : 'filled'}
                    fullWidth
                  >
                    Sign in
                  </Button>
                </Stack>
              </form>
            )}
          </Stack>
        </Paper>
        <Text c="dimmed" size="xs" ta="center">
          {passwordMode === 'on'
            ? 'Forgot your password? Ask a Showcase admin to reset it.'
            : 'Trouble signing in? Ask a Showcase admin.'}{' '}
          <Anchor href="/api/docs" size="xs">
            API reference
          </Anchor>
        </Text>
      </Stack>
    </Center>
  );
}

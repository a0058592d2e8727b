import {
  Alert,
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, apiClient, setCsrfToken } from '../../../api/client.ts';
import { Logo } from '../../shell/components/Logo.tsx';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { sessionKey, useSession } from '../hooks/useSession.ts';

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
          <form onSubmit={form.onSubmit((values) => signIn.mutate(values))} noValidate>
            <Stack>
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
                autoFocus
                {...form.getInputProps('email')}
              />
              <PasswordInput
                label="Password"
                autoComplete="current-password"
                required
                {...form.getInputProps('password')}
              />
              <Button type="submit" loading={signIn.isPending} fullWidth>
                Sign in
              </Button>
            </Stack>
          </form>
        </Paper>
        <Text c="dimmed" size="xs" ta="center">
          Forgot your password? Ask a Showcase admin to reset it.{' '}
          <Anchor href="/api/docs" size="xs">
            API reference
          </Anchor>
        </Text>
      </Stack>
    </Center>
  );
}

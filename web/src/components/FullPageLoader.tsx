import { Center, Loader } from '@mantine/core';

/** A centred spinner for screens without the app shell (sign-in), while their code loads. */
export function FullPageLoader() {
  return (
    <Center h="100vh" aria-busy="true" aria-label="Loading">
      <Loader />
    </Center>
  );
}

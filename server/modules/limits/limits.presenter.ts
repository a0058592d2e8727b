/** "2 minutes", "45 s": how long until a limited caller may try again, in the 429's message. */
export function presentWait(seconds: number): string {
  if (seconds < 90) return `${seconds} s`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

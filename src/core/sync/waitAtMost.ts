/** Waits for `work` to settle, or at most `ms` when given; never rejects. */
export async function waitAtMost(work: Promise<unknown>, ms?: number): Promise<void> {
  const settled = work.then(
    () => undefined,
    () => undefined,
  );
  if (ms === undefined) return settled;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([settled, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

import { useAppStore } from '../state/appStore';
import { stillLoadingLine } from '../sync/syncProgress';

/**
 * In place of records an answer left out because their objects are still loading into the cache
 * (a reload, an object just turned on): their progress, never a partial or empty list.
 */
export function StillLoading(props: { objects: readonly string[] }) {
  const progress = useAppStore((s) => s.sync?.progress);
  if (!props.objects.length) return null;
  return (
    <p className="muted loading" role="status" aria-live="polite">
      {stillLoadingLine(props.objects, progress ?? [])}
    </p>
  );
}

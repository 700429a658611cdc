import type { SavedView } from '../../../shared/ipc/savedViews';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Saving under a name already taken replaces that view, in its place; a new name goes last. */
export function withView(list: SavedView[], view: SavedView): SavedView[] {
  const at = list.findIndex((v) => same(v.name, view.name));
  return at === -1 ? [...list, view] : list.map((v, i) => (i === at ? view : v));
}

/** A rename onto another view's name would hide one of the two, so it leaves the list as it is. */
export function renamed(list: SavedView[], from: string, to: string): SavedView[] {
  const name = to.trim();
  if (!name || list.some((v) => same(v.name, name) && !same(v.name, from))) return list;
  return list.map((v) => (same(v.name, from) ? { ...v, name } : v));
}

export function withoutView(list: SavedView[], name: string): SavedView[] {
  return list.filter((v) => !same(v.name, name));
}

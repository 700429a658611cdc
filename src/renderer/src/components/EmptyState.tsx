import type { ReactNode } from 'react';

export function EmptyState(props: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section className="empty-state" aria-label={props.title}>
      <h2>{props.title}</h2>
      <p>{props.children}</p>
      {props.action}
    </section>
  );
}

// Building blocks for read-only details: titled sections and label/value rows.
import type { ReactNode } from 'react';

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="fc-section">
      <h3 className="fc-section__title">{title}</h3>
      {children}
    </section>
  );
}

export function Facts({ children }: { children: ReactNode }) {
  return <dl className="fc-facts">{children}</dl>;
}

export function Fact({
  label,
  children,
  tone,
}: {
  label: string;
  children: ReactNode;
  tone?: 'warn' | 'danger';
}) {
  return (
    <>
      <dt>{label}</dt>
      <dd className={tone ? `fc-tone-${tone}` : undefined}>{children}</dd>
    </>
  );
}

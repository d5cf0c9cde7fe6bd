import type { ReactNode } from 'react';

interface PageProps {
  title: string;
  /** Shown above the title in small type, e.g. the pack a page belongs to. */
  eyebrow?: string;
  children: ReactNode;
}

/** A screen's heading and body. The heading takes focus after navigation (see the layout). */
export function Page({ title, eyebrow, children }: PageProps) {
  return (
    <article className="page">
      <header className="page__header">
        {eyebrow ? <p className="page__eyebrow">{eyebrow}</p> : null}
        <h1 className="page__title" tabIndex={-1}>
          {title}
        </h1>
      </header>
      {children}
    </article>
  );
}

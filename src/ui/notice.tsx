import type { ReactNode } from 'react';

interface NoticeProps {
  tone?: 'calm' | 'warm';
  title?: string;
  children: ReactNode;
  role?: 'status' | 'alert';
}

/** A soft box for something worth saying: an empty state, a problem, a tip. */
export function Notice({ tone = 'calm', title, children, role }: NoticeProps) {
  return (
    <section className={`notice notice--${tone}`} role={role}>
      {title ? <h2 className="notice__title">{title}</h2> : null}
      {children}
    </section>
  );
}

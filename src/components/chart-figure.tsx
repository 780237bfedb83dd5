import type { ReactNode } from 'react';
import './figure.css';

interface ChartFigureProps {
  /** Heading id, so the section can be labelled by it. */
  id: string;
  heading: string;
  subtitle: string;
  source: string;
  /** Shown next to the heading, e.g. the sample-data badge. */
  badge?: ReactNode;
  children: ReactNode;
}

/** A titled figure in the page: heading, subtitle, the chart or table, and its source line. */
export function ChartFigure({ id, heading, subtitle, source, badge, children }: ChartFigureProps): ReactNode {
  return (
    <section className="figure" aria-labelledby={id}>
      <div className="figure-header">
        <h2 id={id} className="figure-heading">
          {heading}
        </h2>
        {badge}
      </div>
      <p className="figure-subtitle">{subtitle}</p>
      {children}
      <p className="figure-source">{source}</p>
    </section>
  );
}

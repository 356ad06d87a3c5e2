export interface SkeletonProps {
  lines?: number;
  height?: number;
  label?: string;
}

/** A shimmering placeholder; announces itself once as busy to assistive technology. */
export function Skeleton({ lines = 3, height, label = 'Loading' }: SkeletonProps) {
  return (
    <div className="skeleton" role="status" aria-busy="true" aria-label={label}>
      {height ? (
        <div className="skeleton__block" style={{ height }} />
      ) : (
        Array.from({ length: lines }, (_, index) => (
          <div
            key={index}
            className="skeleton__line"
            style={{ width: `${index === lines - 1 ? 60 : 100}%` }}
          />
        ))
      )}
    </div>
  );
}

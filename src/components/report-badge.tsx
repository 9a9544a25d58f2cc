import './report-badge.css';

/** The "R" beside a figure of the report, in text; screen readers hear it in the claim's name. */
export function ReportTag() {
  return (
    <span className="report-tag" aria-hidden="true">
      R
    </span>
  );
}

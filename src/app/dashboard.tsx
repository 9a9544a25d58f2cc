import { useDataset } from '../store';
import { OverviewPanel } from '../panels/overview/overview-panel';
import { ClaimsPanel } from '../panels/claims/claims-panel';
import { usePublishedDataset } from './use-published-dataset';
import { DatasetStatus } from './dataset-status';
import { SiteHeader } from './site-header';
import { MethodSection } from './method-section';

export function Dashboard() {
  const query = usePublishedDataset();
  const dataset = useDataset();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the figures
      </a>
      <SiteHeader dataset={dataset} />
      <main id="main" className="dashboard" tabIndex={-1}>
        {dataset === null ? (
          <DatasetStatus query={query} />
        ) : (
          <>
            <OverviewPanel />
            <ClaimsPanel />
            <MethodSection dataset={dataset} />
          </>
        )}
      </main>
    </>
  );
}

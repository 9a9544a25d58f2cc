import { useDashboardActions, useDataset, useSelectedClaimId, useVisibleDataset } from '../store';
import { ClaimDetails } from '../components/claim-details';
import { OverviewPanel } from '../panels/overview/overview-panel';
import { ClaimsPanel } from '../panels/claims/claims-panel';
import { usePublishedDataset } from './use-published-dataset';
import { useUrlSync } from './use-url-sync';
import { DatasetStatus } from './dataset-status';
import { SiteHeader } from './site-header';
import { MethodSection } from './method-section';
import { ViewControls } from './view-controls';

export function Dashboard() {
  useUrlSync();
  const query = usePublishedDataset();
  const dataset = useDataset();
  const visible = useVisibleDataset();
  const selected = useSelectedClaimId();
  const { claimSelected } = useDashboardActions();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the figures
      </a>
      <SiteHeader dataset={visible}>{dataset && <ViewControls dataset={dataset} />}</SiteHeader>
      <main id="main" className="dashboard" tabIndex={-1}>
        {dataset === null || visible === null ? (
          <DatasetStatus query={query} />
        ) : (
          <>
            {selected !== null && (
              <ClaimDetails
                dataset={dataset}
                claimId={selected}
                hidden={!visible.claims.some((c) => c.id === selected)}
                onClose={() => claimSelected(null)}
              />
            )}
            <OverviewPanel />
            <ClaimsPanel />
            <MethodSection dataset={dataset} />
          </>
        )}
      </main>
    </>
  );
}

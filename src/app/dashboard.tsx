import { lazy, Suspense } from 'react';
import { t } from '../i18n/messages';
import {
  useAsOf,
  useDashboardActions,
  useDataset,
  useDatasetOrigin,
  useEscapeClearsSelection,
  useSelectedClaimId,
  useVisibleDataset,
} from '../store';
import { HeaderControls } from './header-controls';
import type { Dataset } from '../dataset/schema';
import { lookup } from '../dataset/lookup';
import { PanelBoundary } from '../components/panel-boundary';
import { MapPanel } from '../panels/map/map-panel';
import { OverviewPanel } from '../panels/overview/overview-panel';
import { ClaimsPanel } from '../panels/claims/claims-panel';
import { CasualtiesPanel } from '../panels/casualties/casualties-panel';
import { RailcarsPanel } from '../panels/railcars/railcars-panel';
import { ShipmentsPanel } from '../panels/shipments/shipments-panel';
import { OilPanel } from '../panels/oil/oil-panel';
import { ValuePanel } from '../panels/value/value-panel';
import { TimelinePanel } from '../panels/timeline/timeline-panel';
import { usePublishedDataset } from './use-published-dataset';
import { useUrlSync } from './use-url-sync';
import { DatasetStatus } from './dataset-status';
import { SiteHeader } from './site-header';
import { MethodSection } from './method-section';
import { ViewControls } from './view-controls';
import { useCustomDataset } from './use-custom-dataset';
import { useReleaseHistory } from '../dataset/release-history';
import { ReleaseStatus } from './release-status';
import { claimHistory } from '../dataset/releases';
import {
  CustomDatasetBanner,
  CustomDatasetFailureNotice,
  CustomDatasetLoader,
} from './custom-dataset';

// Drawn only once a claim is selected, or the releases' history has arrived: neither is in the
// prerendered page, so their code and words come after the first load.
const ClaimDetails = lazy(() =>
  import('../components/claim-details').then((m) => ({ default: m.ClaimDetails })),
);
const WhatsChanged = lazy(() =>
  import('./whats-changed').then((m) => ({ default: m.WhatsChanged })),
);

/** What the release on screen changed, once the releases' history is here. */
function ReleaseChanges({ dataset }: { dataset: Dataset }) {
  const { data: history } = useReleaseHistory();
  if (history === undefined) return null;
  return (
    <Suspense fallback={null}>
      <WhatsChanged dataset={dataset} />
    </Suspense>
  );
}

/**
 * The selected claim's details. Only this part of the page follows the selection: the panels
 * that mark the selected claim ask for it themselves, and the rest are not drawn again.
 */
function SelectedClaimDetails({ dataset, visible }: { dataset: Dataset; visible: Dataset }) {
  const selected = useSelectedClaimId();
  const asOf = useAsOf();
  const { claimSelected } = useDashboardActions();
  const { data: history } = useReleaseHistory();
  const origin = useDatasetOrigin();
  if (selected === null) return null;
  return (
    <Suspense fallback={null}>
      <ClaimDetails
        dataset={dataset}
        claimId={selected}
        hidden={!lookup(visible).claims.has(selected)}
        asOf={asOf}
        history={
          history && origin.kind === 'published' ? claimHistory(history, selected) : undefined
        }
        onClose={() => claimSelected(null)}
      />
    </Suspense>
  );
}

export function Dashboard() {
  useUrlSync();
  useEscapeClearsSelection();
  const query = usePublishedDataset();
  const dataset = useDataset();
  const visible = useVisibleDataset();
  const custom = useCustomDataset();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <CustomDatasetBanner onBack={custom.backToPublished} />
      <SiteHeader dataset={visible}>
        <HeaderControls>
          {dataset && <ViewControls dataset={dataset} />}
          <ReleaseStatus path="" />
          <CustomDatasetLoader custom={custom} />
        </HeaderControls>
      </SiteHeader>
      <main id="main" className="dashboard" tabIndex={-1}>
        <CustomDatasetFailureNotice custom={custom} />
        {dataset === null || visible === null ? (
          <DatasetStatus query={query} />
        ) : (
          <>
            <SelectedClaimDetails dataset={dataset} visible={visible} />
            <div className="opening">
              <PanelBoundary panel="overview">
                <OverviewPanel />
              </PanelBoundary>
              <PanelBoundary panel="casualties">
                <CasualtiesPanel />
              </PanelBoundary>
            </div>
            {/* Two columns of their own: a panel that grows (a drawer, a table opened) moves only
                those below it, never a panel from one column to the other. */}
            <div className="chart-column">
              <PanelBoundary panel="shipments">
                <ShipmentsPanel />
              </PanelBoundary>
              <PanelBoundary panel="railcars">
                <RailcarsPanel />
              </PanelBoundary>
              <PanelBoundary panel="oil">
                <OilPanel />
              </PanelBoundary>
            </div>
            <div className="chart-column">
              <PanelBoundary panel="value">
                <ValuePanel />
              </PanelBoundary>
              <PanelBoundary panel="timeline">
                <TimelinePanel />
              </PanelBoundary>
            </div>
            <PanelBoundary panel="map">
              <MapPanel />
            </PanelBoundary>
            <PanelBoundary panel="claims">
              <ClaimsPanel />
            </PanelBoundary>
            <ReleaseChanges dataset={dataset} />
            <MethodSection dataset={dataset} />
          </>
        )}
      </main>
    </>
  );
}

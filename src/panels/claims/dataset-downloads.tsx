import { claimsToCsv } from '../../lib/csv';
import { csvBlob, downloadBlob } from '../../lib/export-file';
import { t } from './ledger-messages';
import { useDataset, useDatasetOrigin } from '../../store';

/** The whole active dataset, as it is (JSON) or one row per claim (CSV), whatever the filters. */
export function DatasetDownloads() {
  const dataset = useDataset();
  const origin = useDatasetOrigin();
  if (dataset === null) return null;
  const custom = origin.kind === 'custom';
  const stem = `dataset${custom ? '-custom' : ''}-${dataset.updated}`;
  return (
    <div className="dataset-downloads" role="group" aria-label={t('ledger.downloadLabel')}>
      <span>{t(custom ? 'ledger.wholeDatasetCustom' : 'ledger.wholeDataset')}</span>
      <button
        type="button"
        className="button button--small"
        onClick={() =>
          downloadBlob(
            new Blob([`${JSON.stringify(dataset, null, 2)}\n`], { type: 'application/json' }),
            `${stem}.json`,
          )
        }
      >
        {t('ledger.datasetJson')}
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() =>
          downloadBlob(
            csvBlob(
              claimsToCsv(
                dataset,
                dataset.claims,
                custom ? `custom: ${origin.label}` : 'published',
              ),
            ),
            `${stem}.csv`,
          )
        }
      >
        {t('ledger.datasetCsv')}
      </button>
    </div>
  );
}

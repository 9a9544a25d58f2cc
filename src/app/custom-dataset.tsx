import { useEffect, useRef, useState } from 'react';
import { useDatasetOrigin } from '../store';
import { DatasetProblems } from './dataset-problems';
import type { useCustomDataset } from './use-custom-dataset';
import { t } from '../i18n/messages';
import { richText } from '../i18n/rich';

type Custom = ReturnType<typeof useCustomDataset>;

/** Unmissable: the figures on screen are somebody's own file, not the published dataset. */
export function CustomDatasetBanner({ onBack }: { onBack: () => void }) {
  const origin = useDatasetOrigin();
  if (origin.kind !== 'custom') return null;
  return (
    <div className="custom-banner" role="status" data-custom-dataset={origin.label}>
      <p>
        {richText('custom.banner', {
          strong: <strong>{t('custom.bannerStrong')}</strong>,
          label: origin.label,
        })}
        {origin.migratedFrom !== undefined &&
          t('custom.migrated', { version: origin.migratedFrom })}
      </p>
      <button type="button" className="button" onClick={onBack}>
        {t('custom.back')}
      </button>
    </div>
  );
}

/** The button and drop zone for loading one's own dataset, and why a file was refused. */
export function CustomDatasetLoader({ custom }: { custom: Custom }) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const { loadFile } = custom;

  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void loadFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [loadFile]);

  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {t('custom.load')}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('custom.fileLabel')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void loadFile(file);
          e.target.value = '';
        }}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('custom.drop')}
        </div>
      )}
    </>
  );
}

/** Why a researcher's dataset was not loaded; the published figures stay on screen. */
export function CustomDatasetFailureNotice({ custom }: { custom: Custom }) {
  const { failure, loadingFrom, dismissFailure } = custom;
  if (loadingFrom)
    return (
      <p className="status" role="status">
        {t('custom.loadingFrom', { from: loadingFrom })}
      </p>
    );
  if (failure === null) return null;
  return (
    <div className="status status--error custom-failure" role="alert">
      <h2>{t('custom.failed')}</h2>
      <p>{t('custom.failedText', { message: failure.message })}</p>
      {failure.problems.length > 0 && <DatasetProblems problems={failure.problems} />}
      <button type="button" className="button" onClick={dismissFailure}>
        {t('custom.dismiss')}
      </button>
    </div>
  );
}

import { useId, useState } from 'react';
import { t } from '../../i18n/messages';

/** A read-only text with a Copy button that says whether the copy worked. */
export function CopyField({
  label,
  text,
  rows = 3,
}: {
  label: string;
  text: string;
  rows?: number;
}) {
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      (document.getElementById(id) as HTMLTextAreaElement | null)?.select();
      setCopied('no');
    }
  }
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        readOnly
        rows={rows}
        value={text}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" className="button button--small" onClick={() => void copy()}>
        {t('copy.button')}
      </button>
      <span role="status" className="copy-field__status">
        {copied === 'yes' ? t('copy.done') : copied === 'no' ? t('copy.blocked') : ''}
      </span>
    </div>
  );
}

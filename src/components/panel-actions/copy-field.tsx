import { useId, useState } from 'react';

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
        Copy
      </button>
      <span role="status" className="copy-field__status">
        {copied === 'yes'
          ? 'Copied.'
          : copied === 'no'
            ? 'Copying is blocked here: the text is selected, press Ctrl+C.'
            : ''}
      </span>
    </div>
  );
}

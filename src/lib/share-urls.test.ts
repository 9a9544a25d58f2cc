import { describe, expect, it } from 'vitest';
import { dashboardUrl, embedSnippet, embedUrl, siteRoot } from './share-urls';
import { citation } from './cite';
import { isResizeMessage, resizeMessage } from './embed-messages';
import { setPageLocale } from '../i18n/locale';

const view = {
  selectedClaimId: 'nis-2025-01-13-killed',
  asOf: '2025-01-31',
  minConfidence: 'low' as const,
  showRetracted: false,
  measure: null,
};

describe('share links', () => {
  it('reproduce the view in the dashboard and in an embed', () => {
    const root = siteRoot('https://example.org', '/dash');
    expect(root).toBe('https://example.org/dash/');
    expect(dashboardUrl(root, 'casualties', view)).toBe(
      'https://example.org/dash/?claim=nis-2025-01-13-killed&asof=2025-01-31#casualties',
    );
    expect(embedUrl(root, 'oil', view, 'dark')).toBe(
      'https://example.org/dash/embed/oil/?claim=nis-2025-01-13-killed&asof=2025-01-31&theme=dark',
    );
    expect(embedUrl(root, 'oil', { ...view, selectedClaimId: null, asOf: null }, 'auto')).toBe(
      'https://example.org/dash/embed/oil/',
    );
  });

  it('write a snippet with and without the resizing script', () => {
    const withScript = embedSnippet({
      src: 'https://e.org/embed/oil/',
      title: 'Oil "cap"',
      height: 480.4,
      hostScript: 'https://e.org/embed-host.js',
    });
    expect(withScript).toContain(
      '<iframe src="https://e.org/embed/oil/" title="Oil &quot;cap&quot;" width="100%" height="481"',
    );
    expect(withScript).toContain('<script src="https://e.org/embed-host.js" async></script>');
    expect(embedSnippet({ src: 'x', title: 't', height: 10, hostScript: undefined })).not.toContain(
      '<script',
    );
  });

  it('cite the panel, the date of the figures and the day of access', () => {
    expect(
      citation({
        title: 'The dashboard',
        panelTitle: 'Oil',
        updated: '2026-12-02',
        newest: { claimedOn: '2024-12' },
        url: 'https://e.org/#oil',
        accessed: '2026-11-27',
      }),
    ).toBe(
      '“Oil”, in The dashboard. Interactive dashboard, dataset of 2 December 2026; newest claim December 2024. https://e.org/#oil (accessed 27 November 2026).',
    );
  });
});

describe('the resize message', () => {
  it('has one documented shape and refuses others', () => {
    expect(resizeMessage('oil', 480.2)).toEqual({
      type: 'nk-russia-arms:resize',
      panel: 'oil',
      height: 481,
    });
    expect(isResizeMessage(resizeMessage('oil', 480))).toBe(true);
    expect(isResizeMessage({ type: 'nk-russia-arms:resize', panel: 'oil', height: -1 })).toBe(
      false,
    );
    expect(isResizeMessage({ type: 'nk-russia-arms:resize', panel: '<b>', height: 10 })).toBe(
      false,
    );
    expect(isResizeMessage('resize')).toBe(false);
  });
});

describe('links made on a page in another language', () => {
  afterEach(() => setPageLocale('en'));

  it("go to the language's own pages, which read without the script", () => {
    setPageLocale('ko');
    const plain = { ...view, selectedClaimId: null, asOf: null };
    expect(embedUrl('https://x.test/', 'casualties', plain, 'dark')).toBe(
      'https://x.test/ko/embed/casualties/?theme=dark',
    );
    expect(dashboardUrl('https://x.test/', 'oil', plain)).toBe('https://x.test/ko/#oil');
  });

  it("go to a release's pages in the language", () => {
    setPageLocale('uk');
    const plain = { ...view, selectedClaimId: null, asOf: null };
    expect(embedUrl('https://x.test/v/2025-09-02/', 'oil', plain, 'auto')).toBe(
      'https://x.test/v/2025-09-02/uk/embed/oil/',
    );
    expect(dashboardUrl('https://x.test/v/2025-09-02/', 'oil', plain)).toBe(
      'https://x.test/v/2025-09-02/uk/#oil',
    );
  });
});

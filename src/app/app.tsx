import { lazy, Suspense } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import type { PanelId } from '../lib/panel-ids';
import { Dashboard } from './dashboard';
import { Presentation } from './presentation';
import { t } from '../i18n/messages';

// Only a ?brief= page loads the brief's code and its English messages.
const Brief = lazy(async () => ({ default: (await import('./brief')).Brief }));

interface AppProps {
  queryClient: QueryClient;
  /** A panel to present alone (?present=), or the whole dashboard. */
  present?: PanelId | null;
  /** The charts of a one-page brief (?brief=), when the page is one. */
  brief?: PanelId[] | null;
}

export function App({ queryClient, present, brief }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      {present ? (
        <Presentation panel={present} />
      ) : brief ? (
        <Suspense fallback={<p role="status">{t('lazy.briefLoading')}</p>}>
          <Brief charts={brief} />
        </Suspense>
      ) : (
        <Dashboard />
      )}
    </QueryClientProvider>
  );
}

import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import type { PanelId } from '../lib/panel-ids';
import { Dashboard } from './dashboard';
import { Presentation } from './presentation';

interface AppProps {
  queryClient: QueryClient;
  /** A panel to present alone (?present=), or the whole dashboard. */
  present?: PanelId | null;
}

export function App({ queryClient, present }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      {present ? <Presentation panel={present} /> : <Dashboard />}
    </QueryClientProvider>
  );
}

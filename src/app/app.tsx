import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { isPanelId } from '../lib/panel-ids';
import { createQueryClient } from './query-client';
import { Dashboard } from './dashboard';
import { Presentation } from './presentation';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [present] = useState(() => new URLSearchParams(window.location.search).get('present'));
  return (
    <QueryClientProvider client={queryClient}>
      {isPanelId(present) ? <Presentation panel={present} /> : <Dashboard />}
    </QueryClientProvider>
  );
}

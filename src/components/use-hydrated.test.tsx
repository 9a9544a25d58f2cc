import { render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { useHydrated } from './use-hydrated';

function Probe() {
  return <span>{useHydrated() ? 'live' : 'static'}</span>;
}

describe('useHydrated', () => {
  it('is false on the server and true in a page rendered in the browser from scratch', () => {
    expect(renderToString(<Probe />)).toContain('static');
    expect(render(<Probe />).container).toHaveTextContent('live');
  });
});

import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dashboardActions } from '../store';
import { fixtureDataset } from '../testing/fixture';
import { renderWithProviders } from '../testing/render';
import { filtersInWords, HeaderControls } from './header-controls';

describe('filtersInWords', () => {
  it('says what the view shows in a few words', () => {
    expect(filtersInWords(null, 'low')).toBe('every claim');
    expect(filtersInWords('2025-01-31', 'low')).toBe('known as of 31 Jan 2025');
    expect(filtersInWords('2025-01-31', 'high')).toBe('known as of 31 Jan 2025, high confidence');
    expect(filtersInWords(null, 'medium')).toBe('medium and high confidence');
  });
});

describe('HeaderControls', () => {
  it('folds the controls behind a button that names the filters, and unfolds them', async () => {
    renderWithProviders(
      <HeaderControls>
        <label>
          Known as of <input type="date" />
        </label>
      </HeaderControls>,
      { dataset: fixtureDataset() },
    );
    const toggle = screen.getByRole('button', { name: /View options/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveTextContent('Showing every claim');
    const body = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(body).toContainElement(screen.getByLabelText('Known as of'));
    expect(body.parentElement).not.toHaveAttribute('data-open');

    act(() => dashboardActions().asOfChanged('2024-12-23'));
    expect(toggle).toHaveTextContent('Showing known as of 23 Dec 2024');

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent('Hide view options');
    expect(body.parentElement).toHaveAttribute('data-open');
  });
});

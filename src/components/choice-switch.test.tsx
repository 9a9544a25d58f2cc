import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChoiceSwitch } from './choice-switch';

describe('ChoiceSwitch', () => {
  it('is a radio group that reports the chosen value', async () => {
    const onChange = vi.fn();
    render(
      <ChoiceSwitch
        legend="Measure"
        options={[
          { value: 'killed', label: 'Killed' },
          { value: 'injured', label: 'Injured' },
        ]}
        value="killed"
        onChange={onChange}
      />,
    );
    expect(screen.getByRole('group', { name: 'Measure' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Killed' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Injured' }));
    expect(onChange).toHaveBeenCalledWith('injured');
  });
});

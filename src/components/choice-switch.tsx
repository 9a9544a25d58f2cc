import { useId } from 'react';
import './choice-switch.css';

interface ChoiceSwitchProps<T extends string> {
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}

/** A set of radio buttons drawn as pills: arrow keys move between them, as in any radio group. */
export function ChoiceSwitch<T extends string>({
  legend,
  options,
  value,
  onChange,
}: ChoiceSwitchProps<T>) {
  const name = useId();
  return (
    <fieldset className="chart-switch">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

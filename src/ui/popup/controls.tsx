/** Form controls of the settings panel: labelled, keyboard-operable, each writing one change at once. */
import type { ComponentChildren } from 'preact';

export interface Option<T extends string> {
  value: T;
  label: string;
  lang?: string;
}

export function Toggle({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <div class="toggle">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <label for={id}>{label}</label>
    </div>
  );
}

/** A radio group shown as a segmented control: arrows move between choices, as with any radio group. */
export function Segmented<T extends string>({
  name,
  legend,
  value,
  options,
  onChange,
}: {
  name: string;
  legend: string;
  value: T;
  options: Option<T>[];
  onChange(value: T): void;
}) {
  return (
    <fieldset class="field segmented" data-setting={name}>
      <legend>{legend}</legend>
      <div class="segments">
        {options.map((option) => (
          <label key={option.value} class="segment">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span lang={option.lang}>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function Select<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: T;
  options: Option<T>[];
  onChange(value: T): void;
  children?: ComponentChildren;
}) {
  return (
    <div class="field select">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      {children}
    </div>
  );
}

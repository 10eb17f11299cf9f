import { useId } from 'preact/hooks';

export interface ToggleProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Accessible name. Shown beside the switch unless `hideLabel`. */
  label: string;
  /** Keep the name for assistive technology only, where the row already shows it. */
  hideLabel?: boolean;
  /** Shorter visible text where the context names the thing ("Track" beside an entity's heading); must be part of `label`. */
  text?: string;
  /** A second line under the label (also the switch's description). */
  hint?: string;
  disabled?: boolean;
  id?: string;
  class?: string;
}

/**
 * An on/off switch: a native button with `role="switch"`, so Enter and Space
 * work without extra code and the state is `aria-checked`. Render only.
 */
export function Toggle({ checked, onChange, label, hideLabel, text, hint, disabled, id, class: className }: ToggleProps) {
  const uid = useId();
  const hintId = hint && !hideLabel ? `${uid}-hint` : undefined;
  const button = (
    <button
      type="button"
      role="switch"
      id={id}
      class="switch"
      aria-checked={checked}
      aria-label={hideLabel || text ? label : undefined}
      aria-describedby={hintId}
      disabled={disabled}
      onClick={() => onChange(!checked)}
    >
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
      {hideLabel ? null : (
        <span class="switch-text">
          <span class="switch-label">{text ?? label}</span>
          {hint ? (
            <span class="switch-hint" id={hintId}>
              {hint}
            </span>
          ) : null}
        </span>
      )}
    </button>
  );
  return className ? <div class={className}>{button}</div> : button;
}

import type { Ref } from 'preact';

export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  label: string;
  placeholder?: string;
  clearLabel: string;
  /** Visible label above the field; otherwise the label is for assistive technology only. */
  showLabel?: boolean;
  id?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A search field: Escape clears it (and a second Escape is left to the
 * browser, which closes the popup), a button clears it too. Render only.
 */
export function SearchBox({ value, onInput, label, placeholder, clearLabel, showLabel, id = 'search', inputRef }: SearchBoxProps) {
  return (
    <div class="search" role="search">
      <label for={id} class={showLabel ? 'search-label' : 'visually-hidden'}>
        {label}
      </label>
      <div class="search-field">
        <input
          ref={inputRef}
          id={id}
          type="search"
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          spellcheck={false}
          onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && value !== '') {
              e.preventDefault();
              e.stopPropagation();
              onInput('');
            }
          }}
        />
        {value !== '' ? (
          <button type="button" class="search-clear" aria-label={clearLabel} title={clearLabel} onClick={() => onInput('')}>
            <span aria-hidden="true">×</span>
          </button>
        ) : null}
      </div>
    </div>
  );
}

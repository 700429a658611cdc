/** What a form gives each field's input: its id and name, its state for assistive tech, its text. */
export type InputProps = {
  id: string;
  name: string;
  value: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'aria-required': true | undefined;
  onChange(text: string): void;
};

/**
 * Props that put a settings field's error in its help text (linked to the input by aria-describedby) and
 * mark the input invalid: the hub screen's helper, keyed by the option's field names.
 */
import { controlProps } from '../shared/field-errors';
import type { FieldErrors, SettingsField } from './types';

export { fieldId } from '../shared/field-errors';

export function fieldProps(
	errors: FieldErrors,
	field: SettingsField,
	hint?: string
): ReturnType< typeof controlProps > {
	const message = errors[ field ];
	return controlProps( message ? { [ field ]: message } : {}, field, hint );
}

/**
 * The same without the id, for controls that set their own (TextareaControl): wrap those in an element
 * with fieldId( field ), which the form searches for the control to focus.
 * @param errors
 * @param field
 * @param hint
 */
export function helpProps(
	errors: FieldErrors,
	field: SettingsField,
	hint?: string
): Omit< ReturnType< typeof controlProps >, 'id' > {
	const { id: _id, ...props } = fieldProps( errors, field, hint );
	return props;
}

/**
 * A number input's text as the number the option holds; NaN when it is not one, for validation to name.
 * @param text
 */
export function numberFrom( text: string ): number {
	return text.trim() === '' ? Number.NaN : Number( text );
}

export function numberText( value: number ): string {
	return Number.isNaN( value ) ? '' : String( value );
}
